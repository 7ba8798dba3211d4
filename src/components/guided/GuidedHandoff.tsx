/**
 * "Hand off a case": the questions of "Should this case move?", the one
 * outcome they lead to with the rule it comes from, then the matching
 * workflow as a checklist whose steps hold the tools. Thin over
 * `src/lib/handoff-decision.ts`, `handoff-workflows.ts`, `guided-draft.ts` and
 * `guided-handoff.ts`.
 *
 * The tools (note generator, region lookup, reassignment builder) are loaded
 * the first time their step shows (`OnceShown`), so a visitor who only reads the
 * questions downloads none of them. Once shown, a tool stays mounted (a
 * hidden step is only hidden), so it keeps what was typed in it when the
 * workflow changes. They share the page's stores, as islands on one page do.
 *
 * This file is the island and the page's frame; the state is in
 * `guided-state.ts`, a question and the outcome in `questions.tsx`, a step of
 * the checklist in `steps.tsx`, the lazy mount in `OnceShown.tsx`. The parts
 * are called as functions where the frame has a slot for them, so the built
 * HTML (and its hydration keys) is what it was when this was one file.
 */
import { For, Show, createUniqueId, type JSX } from 'solid-js';
import { withBase } from '../../lib/base-links';
import { progressSentence } from '../../lib/guided-handoff';
import { STEP_KINDS, WORKFLOWS } from '../../lib/handoff-workflows';
import CaseDetailsFields, { type CaseOptions } from '../shared/CaseDetailsFields';
import DraftConflict from '../shared/DraftConflict';
import type { ReassignEmailProps } from '../reassign/ReassignEmail';
import type { RegionLookupProps } from '../regions/RegionLookup';
import { createGuidedState, loadStored, type GuidedView } from './guided-state';
import OnceShown from './OnceShown';
import { outcome, question } from './questions';
import { stepItem } from './steps';

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

export default function GuidedHandoff(props: GuidedHandoffProps): JSX.Element {
  const id = createUniqueId();
  const href = (path: string) => withBase(path, props.base);
  const state = createGuidedState(props);
  const view: GuidedView = { id, href, props, state };
  const { decision, decided, workflow, steps, doneCount, presetNote, presetUndo, trainingLink } = state;

  return (
    <div class="tool guided">
      <DraftConflict />
      {/* What the page says and asks about its stored progress, when there is something: fetched then. */}
      <OnceShown
        when={state.hasNotice()}
        name="the notice about your saved progress"
        load={loadStored}
        props={{ state }}
      />
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
              <button type="button" class="secondary" onClick={state.undoPreset}>
                Use my saved answers instead
              </button>
            </Show>
          </p>
        </Show>
        <For each={decision().questions}>{(qid) => question(view, qid)}</For>

        <div class="guided-outcome" aria-live="polite" aria-atomic="true">
          <Show
            when={decided()}
            fallback={
              <p class="guided-pending">
                <strong>Answer the questions</strong> to see whether the case should move, and how.
              </p>
            }
          >
            {(d) => outcome(view, d)}
          </Show>
        </div>
        <div class="guided-actions">
          <button type="button" class="secondary" onClick={state.copyTrainingLink}>
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
          <For each={STEP_KINDS}>{(kind) => stepItem(view, kind)}</For>
        </ol>
      </section>

      <section class="guided-section guided-restart" aria-label="Start another case">
        <div class="guided-actions">
          <button type="button" class="secondary" onClick={state.startAnother}>
            Start another case
          </button>
          <Show when={state.cleared()}>
            <button type="button" class="secondary" onClick={state.undoClear}>
              Undo
            </button>
          </Show>
        </div>
        <p class="field-message">
          Clears the answers, the ticks, the case details and the note in this browser. Progress is kept here for 14
          days at most.
        </p>
        <p class="guided-status" role="status">
          {state.status()}
        </p>
        <Show when={state.stored().message}>
          <p class="guided-note">{state.stored().message}</p>
        </Show>
      </section>
    </div>
  );
}
