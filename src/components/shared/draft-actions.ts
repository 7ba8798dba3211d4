/**
 * What the person chooses about the stored draft: which note to keep when two tabs disagree, and
 * what to discard or forget. The saving and restoring itself is `draft-sync.ts`.
 */
import { DRAFT_KEY } from '../../lib/note/draft-format';
import { emptyDraftState } from './note-store';
import { CHOSEN, draftStatus, updateDraftStatus as update, type SetAsideCopy } from './draft-status';
import { adopt, read, remove, saveNow, sync, toState, writer } from './draft-sync';

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
