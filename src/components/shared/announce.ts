/**
 * How the site speaks to a screen reader, in one place:
 * - `announce()`: the page's one polite live region for field messages (`Field.tsx`), made when
 *   the first field mounts, so it is in the page before anything is said in it (a screen reader
 *   ignores a live region that appears with its text);
 * - `createStatus()`: an island's status line (copied, downloaded, undone…), shown on the page
 *   in a `role="status"` element of the island's own, with the same timing.
 * Both empty the text first and again after 8 s, so the same words said twice are heard twice.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** How long a message stays. */
const SHOWN_MS = 8000;

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
    clearTimer = setTimeout(() => (el.textContent = ''), SHOWN_MS);
  }, 50);
}

/**
 * An island's status line: `[text, say]`. Render `text()` in an element with `role="status"`;
 * `say(message)` shows it there (and a screen reader reads it) for 8 s.
 */
export function createStatus(): [text: Accessor<string>, say: (message: string) => void] {
  const [text, setText] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const say = (message: string) => {
    clearTimeout(timer);
    setText('');
    queueMicrotask(() => setText(message));
    timer = setTimeout(() => setText(''), SHOWN_MS);
  };
  return [text, say];
}
