/**
 * Every localStorage key this site writes, in one place and under one prefix
 * (`fts-guide:`): what a browser holds for it, what "Forget drafts on this
 * browser" must clear, and the keys earlier versions used, which are moved
 * under the prefix the first time a page opens storage (`migrateKeys`).
 * Starlight's own theme choice (`starlight-theme`) is Starlight's key, not
 * ours, and holds no case data.
 */

/** The prefix of every key the site writes. */
export const KEY_PREFIX = 'fts-guide:';

/** The note's draft: case details and note (case data). */
export const DRAFT_KEY = 'fts-guide:note-draft';
/** A stored draft that could not be read, kept so it can be downloaded (case data). */
export const SET_ASIDE_KEY = 'fts-guide:note-set-aside';
/** The guided page's answers, ticks and pasted case title (case data). */
export const GUIDED_DRAFT_KEY = 'fts-guide:guided';
/** The region the viewer chose on the region tool (not case data). */
export const MY_REGION_KEY = 'fts-guide:my-region';
/** Written and removed at once, to learn whether the browser lets the site store anything. */
export const PROBE_KEY = 'fts-guide:probe';

/** The keys of earlier versions, each with the key that replaces it. */
export const FORMER_KEYS: readonly (readonly [former: string, key: string])[] = [
  ['fts-handoff:draft', DRAFT_KEY],
  ['fts-handoff:set-aside', SET_ASIDE_KEY],
  ['fts-handoff-guide:guided:v1', GUIDED_DRAFT_KEY],
];

/**
 * Every key that may hold case data: what "Forget drafts" removes. Each former key comes before
 * the key that replaces it, so a removal cannot be followed by a move back under a removed key.
 */
export const CASE_DATA_KEYS: readonly string[] = FORMER_KEYS.flat();

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
