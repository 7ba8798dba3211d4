/**
 * The site's one way to localStorage. The browser may refuse it at any step
 * (a setting, a sandboxed frame, a full disk): `window.localStorage` itself
 * can throw, and so can every read and write. Each function here answers
 * instead of throwing, and each use first moves what earlier versions stored
 * to today's keys (`migrateKeys`, in `src/lib/storage-keys.ts`).
 * The keys are in `src/lib/storage-keys.ts`.
 */
import { PROBE_KEY, migrateKeys } from '../../lib/storage-keys';

/**
 * localStorage, where the browser gives it, with former keys moved first (three reads when there is
 * nothing to move, so it is done each time: a tab of the older version may still be writing them).
 */
function local(): Storage | null {
  try {
    const s = window.localStorage;
    migrateKeys(s);
    return s;
  } catch {
    return null;
  }
}

/** localStorage once it has shown that it stores (a write and a removal), or null when it does not. */
export function openStorage(): Storage | null {
  const s = local();
  try {
    s?.setItem(PROBE_KEY, '1');
    s?.removeItem(PROBE_KEY);
    return s;
  } catch {
    return null;
  }
}

/** The stored text, or null when there is none or it cannot be read. */
export function readKey(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, or removes the key when `value` is null; false when the browser refuses. */
export function writeKey(key: string, value: string | null): boolean {
  const s = local();
  if (!s) return false;
  try {
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
