/**
 * The localStorage keys of earlier versions of the site, and their move to
 * today's keys (`storage-keys.ts`) when a page with case data opens storage
 * (`openStorage` in `draft-sync.ts`, which every page with a draft starts
 * before it reads one). Also the list "Forget drafts on this browser" clears.
 */
import { DRAFT_KEY, GUIDED_DRAFT_KEY, GUIDED_SET_ASIDE_KEY, SET_ASIDE_KEY } from './storage-keys';

/** The keys of earlier versions, each with the key that replaces it. */
export const FORMER_KEYS: readonly (readonly [former: string, key: string])[] = [
  ['fts-handoff:draft', DRAFT_KEY],
  ['fts-handoff:set-aside', SET_ASIDE_KEY],
  ['fts-handoff-guide:guided:v1', GUIDED_DRAFT_KEY],
];

/**
 * Every key that may hold case data: what "Forget drafts" removes. Each former key comes before
 * the key that replaces it, so a removal cannot be followed by a move back under a removed key;
 * then the guided page's set-aside progress, which no earlier version wrote.
 */
export const CASE_DATA_KEYS: readonly string[] = [...FORMER_KEYS.flat(), GUIDED_SET_ASIDE_KEY];

/** The part of `Storage` the migration uses (so it runs on a plain object in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Moves what earlier versions stored to today's keys. A former key is removed
 * only once its value reads back from the new key: when the browser refuses
 * the write (storage full), or the new key already holds something else (a
 * tab of the older version wrote after the move), the former key stays where
 * it is, so nothing is lost; "Forget drafts" still removes it.
 */
export function migrateKeys(store: KeyValueStore): void {
  for (const [former, key] of FORMER_KEYS) {
    try {
      const value = store.getItem(former);
      if (value === null) continue;
      if (store.getItem(key) === null) store.setItem(key, value);
      if (store.getItem(key) !== value) continue;
      store.removeItem(former);
    } catch {
      // Refused or full: the former key stays, and the move is tried again on the next page.
    }
  }
}
