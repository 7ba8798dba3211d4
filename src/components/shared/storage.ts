/**
 * The site's one way to read and write localStorage. The browser may refuse
 * it at any step (a setting, a sandboxed frame, a full disk):
 * `window.localStorage` itself can throw, and so can every read and write.
 * Each function here answers instead of throwing. The keys are in
 * `src/lib/storage-keys.ts`; `draft-sync.ts` opens storage for drafts
 * (`open-storage.ts`), moving the keys of earlier versions first.
 */

/** The stored text, or null when there is none or it cannot be read. */
export function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, or removes the key when `value` is null; false when the browser refuses. */
export function writeKey(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
