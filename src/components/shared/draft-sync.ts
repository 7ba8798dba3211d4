/**
 * Saves the page's draft (case details and note) in localStorage on every
 * change and restores it on load. Every island that edits the draft calls
 * `startDraftSync()` on mount; it runs once per page whatever the number of
 * callers. Browser only: it reads storage and the clock.
 *
 * - A stored draft is validated (`decodeDraft`): an expired one is removed, a
 *   corrupt or old-format one is set aside (kept under its own key, 14 days)
 *   with a message, never a crash. The validator (zod) is fetched only when
 *   something is stored, so restoring takes one short module load; nothing is
 *   written until it is done, and a note typed meanwhile is not overwritten
 *   (the person is asked which to keep).
 * - Storage unavailable (private mode, quota full, blocked): the tools still
 *   work and `draftStatus().saving` says drafts are not being saved.
 * - A stored draft with a field past its maximum (`note/limits.ts`) is not
 *   put in the form, where megabytes would freeze the page: it stays stored
 *   and is offered read-only (`draftStatus().oversized`) to download or
 *   discard; nothing is saved over it until the person has chosen.
 * - Two tabs: when another tab saves or removes the draft, this tab stops
 *   saving and asks (`draftStatus().conflict`) which note to keep.
 * - Saving: at most every 100 ms (`throttled-writer.ts`), and at once when the
 *   page is hidden or closed, so a reload or a closed tab loses nothing.
 */
import { createEffect, createRoot, on } from 'solid-js';
import { DRAFT_KEY, DRAFT_VERSION, encodeDraft, type Draft } from '../../lib/note/draft-format';
import { isSetAsideKey } from '../../lib/storage-keys';
import { openStorage } from './open-storage';
import { writeKey } from './storage';
import { draftState, isDraftEmpty, setDraftState, type DraftState } from './note-store';
import {
  INITIAL_STATUS,
  NOT_READ,
  NOT_SAVED,
  draftStatus,
  setDraftStatus,
  updateDraftStatus as update,
  type SetAsideCopy,
} from './draft-status';
import { createThrottledWriter } from './throttled-writer';

export { draftStatus, setDraftMessage, type DraftStatus } from './draft-status';
// What the person chooses (which note to keep, what to discard) is in draft-actions.ts. Re-exported
// here so both files travel in one chunk: a page with a draft loads both, and a file of its own costs
// bytes of its own (the note page is closest to its budget).
export {
  FORGET_EVENT,
  type ForgetDetail,
  discardOversized,
  discardSetAside,
  forgetNow,
  forgettable,
  resolveConflict,
} from './draft-actions';

let started = false;
let dispose: (() => void) | undefined;
/** Settles once the stored draft (if any) is in the store. */
let restored: Promise<void> = Promise.resolve();

/** What this module knows of the stored draft; shared with `draft-actions.ts`, which acts on the person's choices. */
export const sync = {
  storage: null as Storage | null,
  /** The last text this tab wrote or adopted, to tell our own writes from another tab's. */
  lastSeen: null as string | null,
  /** True while this tab adopts another tab's note, which must not be written back. */
  adopting: false,
  /** True until the stored draft is read: nothing may be written over it before. */
  restoring: false,
  /** True while an unreadable draft that could not be set aside is still stored: nothing is written over it. */
  unkept: false,
  /** Another tab's draft while its reader is still loading: nothing is written over it meanwhile. */
  reading: null as string | null,
};

/** The validator, fetched on first need (a first visit, with nothing stored, never needs it). */
const loadCodec = () => import('../../lib/note/draft');

/**
 * Writes while someone types: the first change at once, later ones at most every 100 ms, so a tab
 * that crashes loses at most the last 100 ms of typing (writing a 20,000-character draft takes
 * about 5 ms, once in six frames).
 */
export const writer = createThrottledWriter<DraftState>({
  intervalMs: 100,
  // Kept until the stored draft (or another tab's) is read, then written (or offered, if both differ).
  canWrite: () => !sync.restoring && sync.reading === null,
  write: (state) => save(state),
});

/** Writes the pending change now, if there is one. */
export const flushDraft = (): void => writer.flush();

/**
 * Leaving a tab that is not saving (storage refused, a two-tab question or an oversized draft
 * waiting, the stored draft still being read back) would lose what it holds: the browser asks first. A tab that saves has nothing to lose,
 * as `pagehide` writes what waits.
 */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  const status = draftStatus();
  const saving = status.saving === 'on' && !status.conflict && !status.oversized && !status.restoring && !sync.unkept;
  if (saving || isDraftEmpty(draftState())) return;
  event.preventDefault();
  // Older browsers ask only when a return value is set.
  event.returnValue = '';
}

function onHide(): void {
  if (document.visibilityState === 'hidden') flushDraft();
}

/** What is stored under `key`, or null. Unreadable: storage closes, as writing could overwrite a draft kept there. */
export function read(key: string): string | null {
  if (!sync.storage) return null;
  try {
    return sync.storage.getItem(key);
  } catch {
    sync.storage = null;
    update({ saving: 'off', message: NOT_READ });
    return null;
  }
}

/** Removes `key`; when storage went away meanwhile there is nothing to do (the status says so if it matters). */
export const remove = (key: string): void => void (sync.storage && writeKey(key, null));

export function toState(draft: Draft): DraftState {
  return { caseDetails: draft.caseDetails, note: draft.note, includeCaseDetails: draft.includeCaseDetails };
}

/** Puts a draft that is already stored (this tab's restored one, another tab's) in the form, without writing it back. */
export function adopt(state: DraftState): void {
  writer.drop();
  sync.adopting = true;
  try {
    setDraftState(state);
  } finally {
    sync.adopting = false;
  }
}

/** Writes the draft now (or removes it when the form is empty). Skipped while a two-tab conflict is open. */
function save(state: DraftState): void {
  if (
    !sync.storage ||
    sync.adopting ||
    sync.restoring ||
    sync.unkept ||
    draftStatus().conflict ||
    draftStatus().oversized
  )
    return;
  try {
    if (isDraftEmpty(state)) {
      if (sync.storage.getItem(DRAFT_KEY) !== null) sync.storage.removeItem(DRAFT_KEY);
      sync.lastSeen = null;
      return;
    }
    const text = encodeDraft({ version: DRAFT_VERSION, savedAt: Date.now(), ...state });
    sync.storage.setItem(DRAFT_KEY, text);
    sync.lastSeen = text;
    if (draftStatus().saving === 'off') update({ saving: 'on', message: '' });
  } catch {
    update({ saving: 'off', message: NOT_SAVED });
  }
}

/** Saves what the page holds now (once the person has chosen), starting the write interval afresh. */
export function saveNow(): void {
  writer.wroteAt(Date.now());
  save(draftState());
}

/** Reads what is stored; resolves once it is in the store (at once when nothing is stored). */
function load(): Promise<void> {
  if (read(DRAFT_KEY) === null && setAsideKeys().length === 0) return Promise.resolve();
  sync.restoring = true;
  update({ restoring: true });
  return loadCodec().then(
    (codec) => {
      sync.restoring = false;
      update({ restoring: false });
      apply(codec);
      if (writer.waiting() && !draftStatus().conflict && !draftStatus().oversized) flushDraft();
    },
    () => {
      // The page's own script did not arrive (network gone, VPN dropped). The
      // stored draft is still unread, so `restoring` stays on: nothing is saved
      // over it, yet "Forget drafts" can still remove it.
      update({
        saving: 'off',
        restoring: false,
        message:
          'Your saved draft could not be loaded (part of this page did not download). It is still stored: reload the page to get it back. Until then nothing typed here is saved.',
      });
    },
  );
}

/** The keys of the set-aside copies stored (none when storage cannot be read). */
export function setAsideKeys(): string[] {
  const keys: string[] = [];
  try {
    const storage = sync.storage;
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && isSetAsideKey(key)) keys.push(key);
    }
  } catch {
    // Unreadable: nothing is listed, and nothing is removed.
  }
  return keys;
}

/** Puts the stored draft in the store, or says why not. */
function apply(codec: Awaited<ReturnType<typeof loadCodec>>): void {
  const now = Date.now();
  const keys = setAsideKeys();
  const setAside: SetAsideCopy[] = keys
    .flatMap((key) => {
      const copy = codec.decodeSetAside(read(key), now);
      if (!copy) remove(key);
      return copy ? [{ key, ...copy }] : [];
    })
    .sort((a, b) => a.at - b.at);
  const raw = read(DRAFT_KEY);
  const decoded = codec.decodeDraft(raw, now);
  const message = codec.storedDraftMessage(decoded);
  switch (decoded.kind) {
    case 'none':
      update({ setAside });
      return;
    case 'ok': {
      sync.lastSeen = raw;
      const over = codec.fieldsOverLimit(decoded.draft.note, decoded.draft.caseDetails);
      if (over.length) {
        update({ oversized: { draft: decoded.draft, fields: over }, setAside });
        return;
      }
      if (isDraftEmpty(draftState())) {
        adopt(toState(decoded.draft));
        update({ message, setAside });
      } else {
        // Typed before the saved draft arrived: neither is dropped without asking.
        update({ conflict: { kind: 'restored', draft: decoded.draft }, setAside });
      }
      return;
    }
    case 'expired':
      remove(DRAFT_KEY);
      update({ message, setAside });
      return;
    case 'invalid': {
      // A copy of its own, next to any set aside before; the draft is removed only once its copy reads back.
      const key = codec.newSetAsideKey(keys, now);
      const copy = JSON.stringify({ at: now, raw });
      if (sync.storage && writeKey(key, copy) && read(key) === copy) {
        remove(DRAFT_KEY);
        update({ message, setAside: [...setAside, { key, at: now, raw: raw! }] });
      } else {
        // No room for the copy: the draft stays where it is, and nothing is written over it
        // until the person has downloaded or discarded it.
        sync.unkept = true;
        update({
          saving: 'off',
          message: codec.unkeptDraftMessage(decoded.reason),
          setAside: [...setAside, { key: DRAFT_KEY, at: now, raw: raw! }],
        });
      }
    }
  }
}

function onStorage(event: StorageEvent): void {
  // While restoring, the load reads the newest value itself.
  if (
    sync.restoring ||
    draftStatus().oversized ||
    event.storageArea !== sync.storage ||
    (event.key !== DRAFT_KEY && event.key !== null)
  )
    return;
  const value = read(DRAFT_KEY);
  // Unreadable now: the status says drafts are not saved; there is nothing to ask about.
  if (value === sync.lastSeen || !sync.storage) return;
  if (value === null) {
    update({ conflict: { kind: 'removed' } });
    return;
  }
  sync.reading = value;
  const done = () => {
    if (sync.reading !== value) return;
    sync.reading = null;
    // Not a note to ask about (unreadable, or gone): what waited is written now.
    if (!draftStatus().conflict) flushDraft();
  };
  void loadCodec().then(({ decodeDraft }) => {
    // Another change may have come in meanwhile: only the newest counts.
    if (read(DRAFT_KEY) !== value) return done();
    const decoded = decodeDraft(value, Date.now());
    if (decoded.kind === 'ok') update({ conflict: { kind: 'changed', draft: decoded.draft } });
    done();
  }, done);
}

/** Starts saving and restoring the page's draft. Safe to call from every island; runs once. */
export function startDraftSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  sync.storage = openStorage();
  if (!sync.storage) update({ saving: 'off', message: NOT_SAVED });
  else restored = load();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', flushDraft);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHide);
  createRoot((d) => {
    dispose = d;
    createEffect(
      on(
        draftState,
        (state) => {
          if (!sync.adopting) writer.schedule(state);
        },
        { defer: true },
      ),
    );
  });
}

/** Settles once the stored draft (if any) is in the store, or could not be. */
export function draftRestored(): Promise<void> {
  return restored;
}

/** For tests: stops syncing and forgets that it started. */
export function stopDraftSync(): void {
  if (typeof window !== 'undefined') {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flushDraft);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHide);
  }
  writer.drop();
  writer.wroteAt(0);
  sync.restoring = false;
  sync.unkept = false;
  sync.reading = null;
  restored = Promise.resolve();
  dispose?.();
  dispose = undefined;
  started = false;
  sync.storage = null;
  sync.lastSeen = null;
  setDraftStatus(INITIAL_STATUS);
}
