/**
 * The guided page's state, apart from what shows it: the answers (the 7x24
 * one lives in the shared case details), the decision and workflow they lead
 * to, the ticks, the case title, and what is saved in this browser, restored
 * at load and preset by a training link. `GuidedHandoff.tsx` calls
 * `createGuidedState` once, in its body, so its effects are the island's;
 * the sentences and merges it uses are pure, in `src/lib/guided-handoff.ts`.
 *
 * Saving follows the note's draft (`draft-sync.ts`): nothing is written
 * before what is stored has been read, nor when it could not be read (the
 * read threw, or the record is unreadable and there was no room to set it
 * aside), nor while another tab's change waits for the person's choice, and
 * writing the same progress again is skipped (so opening a second tab asks
 * the first nothing). What reads, sets aside and compares is
 * `guided-stored.ts`, fetched with `StoredProgress.tsx` (which says and asks)
 * only when something is stored or another tab writes.
 */
import { batch, createEffect, createMemo, createSignal, on, onCleanup, onMount, type Accessor } from 'solid-js';
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
import type { SetAsideCopy } from '../../lib/guided-draft';
import {
  EMPTY_PROGRESS,
  GUIDED_DRAFT_KEY,
  progressKey,
  serializeGuidedDraft,
  type GuidedProgress,
} from '../../lib/guided-progress';
import { GUIDED_SET_ASIDE_KEY } from '../../lib/storage-keys';
import { tickStep } from '../../lib/guided-handoff';
import { applyTrainingLink } from '../../lib/training-link';
import { caseDetails, caseTitle, setCaseDetails, setCaseTitle } from '../shared/case-store';
import { FORGET_EVENT, draftRestored, startDraftSync, type ForgetDetail } from '../shared/draft-sync';
import { draftState, emptyDraftState, setDraftState, type DraftState } from '../shared/note-store';
import { copyPlain } from '../shared/clipboard';
import { createStatus } from '../shared/announce';
import { copyMessage } from '../../lib/copy-messages';
import { openStorage } from '../shared/open-storage';
import { writeKey } from '../shared/storage';
import type { GuidedHandoffProps } from './GuidedHandoff';

/** What "Start another case" keeps for its undo: this page's progress and the shared draft (case details and note). */
interface Snapshot {
  progress: GuidedProgress;
  draft: DraftState;
}

/** What the page knows and says of its stored progress. */
export interface StoredStatus {
  /**
   * Why nothing is saved, when storage is the reason: 'blocked' (the browser refuses it), 'unread'
   * (a read threw: saving could overwrite what it holds), 'full' (the last write failed); or ''.
   */
  off: '' | 'blocked' | 'unread' | 'full';
  /** What the page last said of it (removed, set aside, discarded, which was kept...), or ''. */
  message: string;
  /** Another tab changed or removed the stored progress, and this tab has not chosen yet. */
  conflict: null | { kind: 'changed'; progress: GuidedProgress } | { kind: 'removed' };
  /** Unreadable records kept under the set-aside key, oldest first. */
  setAside: readonly SetAsideCopy[];
  /** An unreadable record left where it was (no room for a copy); nothing is saved over it. */
  unkept: string | null;
  /** Puts back what "Forget drafts" removed while this page was open; null when there is nothing to undo. */
  undoForget?: (() => void) | null;
}

/** What `guided-stored.ts` reads and acts on; one per page. */
export interface GuidedSync {
  /** localStorage once it has shown that it stores; null when it refuses or a read threw. */
  storage: Storage | null;
  /** The stored text as this tab last wrote or read it, to tell another tab's writes from its own. */
  lastSeen: string | null;
  /** The progress stored (`progressKey`), so that writing the same again is skipped; null: unknown. */
  key: string | null;
  /** True until what is stored has been read, and while another tab's write is: nothing is saved. */
  busy: boolean;
  /** What is stored under `key`, or null; a read that throws closes storage (and says so). */
  read: (key: string) => string | null;
  /** Saves the page's progress, unless something above forbids it. */
  save: () => void;
  /**
   * Puts stored progress in the page, in one update. It is not written back when `key` already
   * holds its `progressKey` (set it first).
   */
  adopt: (progress: GuidedProgress) => void;
  progress: () => GuidedProgress;
  status: Accessor<StoredStatus>;
  update: (patch: Partial<StoredStatus>) => void;
}

/** Said when the code that reads the stored progress could not be downloaded: saving stays off. */
const NOT_READ =
  'Part of this page did not download, so your saved progress could not be read. It is still stored and this tab saves nothing over it: reload to get it back (note any change made here first).';

/**
 * Fetched when something is stored or another tab writes: what reads, sets aside and compares
 * (`guided-stored.ts`), with what shows what it found (`StoredProgress.tsx`), in one file.
 */
export const loadStored = () => import('./StoredProgress');

const toAnswer = (value: boolean | null): AnswerValue | undefined =>
  value === null ? undefined : value ? 'yes' : 'no';

/** The page's state and what changes it; call once, in the island's body. */
export function createGuidedState(props: GuidedHandoffProps) {
  // "Is the case 7x24?" is a case detail every tool shares, so it lives in
  // the shared store; the other answers are this page's own.
  const [ownAnswers, setOwnAnswers] = createSignal<Answers>({});
  const [done, setDone] = createSignal<StepKind[]>([]);
  const [storedStatus, setStoredStatus] = createSignal<StoredStatus>({
    off: '',
    message: '',
    conflict: null,
    setAside: [],
    unkept: null,
  });
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

  const update = (patch: Partial<StoredStatus>) => setStoredStatus((s) => ({ ...s, ...patch }));
  const sync: GuidedSync = {
    storage: null,
    lastSeen: null,
    key: '',
    busy: true,
    read(key) {
      try {
        return sync.storage && sync.storage.getItem(key);
      } catch {
        sync.storage = null;
        update({ off: 'unread' });
        return null;
      }
    },
    save,
    adopt: (p) =>
      batch(() => {
        setAnswers(p.answers);
        setDone(p.done);
        setCaseTitle(p.caseTitle);
      }),
    progress,
    status: storedStatus,
    update,
  };

  function save(): void {
    const s = storedStatus();
    if (sync.busy || s.conflict || s.unkept !== null || !sync.storage) return;
    const p = progress();
    const key = progressKey(p);
    if (key === sync.key) return;
    const text = key && serializeGuidedDraft(p, Date.now());
    if (!writeKey(GUIDED_DRAFT_KEY, text || null)) {
      update({ off: 'full' });
      return;
    }
    sync.lastSeen = text || null;
    sync.key = key;
    if (s.off) update({ off: '' });
  }

  /** A training link presets the answers it names, when valid, and nothing else (`training-link.ts`). */
  function applyLinkAnswers(): void {
    const params = new URLSearchParams(window.location.search);
    if (!hasAnswerParams(params)) return;
    const preset = applyTrainingLink(answers(), decodeAnswers(params));
    setAnswers(preset.answers);
    setPresetUndo(preset.undo);
    setPresetNote(preset.note);
    // Take the answers out of the address, so a reload keeps what the person changes.
    const url = new URL(window.location.href);
    for (const q of QUESTIONS) url.searchParams.delete(q.param);
    window.history.replaceState(window.history.state, '', url);
  }

  /** Another tab wrote: nothing is saved until its write is compared with this tab's progress. */
  function onStorage(event: StorageEvent): void {
    const { key } = event;
    if (sync.busy || event.storageArea !== sync.storage) return;
    if (key !== GUIDED_DRAFT_KEY && key !== GUIDED_SET_ASIDE_KEY && key !== null) return;
    sync.busy = true;
    void loadStored().then(
      (m) => {
        m.compare(sync);
        sync.busy = false;
        save();
      },
      // `busy` stays on: nothing is saved over what the other tab wrote.
      () => update({ message: NOT_READ }),
    );
  }

  /**
   * "Forget drafts" used on this page (the generator in the note step has it) removed the stored
   * progress, or its Undo put it back: nothing is saved until the page shows what is stored now
   * (`forgot` in `guided-stored.ts`, fetched on first need).
   */
  function onForget(event: Event): void {
    sync.busy = true;
    void loadStored().then(
      (m) => m.forgot(sync, event as CustomEvent<ForgetDetail>),
      () => update({ message: NOT_READ }),
    );
  }

  onMount(() => {
    startDraftSync();
    window.addEventListener(FORGET_EVENT, onForget);
    window.addEventListener('storage', onStorage);
    onCleanup(() => {
      window.removeEventListener(FORGET_EVENT, onForget);
      window.removeEventListener('storage', onStorage);
    });
    sync.storage = openStorage();
    if (!sync.storage) update({ off: 'blocked' });
    // The reader (and its validator, zod) is fetched only when there is something to read.
    const stored =
      sync.read(GUIDED_DRAFT_KEY) === null && sync.read(GUIDED_SET_ASIDE_KEY) === null ? undefined : loadStored();
    void Promise.all([draftRestored(), stored]).then(
      ([, m]) => {
        m?.restore(sync);
        applyLinkAnswers();
        sync.busy = false;
        save();
      },
      () => {
        // Saving stays off (`busy`), so the stored progress is not overwritten.
        applyLinkAnswers();
        update({ message: NOT_READ });
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
      setDraftState(emptyDraftState());
      sync.adopt(EMPTY_PROGRESS);
      setPresetUndo(null);
      setPresetNote('');
      setTrainingLink('');
      setCleared(snapshot);
      setStatus('Cleared the answers, ticks, case details and note. Undo brings them back.');
    });
  }

  function undoClear(): void {
    const snapshot = cleared();
    if (!snapshot) return;
    batch(() => {
      setDraftState(snapshot.draft);
      sync.adopt(snapshot.progress);
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
    stored: storedStatus,
    /** True when there is something to say or ask about the stored progress (`StoredProgress.tsx`). */
    hasNotice: () => {
      const { off, conflict, setAside, unkept, undoForget } = storedStatus();
      return off !== '' || conflict !== null || setAside.length > 0 || unkept !== null || !!undoForget;
    },
    sync,
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
