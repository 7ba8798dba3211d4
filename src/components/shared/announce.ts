/**
 * The page's one polite live region for field messages (`Field.tsx`): made
 * when the first field mounts, so it is in the page before anything is said
 * in it (a screen reader ignores a live region that appears with its text).
 */

let region: HTMLElement | undefined;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Makes the live region if the page has none yet. */
export function ensureAnnouncer(): HTMLElement {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.className = 'sr-only';
    region.setAttribute('aria-live', 'polite');
    region.dataset.announcer = 'fields';
    document.body.append(region);
  }
  return region;
}

/** Says `text` once, politely. Emptied first and later, so the same words said twice are heard twice. */
export function announce(text: string): void {
  const el = ensureAnnouncer();
  el.textContent = '';
  clearTimeout(clearTimer);
  setTimeout(() => {
    el.textContent = text;
    clearTimer = setTimeout(() => (el.textContent = ''), 8000);
  }, 50);
}
