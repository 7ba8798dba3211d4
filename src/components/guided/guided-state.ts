/**
 * The guided page's state, apart from what shows it: the answers (the 7x24
 * one lives in the shared case details), the decision and workflow they lead
 * to, the ticks, the case title, and what is saved in this browser, restored
 * at load and preset by a training link. `GuidedHandoff.tsx` calls
 * `createGuidedState` once, in its body, so its effects are the island's;
 * the sentences and merges it uses are pure, in `src/lib/guided-handoff.ts`.
 */
import { batch, createEffect, createMemo, createSignal, on, onMount } from 'solid-js';
import {
  QUESTIONS,
  decide,
  decodeAnswers,
  encodeAnswers,
  hasAnswerParams,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from '../../lib/handoff-decision';
import { WORKFLOWS, type StepKind, type WorkflowId } from '../../lib/handoff-workflows';
import type { LoadedDraft } from '../../lib/guided-draft';
import {
  GUIDED_DRAFT_KEY,
  isEmptyProgress,
  serializeGuidedDraft,
  type GuidedProgress,
} from '../../lib/guided-progress';
import { presetSentence, tickStep } from '../../lib/guided-handoff';
import { caseDetails, caseTitle, setCaseDetails, setCaseTitle } from '../shared/case-store';
import { draftRestored, startDraftSync } from '../shared/draft-sync';
import { draftState, emptyDraftState, setDraftState, type DraftState } from '../shared/note-store';
import { copyPlain } from '../shared/clipboard';
import { createStatus } from '../shared/announce';
import { copyMessage } from '../../lib/copy-messages';
import { readKey, writeKey } from '../shared/storage';
import type { GuidedHandoffProps } from './GuidedHandoff';

/** What "Start another case" keeps for its undo: this page's progress and the shared draft (case details and note). */
interface Snapshot {
  progress: GuidedProgress;
  draft: DraftState;
}

/** The stored record, or null; writes (or removes, with null) it, false when the browser refuses storage. */
const readStorage = () => readKey(GUIDED_DRAFT_KEY);
const writeStorage = (text: string | null) => writeKey(GUIDED_DRAFT_KEY, text);

const toAnswer = (value: boolean | null): AnswerValue | undefined =>
  value === null ? undefined : value ? 'yes' : 'no';

/** The page's state and what changes it; call once, in the island's body. */
export function createGuidedState(props: GuidedHandoffProps) {
  // "Is the case 7x24?" is a case detail every tool shares, so it lives in
  // the shared store; the other answers are this page's own.
  const [ownAnswers, setOwnAnswers] = createSignal<Answers>({});
  const [done, setDone] = createSignal<StepKind[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  const [storageNote, setStorageNote] = createSignal('');
  const [storageBlocked, setStorageBlocked] = createSignal(false);
  const [presetNote, setPresetNote] = createSignal('');
  const [presetUndo, setPresetUndo] = createSignal<Answers | null>(null);
  const [cleared, setCleared] = createSignal<Snapshot | null>(null);
  const [status, setStatus] = createStatus();
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
      // Only the answers the link names, and only valid ones: the person's other answers stay.
      setAnswers({ ...before, ...preset });
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
    const outcome = await copyPlain(link);
    setStatus(
      outcome === 'copied'
        ? `${copyMessage(outcome, 'the link')} It holds the answers to the questions only, no case details.`
        : copyMessage(outcome, 'the link below'),
    );
  }

  return {
    answers,
    decision,
    decided,
    workflow,
    steps,
    done,
    doneCount,
    storageNote,
    storageBlocked,
    presetNote,
    presetUndo,
    cleared,
    status,
    setStatus,
    trainingLink,
    answer,
    toggleStep,
    startAnother,
    undoClear,
    undoPreset,
    copyTrainingLink,
  };
}

/** What `createGuidedState` gives the parts that show it. */
export type GuidedState = ReturnType<typeof createGuidedState>;

/** What every part of the page is drawn with. */
export interface GuidedView {
  /** The island's unique id, the start of its elements' ids. */
  id: string;
  /** A path inside the site, under its base path. */
  href: (path: string) => string;
  props: GuidedHandoffProps;
  state: GuidedState;
}
