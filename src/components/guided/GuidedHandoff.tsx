/**
 * "Hand off a case": the questions of "Should this case move?", the one
 * outcome they lead to with the rule it comes from, then the matching
 * workflow as a checklist whose steps hold the tools. Thin over
 * `src/lib/handoff-decision.ts`, `handoff-workflows.ts` and `guided-draft.ts`.
 *
 * The tools (note generator, region lookup, reassignment builder) are loaded
 * the first time their step shows (`OnceShown`), so a visitor who only reads the
 * questions downloads none of them. Once shown, a tool stays mounted (a
 * hidden step is only hidden), so it keeps what was typed in it when the
 * workflow changes. They share the page's stores, as islands on one page do.
 */
import {
  For,
  Show,
  batch,
  createEffect,
  createMemo,
  createSignal,
  createUniqueId,
  createComponent,
  on,
  onMount,
  type Component,
  type JSX,
} from 'solid-js';
import { withBase } from '../../lib/base-links';
import {
  QUESTIONS,
  decide,
  decodeAnswers,
  encodeAnswers,
  getQuestion,
  hasAnswerParams,
  type AnswerValue,
  type Answers,
  type QuestionId,
  type Source,
} from '../../lib/handoff-decision';
import { getRule, ruleLabel } from '../../lib/handoff-rules';
import {
  STEP_KINDS,
  WORKFLOWS,
  stepHref,
  stepNumber,
  type StepKind,
  type WorkflowId,
} from '../../lib/handoff-workflows';
import type { LoadedDraft } from '../../lib/guided-draft';
import {
  GUIDED_DRAFT_KEY,
  isEmptyProgress,
  serializeGuidedDraft,
  type GuidedProgress,
} from '../../lib/guided-progress';
import { presetSentence, progressSentence, tickStep } from '../../lib/guided-handoff';
import { prefixTitle, titlePrefix } from '../../lib/reassign/title';
import CaseDetailsFields, { type CaseOptions } from '../shared/CaseDetailsFields';
import { caseDetails, setCaseDetails } from '../shared/case-store';
import DraftConflict from '../shared/DraftConflict';
import { draftRestored, startDraftSync } from '../shared/draft-sync';
import { draftState, emptyDraftState, setDraftState, type DraftState } from '../shared/note-store';
import { copyText } from '../shared/clipboard';
import type { ReassignEmailProps } from '../reassign/ReassignEmail';
import type { RegionLookupProps } from '../regions/RegionLookup';

/** A link from the data file. */
export interface DataLink {
  title: string;
  url: string;
  description: string;
}

export interface GuidedHandoffProps {
  /** The site's base path (`import.meta.env.BASE_URL`), for links inside the site. */
  base: string;
  /** Choices for the case-details fields, from the data file. */
  options: CaseOptions;
  /** Region ids and aliases whose prefix a title may already carry. */
  knownRegions: readonly string[];
  /** The data file's case-title prefix pattern (`Need {region} SE`). */
  titlePrefixPattern: string;
  /** The Case Transfer channel and the FTS tool. */
  links: { caseTransfer: DataLink; ftsTool: DataLink };
  /** What the tools need besides `options`, from the data file. */
  tools: {
    /** The region lookup's compact form (7x24 only). */
    meeting: Pick<RegionLookupProps, 'data' | 'toolHref' | 'base'>;
    /** The reassignment email builder. */
    email: Omit<ReassignEmailProps, 'options'>;
  };
}

/**
 * Mounts a tool the first time `when` holds, fetching its chunk then, and
 * keeps it mounted after; says what is loading, or that it could not be
 * fetched. (Solid's `lazy` and `Suspense` would do it too, but they would
 * add their code to every island page's shared Solid chunk.)
 */
function OnceShown<P extends object>(props: {
  when: boolean;
  load: () => Promise<{ default: Component<P> }>;
  props: P;
  /** The tool's name in messages, e.g. "the note generator". */
  name: string;
}): JSX.Element {
  const [tool, setTool] = createSignal<Component<P>>();
  const [state, setState] = createSignal<'idle' | 'loading' | 'failed'>('idle');
  createEffect(() => {
    if (!props.when || state() !== 'idle') return;
    setState('loading');
    props.load().then(
      (module) => setTool(() => module.default),
      () => setState('failed'),
    );
  });
  return (
    <Show
      when={tool()}
      keyed
      fallback={
        <Show when={state() !== 'idle'}>
          <p class="guided-loading" role={state() === 'failed' ? 'alert' : undefined}>
            {state() === 'failed'
              ? `Could not load ${props.name} (part of this page did not download). Reload the page to try again; your answers and draft are kept.`
              : `Loading ${props.name}…`}
          </p>
        </Show>
      }
    >
      {(Tool) => createComponent(Tool, props.props)}
    </Show>
  );
}

/** What "Start another case" keeps for its undo: this page's progress and the shared draft (case details and note). */
interface Snapshot {
  progress: GuidedProgress;
  draft: DraftState;
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(GUIDED_DRAFT_KEY);
  } catch {
    return null;
  }
}

/** Writes (or removes) the record; false when the browser refuses storage. */
function writeStorage(text: string | null): boolean {
  try {
    if (text === null) localStorage.removeItem(GUIDED_DRAFT_KEY);
    else localStorage.setItem(GUIDED_DRAFT_KEY, text);
    return true;
  } catch {
    return false;
  }
}

const toAnswer = (value: boolean | null): AnswerValue | undefined =>
  value === null ? undefined : value ? 'yes' : 'no';

export default function GuidedHandoff(props: GuidedHandoffProps): JSX.Element {
  const id = createUniqueId();
  const href = (path: string) => withBase(path, props.base);

  // "Is the case 7x24?" is a case detail every tool shares, so it lives in
  // the shared store; the other answers are this page's own.
  const [ownAnswers, setOwnAnswers] = createSignal<Answers>({});
  const [done, setDone] = createSignal<StepKind[]>([]);
  const [caseTitle, setCaseTitle] = createSignal('');
  const [loaded, setLoaded] = createSignal(false);
  const [storageNote, setStorageNote] = createSignal('');
  const [storageBlocked, setStorageBlocked] = createSignal(false);
  const [presetNote, setPresetNote] = createSignal('');
  const [presetUndo, setPresetUndo] = createSignal<Answers | null>(null);
  const [cleared, setCleared] = createSignal<Snapshot | null>(null);
  const [status, setStatus] = createSignal('');
  const [trainingLink, setTrainingLink] = createSignal('');

  const answers = createMemo<Answers>(() => {
    const { is24x7: _ignored, ...rest } = ownAnswers();
    const is24x7 = toAnswer(caseDetails.is24x7);
    return is24x7 ? { ...rest, is24x7 } : rest;
  });
  const decision = createMemo(() => decide(answers()));
  const decided = createMemo(() => {
    const d = decision();
    return d.status === 'decided' ? d : undefined;
  });
  const workflow = createMemo<WorkflowId | undefined>(() => {
    const d = decision();
    return d.status === 'decided' ? d.workflow : undefined;
  });
  const steps = createMemo(() => {
    const w = workflow();
    return w ? WORKFLOWS[w].steps : [];
  });
  const doneCount = createMemo(() => steps().filter((s) => done().includes(s.kind)).length);
  const progress = (): GuidedProgress => ({ answers: answers(), done: done(), caseTitle: caseTitle() });

  function setAnswers(next: Answers): void {
    batch(() => {
      const { is24x7, ...rest } = next;
      setOwnAnswers(rest);
      setCaseDetails('is24x7', is24x7 === undefined ? null : is24x7 === 'yes');
    });
  }

  function answer(question: QuestionId, value: AnswerValue): void {
    setAnswers({ ...answers(), [question]: value });
  }

  function save(): void {
    if (!loaded()) return;
    const p = progress();
    setStorageBlocked(!writeStorage(isEmptyProgress(p) ? null : serializeGuidedDraft(p, Date.now())));
  }

  /** Puts the stored progress back (after the shared draft, whose 7x24 answer comes first). */
  function restore(loadedDraft: LoadedDraft): void {
    if (loadedDraft.status === 'ok') {
      const { answers: stored, done: storedDone, caseTitle: storedTitle } = loadedDraft.draft;
      // The shared draft restores the case details; ours only fills in a 7x24 answer it lacks.
      const is24x7 = caseDetails.is24x7 === null ? stored.is24x7 : toAnswer(caseDetails.is24x7);
      setAnswers({ ...stored, ...(is24x7 ? { is24x7 } : {}) });
      setDone(storedDone);
      setCaseTitle(storedTitle);
    } else if (loadedDraft.status === 'expired') {
      writeStorage(null);
      setStorageNote('The progress saved here more than 14 days ago was removed, as drafts with case data expire.');
    } else if (loadedDraft.status === 'corrupt') {
      writeStorage(null);
      setStorageNote('The progress saved in this browser could not be read, so the questions start afresh.');
    }
  }

  /** A training link presets the answers (and nothing else). */
  function applyLinkAnswers(): void {
    const params = new URLSearchParams(window.location.search);
    if (hasAnswerParams(params)) {
      const { answers: preset, invalid } = decodeAnswers(params);
      const before = answers();
      setAnswers(preset);
      // Only offer to go back when there was something of the person's own.
      setPresetUndo(Object.keys(before).length ? before : null);
      setPresetNote(presetSentence(Object.keys(preset).length, invalid));
      // Take the answers out of the address, so a reload keeps what the person changes.
      const url = new URL(window.location.href);
      for (const q of QUESTIONS) url.searchParams.delete(q.param);
      window.history.replaceState(window.history.state, '', url);
    }
  }

  onMount(() => {
    startDraftSync();
    const stored = readStorage();
    // The validator (zod) is fetched only when there is something to validate.
    const reader = stored === null ? Promise.resolve(null) : import('../../lib/guided-draft');
    void Promise.all([draftRestored(), reader]).then(
      ([, codec]) => {
        restore(codec ? codec.parseGuidedDraft(stored, Date.now()) : { status: 'none' });
        applyLinkAnswers();
        setLoaded(true);
        save();
      },
      () => {
        // Saving stays off (`loaded` is false), so the stored progress is not overwritten.
        applyLinkAnswers();
        setStorageNote(
          'Your saved progress could not be loaded (part of this page did not download). It is still stored: reload the page to get it back.',
        );
      },
    );
  });

  // Save every change at once (effects run in the browser only).
  createEffect(
    on(
      () => JSON.stringify(progress()),
      () => save(),
      { defer: true },
    ),
  );

  function toggleStep(kind: StepKind, checked: boolean): void {
    setDone((list) => tickStep(list, kind, checked));
  }

  function startAnother(): void {
    const snapshot: Snapshot = { progress: progress(), draft: draftState() };
    batch(() => {
      setOwnAnswers({});
      setDone([]);
      setCaseTitle('');
      setDraftState(emptyDraftState());
      setPresetUndo(null);
      setPresetNote('');
      setTrainingLink('');
      setCleared(snapshot);
      setStatus('Cleared: the answers, the ticks, the case details and the note. Undo brings them back.');
    });
  }

  function undoClear(): void {
    const snapshot = cleared();
    if (!snapshot) return;
    batch(() => {
      setDraftState(snapshot.draft);
      setAnswers(snapshot.progress.answers);
      setDone(snapshot.progress.done);
      setCaseTitle(snapshot.progress.caseTitle);
      setCleared(null);
      setStatus('Restored.');
    });
  }

  function undoPreset(): void {
    const before = presetUndo();
    if (!before) return;
    setAnswers(before);
    setPresetUndo(null);
    setPresetNote('Your own answers are back.');
  }

  async function copyTrainingLink(): Promise<void> {
    const url = new URL(window.location.href);
    url.search = encodeAnswers(answers()).toString();
    url.hash = '';
    const link = url.toString();
    setTrainingLink(link);
    const ok = await copyText(link);
    setStatus(
      ok
        ? 'Link copied. It holds the answers to the questions only, no case details.'
        : 'Copying is blocked here: select the link below and copy it.',
    );
  }

  const sourceView = (source: Source) => {
    if (source.kind === 'workflow') {
      const w = WORKFLOWS[source.id];
      return (
        <li>
          The team’s workflow: <a href={href(w.path)}>{w.title}</a>
        </li>
      );
    }
    const rule = getRule(source.id);
    return (
      <li>
        <blockquote class="guided-rule">
          <p>“{rule.text}”</p>
        </blockquote>
        <a href={href(`/handoff/do-and-dont/`)}>{ruleLabel(rule)}</a> of the Do and Don’t list
      </li>
    );
  };

  const question = (qid: QuestionId) => {
    const q = getQuestion(qid);
    return (
      <fieldset class="guided-question">
        <legend>{q.label}</legend>
        <p class="field-message" id={`${id}-${q.id}-hint`}>
          {q.hint}
        </p>
        <div class="guided-options">
          <For each={q.options}>
            {(option) => (
              <label>
                <input
                  type="radio"
                  name={`${id}-${q.id}`}
                  value={option.value}
                  checked={answers()[q.id] === option.value}
                  aria-describedby={`${id}-${q.id}-hint`}
                  onChange={() => answer(q.id, option.value)}
                />
                {option.label}
              </label>
            )}
          </For>
        </div>
      </fieldset>
    );
  };

  const prefix = createMemo(() =>
    caseDetails.targetRegion ? titlePrefix(props.titlePrefixPattern, caseDetails.targetRegion) : '',
  );
  const newTitle = createMemo(() =>
    prefix() && caseTitle().trim()
      ? prefixTitle(props.titlePrefixPattern, caseTitle(), caseDetails.targetRegion, props.knownRegions)
      : '',
  );

  const copyButton = (label: string, text: () => string, what: string) => (
    <button
      type="button"
      class="secondary"
      disabled={!text()}
      onClick={async () => setStatus((await copyText(text())) ? `${what} copied.` : 'Copying is blocked here.')}
    >
      {label}
    </button>
  );

  /** True while the step is part of the chosen workflow. */
  const isShown = (kind: StepKind) => workflow() !== undefined && stepNumber(workflow()!, kind) !== undefined;

  /** What each step holds: the tool or the link that does the work. */
  const stepBody = (kind: StepKind): JSX.Element => {
    switch (kind) {
      case 'note':
        return (
          <>
            <p>
              Write the note in the team’s template below and copy it into the case’s notes.{' '}
              <Show when={workflow() === '24x7'}>Log it before the handoff meeting.</Show>
            </p>
            <div class="not-content handoff-note-mount">
              <OnceShown
                when={isShown('note')}
                name="the note generator"
                load={() => import('../note/HandoffNote')}
                props={{ options: props.options, level: 3 }}
              />
            </div>
          </>
        );
      case 'title':
        return (
          <>
            <p>
              Put the region that should take the case at the start of the case’s internal title: the wiki says “per
              customer’s region/request”.
            </p>
            <Show
              when={prefix()}
              fallback={
                <p class="guided-missing" id={`${id}-prefix-msg`}>
                  Choose the target region in the case details above to get the prefix.
                </p>
              }
            >
              <p>
                Prefix: <strong class="guided-output">{prefix()}</strong> {copyButton('Copy prefix', prefix, 'Prefix')}
              </p>
            </Show>
            <div class="field">
              <label for={`${id}-title`}>Current internal title (optional)</label>
              <input
                id={`${id}-title`}
                type="text"
                autocomplete="off"
                value={caseTitle()}
                aria-describedby={`${id}-title-msg`}
                onInput={(e) => setCaseTitle(e.currentTarget.value)}
              />
              <p class="field-message" id={`${id}-title-msg`}>
                Paste it to get it back with the prefix; an earlier region prefix is replaced.
              </p>
            </div>
            <Show when={newTitle()}>
              <p>
                New title: <strong class="guided-output">{newTitle()}</strong>{' '}
                {copyButton('Copy title', newTitle, 'Title')}
              </p>
            </Show>
          </>
        );
      case 'transfer':
        return (
          <>
            <p>
              Create a new entry for the case transfer in the{' '}
              <a href={props.links.caseTransfer.url}>{props.links.caseTransfer.title}</a>. The FTS go-live plan made it
              “required to use FTS for hand offs going forward” (
              <a href={props.links.ftsTool.url}>{props.links.ftsTool.title}</a>); where FTS fits in these steps the wiki
              leaves open: see <a href={href('/fts/#where-fts-fits')}>Where FTS fits</a>.
            </p>
            <OnceShown
              when={isShown('transfer')}
              name="the Case Transfer entry"
              load={() => import('../shared/CaseTransferEntry')}
              props={{ channel: props.links.caseTransfer, noteHref: href('/tools/handoff-note/') }}
            />
          </>
        );
      case 'meeting':
        return (
          <>
            <p>
              You (the case owner) or the handoff SME of each region join the handoff meeting to align the case
              transfer. There is no meeting at weekends.
            </p>
            <div class="rl-host">
              <OnceShown
                when={isShown('meeting')}
                name="your next handoff"
                load={() => import('../regions/RegionLookup')}
                props={{ ...props.tools.meeting, compact: true, level: 3 }}
              />
            </div>
          </>
        );
      case 'queue':
        return (
          <p>
            <Show
              when={workflow() === '24x7'}
              fallback="Transfer the case back to the queue, with the new title showing why."
            >
              Once the SME of the region taking the case agrees, transfer it back to the queue.
            </Show>{' '}
            <Show when={decided()?.outcome === 'queue-early'}>
              Do it now, at the earliest stage, and make sure the case is not left idle.
            </Show>
          </p>
        );
      case 'email':
        return (
          <>
            <p>Email the DM mailbox to ask for the case to be reassigned, with the subject in the team’s pattern.</p>
            <div class="tool reassign-tool">
              <OnceShown
                when={isShown('email')}
                name="the email builder"
                load={() => import('../reassign/ReassignEmail')}
                props={{ ...props.tools.email, options: props.options }}
              />
            </div>
          </>
        );
      case 'brief':
        return (
          <p>Once the case is assigned, talk the details through with the colleague who takes it, if they need it.</p>
        );
    }
  };

  return (
    <div class="tool guided">
      <DraftConflict />
      <section class="guided-section" aria-labelledby={`${id}-q-heading`}>
        <h2 id={`${id}-q-heading`}>Should this case move?</h2>
        <p>
          Answer in order; each answer may settle it. The questions come from the team’s{' '}
          <a href={href('/handoff/do-and-dont/')}>Do and Don’t list</a>.
        </p>
        <Show when={presetNote()}>
          <p class="guided-note" role="status">
            {presetNote()}{' '}
            <Show when={presetUndo()}>
              <button type="button" class="secondary" onClick={undoPreset}>
                Use my saved answers instead
              </button>
            </Show>
          </p>
        </Show>
        <For each={decision().questions}>{(qid) => question(qid)}</For>

        <div class="guided-outcome" aria-live="polite" aria-atomic="true">
          <Show
            when={decided()}
            fallback={
              <p class="guided-pending">
                <strong>Answer the questions</strong> to see whether the case should move, and how.
              </p>
            }
          >
            {(d) => (
              <>
                <h3 class="guided-outcome-title">{d().title}</h3>
                <p>{d().reason}</p>
                <p class="guided-sources-intro">Where this comes from:</p>
                <ul class="guided-sources">
                  <For each={d().sources}>{(s) => sourceView(s)}</For>
                </ul>
              </>
            )}
          </Show>
        </div>
        <div class="guided-actions">
          <button type="button" class="secondary" onClick={copyTrainingLink}>
            Copy link for training
          </button>
        </div>
        <Show when={trainingLink()}>
          <div class="field">
            <label for={`${id}-link`}>Link for training (answers only)</label>
            <input
              id={`${id}-link`}
              type="text"
              readOnly
              value={trainingLink()}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        </Show>
      </section>

      <section class="guided-section" aria-labelledby={`${id}-w-heading`} hidden={!workflow()}>
        <h2 id={`${id}-w-heading`}>
          <Show when={workflow()} fallback="The handoff">
            {(w) => WORKFLOWS[w()].title}
          </Show>
        </h2>
        <p>
          Each step does its work here. Tick it when it is done; the ticks are saved in this browser with your draft.{' '}
          <Show when={workflow()}>
            {(w) => (
              <>
                The steps are those of the <a href={href(WORKFLOWS[w()].path)}>{WORKFLOWS[w()].title}</a> page.
              </>
            )}
          </Show>
        </p>
        <p class="guided-progress" role="status">
          {progressSentence(doneCount(), steps().length)}
        </p>
        <CaseDetailsFields
          options={props.options}
          fields={['caseNumber', 'supportPlan', 'severity', 'productSkill', 'targetRegion']}
          legend="Case details (entered once, used by every step)"
        />
        <ol class="guided-steps">
          <For each={STEP_KINDS}>
            {(kind) => {
              const number = () => (workflow() ? stepNumber(workflow()!, kind) : undefined);
              const step = () => steps().find((s) => s.kind === kind);
              const isDone = () => done().includes(kind);
              return (
                <li class="guided-step" classList={{ done: isDone() }} hidden={number() === undefined}>
                  <div class="guided-step-head">
                    <span class="guided-step-number">Step {number()}</span>
                    <label class="guided-tick">
                      <input
                        type="checkbox"
                        checked={isDone()}
                        onChange={(e) => toggleStep(kind, e.currentTarget.checked)}
                      />
                      <span>{step()?.title ?? WORKFLOWS['24x7'].steps.find((s) => s.kind === kind)!.title}</span>
                    </label>
                    <Show when={workflow() && number()}>
                      <a class="guided-step-link" href={href(stepHref(workflow()!, number()!))}>
                        Step {number()} explained
                      </a>
                    </Show>
                  </div>
                  <div class="guided-step-body">{stepBody(kind)}</div>
                </li>
              );
            }}
          </For>
        </ol>
      </section>

      <section class="guided-section guided-restart" aria-label="Start another case">
        <div class="guided-actions">
          <button type="button" class="secondary" onClick={startAnother}>
            Start another case
          </button>
          <Show when={cleared()}>
            <button type="button" class="secondary" onClick={undoClear}>
              Undo
            </button>
          </Show>
        </div>
        <p class="field-message">
          Clears the answers, the ticks, the case details and the note in this browser. Progress is kept here for 14
          days at most.
        </p>
        <p class="guided-status" role="status">
          {status()}
        </p>
        <Show when={storageNote()}>
          <p class="guided-note">{storageNote()}</p>
        </Show>
        <Show when={storageBlocked()}>
          <p class="guided-note">
            This browser is not saving your progress (storage is blocked or full); keep this tab open until you are
            done.
          </p>
        </Show>
      </section>
    </div>
  );
}
