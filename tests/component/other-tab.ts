/** What another tab of the site does to the saved draft, as the browser reports it to this one. */
import { DRAFT_KEY } from '../../src/lib/note/draft-format';

/** Another tab saves `draft` (the stored record, version 1, saved now); returns the stored text. */
export function otherTabSaves(draft: Record<string, unknown>): string {
  const text = JSON.stringify({ version: 1, savedAt: Date.now(), ...draft });
  localStorage.setItem(DRAFT_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: text, storageArea: localStorage }));
  return text;
}

/** Another tab removes the saved draft. */
export function otherTabRemoves(): void {
  localStorage.removeItem(DRAFT_KEY);
  window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: null, storageArea: localStorage }));
}
