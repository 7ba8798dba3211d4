/**
 * The current time as a signal, for the browser only. It ticks at each new
 * minute, and at once when the tab comes back into view, the window regains
 * focus or the page is restored: a laptop waking from sleep does one of these,
 * and a timer held back by sleep fires as soon as it wakes.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

const MINUTE = 60_000;

/** A signal holding `Date.now()`, kept current; stops with its owner. */
export function createNow(): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    setNow(Date.now());
    clearTimeout(timer);
    // Aim just past the next whole minute, so the clock never shows the old minute.
    timer = setTimeout(tick, MINUTE - (Date.now() % MINUTE) + 20);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') tick();
  };
  tick();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', tick);
  window.addEventListener('pageshow', tick);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', tick);
    window.removeEventListener('pageshow', tick);
  });
  return now;
}
