/**
 * Opens localStorage for the page's drafts: proves that it stores, and moves
 * the keys of earlier versions to today's first. Apart from `storage.ts`, so
 * that a page that only remembers a region does not download the migration.
 */
import { PROBE_KEY } from '../../lib/storage-keys';
import { migrateKeys } from '../../lib/storage-migration';

/**
 * localStorage once it has shown that it stores (a write and a removal), with the keys of earlier
 * versions moved to today's; null when the browser does not let the site store anything.
 */
export function openStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.setItem(PROBE_KEY, '1');
    s.removeItem(PROBE_KEY);
    migrateKeys(s);
    return s;
  } catch {
    return null;
  }
}
