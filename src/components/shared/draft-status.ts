/**
 * What the page's draft store says about itself (`draft-sync.ts` keeps it):
 * whether drafts are saved, the message for the person, and what waits for
 * their choice (a two-tab conflict, a set-aside or oversized draft). Its own
 * module so that what only shows the status does not bring the store with it.
 */
import { createSignal } from 'solid-js';
import type { Draft } from '../../lib/note/draft-format';
import type { OverLimit } from '../../lib/note/limits';

/** A stored draft that could not be read: where it is kept, since when, and its text as stored. */
export interface SetAsideCopy {
  key: string;
  at: number;
  raw: string;
}

export interface DraftStatus {
  /** 'on' while drafts are saved; 'off' when storage is unavailable. */
  saving: 'on' | 'off';
  /** A message for the person (restored, expired, set aside, removed…), or ''. */
  message: string;
  /**
   * Set when another tab changed or removed the saved draft (or the saved
   * draft finished loading after the person had started typing: 'restored')
   * and this tab has not chosen yet.
   */
  conflict: null | { kind: 'changed' | 'restored'; draft: Draft } | { kind: 'removed' };
  /**
   * Drafts that could not be read, each kept for download under its own key (or, when there was no
   * room for a copy, left where it was: `key` is then the draft's own), oldest first.
   */
  setAside: readonly SetAsideCopy[];
  /** A stored draft too big for the form (the fields past their maximum), shown read-only; or null. */
  oversized: null | { draft: Draft; fields: OverLimit[] };
  /** True while the stored draft is being read back: what is typed meanwhile waits to be saved. */
  restoring: boolean;
}

export const INITIAL_STATUS: DraftStatus = {
  saving: 'on',
  message: '',
  conflict: null,
  setAside: [],
  oversized: null,
  restoring: false,
};
const [draftStatus, setDraftStatus] = createSignal<DraftStatus>(INITIAL_STATUS);
export { draftStatus, setDraftStatus };

/** Changes part of the status. */
export function updateDraftStatus(patch: Partial<DraftStatus>): void {
  setDraftStatus((s) => ({ ...s, ...patch }));
}

/** Sets the status message (for the islands' own announcements about the draft). */
export function setDraftMessage(message: string): void {
  updateDraftStatus({ message });
}

export const NOT_SAVED =
  'Drafts are not being saved: this browser does not allow storage here (private window, storage full or blocked). Copy or download your note before you close the tab.';

export const NOT_READ =
  'Drafts are not being saved: this browser would not let the page read what it stored, and saving could overwrite a draft kept there. Copy or download your note before you close the tab.';

/** Why this tab is not saving although storage works ('' when it is saving): it waits for the person's choice. */
export function pausedFor(status: DraftStatus): string {
  if (status.conflict) return 'Not saving for now: this tab waits for your choice above, which note to keep.';
  if (status.oversized) return 'Not saving for now: download or discard the saved draft above first.';
  if (status.restoring)
    return 'Reading your saved draft back: what you type meanwhile is kept, and saved (or offered beside it) once it is read.';
  return '';
}

/** What is said once the person has settled a two-tab question: their choice, by what the other tab did. */
export const CHOSEN = {
  theirs: {
    changed: "Loaded the other tab's note.",
    restored: 'Loaded the saved draft.',
    removed: 'Form cleared, as in the other tab.',
  },
  mine: {
    changed: "This tab's note is saved; the other tab will ask before it changes.",
    removed: "This tab's note is saved; the other tab will ask before it changes.",
    restored: 'What you typed is saved; the saved draft it replaces is gone.',
  },
} as const;
