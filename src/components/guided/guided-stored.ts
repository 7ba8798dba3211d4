/**
 * What the guided page does with its stored progress besides writing it
 * (`guided-state.ts`), fetched only when something is stored or another tab
 * writes (most first visits have neither): it restores the record, sets aside
 * one it cannot read, compares another tab's write with this tab's progress,
 * and carries out the person's choices (`StoredProgress.tsx` asks). The
 * validation and comparison are pure, in `src/lib/guided-draft.ts`.
 *
 * Nothing stored is lost: an unreadable record is removed only once its copy
 * under the set-aside key reads back; with no room for the copy it stays
 * where it is and nothing is saved over it (`unkept`) until the person
 * downloads or discards it.
 */
import {
  EMPTY_PROGRESS,
  GUIDED_DRAFT_KEY,
  GUIDED_SET_ASIDE_KEY,
  STORED_MESSAGES,
  decodeSetAside,
  encodeSetAside,
  otherTabChange,
  parseGuidedDraft,
  progressKey,
  type SetAsideCopy,
} from '../../lib/guided-draft';
import { writeKey } from '../shared/storage';
import type { ForgetDetail } from '../shared/draft-actions';
import type { GuidedSync } from './guided-state';

/** Writes (removes, with null) only while storage is open: a read that threw closed it. */
const write = (s: GuidedSync, key: string, text: string | null): boolean => !!s.storage && writeKey(key, text);

/** The copies under the set-aside key; a key left with none (all expired) is removed. */
function readSetAside(s: GuidedSync, now: number): SetAsideCopy[] {
  const stored = s.read(GUIDED_SET_ASIDE_KEY);
  const copies = decodeSetAside(stored, now);
  if (stored !== null && !copies.length) write(s, GUIDED_SET_ASIDE_KEY, null);
  return copies;
}

/** Sets an unreadable record aside, next to the copies kept before; or leaves it in place, and saving stops. */
function keep(s: GuidedSync, raw: string, copies: SetAsideCopy[], now: number): void {
  const kept = [...copies, { at: now, raw }];
  const text = encodeSetAside(kept);
  if (write(s, GUIDED_SET_ASIDE_KEY, text) && s.read(GUIDED_SET_ASIDE_KEY) === text) {
    write(s, GUIDED_DRAFT_KEY, null);
    s.lastSeen = null;
    s.key = '';
    s.update({ setAside: kept, message: STORED_MESSAGES.setAside });
  } else {
    // No room for the copy: the record stays, and nothing is written over it until the person chooses.
    s.lastSeen = raw;
    s.update({ setAside: copies, unkept: raw, message: STORED_MESSAGES.unkept });
  }
}

/**
 * Puts the stored progress in the page, or says why not. The shared case details' 7x24 answer
 * (restored with the note's draft first) stands: the stored progress only fills it in when missing.
 */
export function restore(s: GuidedSync): void {
  // The page's answers take the 7x24 one from the case details.
  const { is24x7 } = s.progress().answers;
  const now = Date.now();
  const copies = readSetAside(s, now);
  s.update({ setAside: copies });
  const raw = s.read(GUIDED_DRAFT_KEY);
  const loaded = parseGuidedDraft(raw, now);
  if (loaded.status === 'ok') {
    const { savedAt: _savedAt, ...progress } = loaded.draft;
    const answer = is24x7 ?? progress.answers.is24x7;
    s.lastSeen = raw;
    // What is stored, not what the page now shows: a different 7x24 answer is written once loaded.
    s.key = progressKey(progress);
    s.adopt({ ...progress, answers: { ...progress.answers, ...(answer ? { is24x7: answer } : {}) } });
  } else if (loaded.status === 'expired') {
    write(s, GUIDED_DRAFT_KEY, null);
    s.update({ message: STORED_MESSAGES.expired });
  } else if (loaded.status === 'corrupt') {
    keep(s, raw!, copies, now);
  }
}

/**
 * After another tab wrote (or removed) the progress or its set-aside copies: the same progress as
 * this tab's needs nothing; other progress opens the question; a record this page cannot read is
 * set aside.
 */
export function compare(s: GuidedSync): void {
  const now = Date.now();
  const { unkept } = s.status();
  const copies = readSetAside(s, now);
  s.update({ setAside: copies });
  const raw = s.read(GUIDED_DRAFT_KEY);
  // Unchanged, unreadable now (storage closed), or an unreadable record still waiting for the person.
  if (raw === s.lastSeen || !s.storage || unkept !== null) return;
  const change = otherTabChange(raw, s.progress(), now);
  if (change.kind === 'same') {
    s.lastSeen = raw;
    s.key = progressKey(s.progress());
    s.update({ conflict: null });
  } else if (change.kind === 'unreadable') {
    keep(s, raw!, copies, now);
  } else {
    s.update({ conflict: change });
  }
}

/** Settles a two-tab question: 'theirs' loads the other tab's progress (or clears it); 'mine' saves this tab's. */
export function resolve(s: GuidedSync, choice: 'mine' | 'theirs'): void {
  const { conflict } = s.status();
  if (!conflict) return;
  s.update({ conflict: null });
  if (choice === 'theirs') {
    const progress = conflict.kind === 'removed' ? EMPTY_PROGRESS : conflict.progress;
    s.lastSeen = s.read(GUIDED_DRAFT_KEY);
    // Set before the progress is put in the page, so that it is not written back.
    s.key = progressKey(progress);
    s.adopt(progress);
    s.update({
      message:
        conflict.kind === 'removed' ? 'Progress cleared, as in the other tab.' : "Loaded the other tab's progress.",
    });
  } else {
    s.key = null;
    s.save();
    // When the write failed, the status line says that this tab is not saving.
    if (s.key !== null)
      s.update({ message: "This tab's progress is saved; the other tab will ask before it changes." });
  }
}

/** Discards the set-aside copies (and the unreadable record left in place); then saves what the page holds. */
export function discard(s: GuidedSync): void {
  const { unkept } = s.status();
  write(s, GUIDED_SET_ASIDE_KEY, null);
  // Only the record that could not be read: another tab may have written over it since.
  if (unkept !== null && s.read(GUIDED_DRAFT_KEY) === unkept) {
    write(s, GUIDED_DRAFT_KEY, null);
    s.lastSeen = null;
    s.key = '';
  }
  s.update({
    setAside: [],
    unkept: null,
    message: unkept === null ? 'The set-aside progress was discarded.' : 'The unreadable progress was discarded.',
  });
  compare(s);
  s.save();
}

/**
 * After "Forget drafts" (on this page) removed the drafts, or its Undo put them back: the page shows
 * what is stored now. Removed, it shows nothing and offers the Undo (the note step, with the
 * question's own Undo, goes with the answers); put back, it reads the progress again.
 */
export function forgot(s: GuidedSync, { detail }: CustomEvent<ForgetDetail>): void {
  if (detail === 'undone') {
    s.update({ undoForget: null, message: '' });
    restore(s);
  } else {
    s.lastSeen = null;
    s.key = '';
    s.update({ conflict: null, setAside: [], unkept: null, undoForget: detail.undo ?? null, message: '' });
    s.adopt(EMPTY_PROGRESS);
  }
  s.busy = false;
  s.save();
}
