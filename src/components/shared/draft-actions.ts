/**
 * What the person chooses about the stored draft: which note to keep when two tabs disagree, and
 * what to discard or forget. The saving and restoring itself is `draft-sync.ts`.
 */
import { DRAFT_KEY } from '../../lib/note/draft-format';
import { CASE_DATA_KEYS } from '../../lib/storage-migration';
import { emptyDraftState } from './note-store';
import { CHOSEN, draftStatus, updateDraftStatus as update, type SetAsideCopy } from './draft-status';
import { adopt, read, remove, saveNow, setAsideKeys, sync, toState, writer } from './draft-sync';

/**
 * The window event "Forget drafts" sends: detail `{ undo }` once it removed the drafts (`undo` puts
 * them back; absent when there is no Undo), 'undone' once its Undo did.
 */
export const FORGET_EVENT = 'fts-guide:forget';
export type ForgetDetail = 'undone' | { undo?: () => void };

/**
 * Settles a two-tab conflict: 'theirs' loads the other tab's note (or clears
 * the form when it removed the draft); 'mine' saves this tab's note over it.
 */
export function resolveConflict(choice: 'theirs' | 'mine'): void {
  const conflict = draftStatus().conflict;
  if (!conflict) return;
  if (choice === 'theirs') {
    sync.lastSeen = read(DRAFT_KEY);
    update({ conflict: null });
    adopt(conflict.kind === 'removed' ? emptyDraftState() : toState(conflict.draft));
    update({ message: CHOSEN.theirs[conflict.kind] });
  } else {
    update({ conflict: null });
    writer.drop();
    saveNow();
    update({ message: CHOSEN.mine[conflict.kind] });
  }
}

/** Every key "Forget drafts" removes: the note's draft and its set-aside copies, the guided page's progress (case data too), under today's keys and those of earlier versions. */
export const forgettable = (): string[] => [...new Set([...CASE_DATA_KEYS, ...setAsideKeys()])];

/**
 * Removes every draft of this site from the browser and clears the form, at once. Here, with the
 * store every tool page loads, so it works when the page's other parts cannot be downloaded;
 * "Forget drafts" asks first and keeps an Undo around it (`forget.ts`) when they can.
 */
export function forgetNow(undo?: () => void): void {
  for (const key of forgettable()) remove(key);
  sync.lastSeen = null;
  // A stored draft that could not be read yet is gone too: nothing is left to protect.
  const unread = sync.restoring || sync.unkept;
  sync.restoring = false;
  sync.unkept = false;
  update({ conflict: null, setAside: [], oversized: null, restoring: false });
  // The page's other parts that show stored case data (the guided page's progress) clear too,
  // first: emptying the case details below would otherwise have them save what they still hold.
  window.dispatchEvent(new CustomEvent<ForgetDetail>(FORGET_EVENT, { detail: { undo } }));
  adopt(emptyDraftState());
  update({
    message: 'Drafts removed from this browser.',
    ...(unread && sync.storage ? { saving: 'on' as const } : {}),
  });
}

/** Removes the stored draft that was too big for the form; then saves what the page holds, if anything. */
export function discardOversized(): void {
  remove(DRAFT_KEY);
  sync.lastSeen = null;
  update({ oversized: null, message: 'The saved draft was discarded. Drafts are saved again as you type.' });
  saveNow();
}

/** Discards one set-aside draft (or the unreadable one left in place); then saves what the page holds. */
export function discardSetAside(copy: SetAsideCopy): void {
  const rest = draftStatus().setAside.filter((c) => c.key !== copy.key);
  if (copy.key === DRAFT_KEY) {
    sync.unkept = false;
    remove(DRAFT_KEY);
    update({ setAside: rest, saving: 'on', message: 'The unreadable draft was discarded. Drafts are saved again.' });
    saveNow();
    return;
  }
  remove(copy.key);
  update({ setAside: rest, message: 'The set-aside draft was discarded.' });
}
