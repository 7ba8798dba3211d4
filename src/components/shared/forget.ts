/**
 * "Forget drafts on this browser": what it would remove, the removal, and its Undo (what was removed
 * is kept in memory only, until the page is left). Fetched on the first click, apart from the draft
 * store every tool page loads (`draft-sync.ts`), as most visits never forget anything.
 */
import { DRAFT_KEY } from '../../lib/note/draft-format';
import { GUIDED_DRAFT_KEY, GUIDED_SET_ASIDE_KEY, isSetAsideKey } from '../../lib/storage-keys';
import { FORMER_KEYS } from '../../lib/storage-migration';
import { draftStatus, updateDraftStatus as update, type DraftStatus } from './draft-status';
import { FORGET_EVENT, type ForgetDetail, adopt, forgetNow, forgettable, read, saveNow, sync } from './draft-sync';
import { draftState, isDraftEmpty, type DraftState } from './note-store';
import { writeKey } from './storage';

/** What "Forget drafts" would remove now, in words (the form's own note counts when it holds one). */
export function draftsToForget(): string[] {
  const stored = forgettable().filter((key) => read(key) !== null);
  const copies = stored.filter(isSetAsideKey).length;
  const items: string[] = [];
  if (stored.includes(DRAFT_KEY) || !isDraftEmpty(draftState())) items.push('the note draft');
  if (copies) items.push(copies === 1 ? 'a set-aside draft' : `${copies} set-aside drafts`);
  if (stored.includes(GUIDED_DRAFT_KEY)) items.push("the guided page's answers, ticks and case title");
  if (stored.includes(GUIDED_SET_ASIDE_KEY)) items.push("the guided page's set-aside progress");
  const former = stored.filter((key) => FORMER_KEYS.some(([f]) => f === key)).length;
  if (former) items.push(former === 1 ? 'a draft from an earlier version' : `${former} drafts from earlier versions`);
  return items;
}

/** What "Forget drafts" removed, kept in memory (never stored) so Undo can put it back until the page is left. */
export interface Forgotten {
  stored: [key: string, text: string][];
  state: DraftState;
  setAside: DraftStatus['setAside'];
}

/** Removes every draft of this site from the browser (and the set-aside copies), and clears the form. */
export function forgetDrafts(): Forgotten {
  const forgotten: Forgotten = {
    stored: forgettable().flatMap((key) => {
      const text = read(key);
      return text === null ? [] : [[key, text] as [string, string]];
    }),
    state: draftState(),
    setAside: draftStatus().setAside,
  };
  forgetNow(() => undoForget(forgotten));
  return forgotten;
}

/** Puts back what `forgetDrafts` removed: the stored drafts, the form and the set-aside list. */
export function undoForget(forgotten: Forgotten): void {
  const failed = forgotten.stored.filter(([key, text]) => !(sync.storage && writeKey(key, text)));
  // First, so that the guided page reads its progress back instead of saving what the form shows meanwhile.
  window.dispatchEvent(new CustomEvent<ForgetDetail>(FORGET_EVENT, { detail: 'undone' }));
  sync.lastSeen = forgotten.stored.find(([key]) => key === DRAFT_KEY)?.[1] ?? null;
  adopt(forgotten.state);
  update({
    setAside: forgotten.setAside.filter((c) => !failed.some(([key]) => key === c.key)),
    message: failed.length
      ? 'The note is back in the form, but this browser would not store everything again: copy or download it.'
      : 'Undone: the drafts are back.',
  });
  // The form's note is saved again (it may not have been stored when it was forgotten).
  if (!failed.length) saveNow();
}
