/**
 * Reaching an element the way a keyboard user does: Tab (or Shift+Tab) until it has the focus.
 * One helper for every spec that walks a page by keyboard.
 */
import type { Locator, Page } from '@playwright/test';

/** Tab presses between two looks at where the focus is. */
const RUN = 6;

/**
 * Presses Tab until `target` has the focus (Shift+Tab when it is above the focus, or with `back`);
 * fails after `limit` presses. From outside the main content it goes through the page's own "Skip to
 * content" link first, as a keyboard user would.
 *
 * Presses go in runs, with one look at the focus after each run, not after each press (each look is a
 * round trip to the browser). Once the target has the focus, a listener of the test keeps it there: the
 * rest of the run's Tab presses are stopped before the page sees them, so a run never goes past it.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back, limit = 300 }: { back?: boolean; limit?: number } = {},
): Promise<void> {
  const backwards =
    back ??
    (await target.evaluate((el) => {
      const active = document.activeElement;
      return !!active?.closest('main') && !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    }));
  const where = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active?.closest('main')) return 'main';
      return active?.classList.contains('sl-skip-link') ? 'skip' : 'elsewhere';
    });
  if ((await where()) !== 'main') {
    // After a load or a reload the first Tab reaches "Skip to content".
    for (let i = 0; i < 3 && (await where()) === 'elsewhere'; i++) await page.keyboard.press('Tab');
    if ((await where()) === 'skip') await page.keyboard.press('Enter');
  }
  await target.evaluate((el) => {
    el.setAttribute('data-tab-target', '');
    const hold = (event: KeyboardEvent) => {
      if (event.key === 'Tab' && document.activeElement?.hasAttribute('data-tab-target')) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    (window as unknown as { __tabHold?: typeof hold }).__tabHold = hold;
    window.addEventListener('keydown', hold, true);
  });
  const reached = () => target.evaluate((el) => el === document.activeElement);
  try {
    for (let pressed = 0; pressed < limit; pressed += RUN) {
      if (await reached()) return;
      for (let i = 0; i < RUN; i++) await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    if (await reached()) return;
    throw new Error(`Tab never reached ${target}`);
  } finally {
    await page.evaluate(() => {
      const w = window as unknown as { __tabHold?: (event: KeyboardEvent) => void };
      if (w.__tabHold) window.removeEventListener('keydown', w.__tabHold, true);
      document.querySelector('[data-tab-target]')?.removeAttribute('data-tab-target');
    });
  }
}
