/**
 * "Is this part of the page on screen, or about to be?" as a signal, for parts of an island that are
 * costly to draw and sit below the fold: a phone draws them when its reader scrolls towards them,
 * not while the page is still loading (where every task over 50 ms is blocking time). The margin
 * is wide enough that a part is drawn before it is reached. Once true it stays true.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** A screen's height below (and above) the viewport: drawn well before it is scrolled to. */
export const NEAR = '100% 0px 100% 0px';

/**
 * @param target the element that stands for the part (its placeholder); the signal turns true once
 *   it is within `margin` of the viewport, at once where `IntersectionObserver` is missing.
 */
export function createNearScreen(target: Accessor<Element | undefined>, margin = NEAR): Accessor<boolean> {
  const [near, setNear] = createSignal(false);
  if (typeof IntersectionObserver === 'undefined') {
    setNear(true);
    return near;
  }
  let observer: IntersectionObserver | undefined;
  // Observed from the next task: the placeholder is in the page by then.
  const timer = setTimeout(() => {
    const el = target();
    if (!el) return setNear(true);
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer?.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(el);
  });
  onCleanup(() => {
    clearTimeout(timer);
    observer?.disconnect();
  });
  return near;
}
