/**
 * The `test` every end-to-end spec uses. Around each test it records:
 * - every request to another origin (customer data must never leave the page),
 * - every console error and uncaught page error,
 * - every Content-Security-Policy violation,
 * and fails the test if any of them happened.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface PageWatch {
  /** Requests to other origins (none are allowed). */
  foreign: string[];
  /** Every request, with its method and the time it was made. */
  requests: { url: string; method: string; at: number }[];
  /** Console errors and page errors. */
  errors: string[];
  /** Content-Security-Policy violations the page reported (none are allowed). */
  cspViolations: string[];
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: PageWatch = { foreign: [], requests: [], errors: [], cspViolations: [] };
      // The browser fires `securitypolicyviolation` for anything the CSP blocked (a script, a style
      // attribute, a fetch...); report each one from every page and frame, before any page script runs.
      await page.exposeFunction('__reportCspViolation', (violation: string) => watch.cspViolations.push(violation));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '';
          const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
          report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where} on ${location.pathname}`);
        });
      });
      page.on('request', (request) => {
        const url = request.url();
        watch.requests.push({ url, method: request.method(), at: Date.now() });
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) watch.foreign.push(url);
      });
      // Nothing can actually reach another origin, even if a test fails to notice: the browser sends
      // every request but the site's own to a proxy that is not there (playwright.config.ts). That
      // costs nothing per request, where intercepting each one here added about 0.3 s to every load.
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(message.text());
      });
      page.on('pageerror', (error) => watch.errors.push(`${error.name}: ${error.message}`));
      await use(watch);
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(watch.foreign, 'requests to another origin').toEqual([]);
      expect(watch.errors, 'console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Axe on the page as it is, as every spec runs it. Two settings make a run 2-3 times faster with the
 * same findings (tried on pages with a low-contrast line, an unlabelled field and an empty heading
 * added): legacy mode runs axe in the page itself instead of opening a second page to merge the
 * results of frames (the site has none), and only violations are collected, not every passing node.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/** Axe's findings, one line each, so a failure names the rule and the elements. */
export async function axeFindings(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

/** Sets Starlight's theme before any script runs (it reads localStorage `starlight-theme`). */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.emulateMedia({ colorScheme: theme });
}

/**
 * Every layout shift since the page started loading, summed as CLS does (0.1 is the most a page may
 * shift and still count as good in Core Web Vitals). Shifts right after input do not count.
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
          resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: nothing moved. (Buffered entries are handed over in the next task or two.)
        setTimeout(() => resolve(0), 150);
      }),
  );
}

/** The two screens every page is checked on: a phone and a laptop (issue 11). */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

/**
 * Waits, as a person would, until the page shows what it is going to show: its fonts are in,
 * every island a visitor can see has taken over its markup (islands folded in a closed
 * `<details>` wait to be opened), and no part of a tool is still pending (`aria-busy`): parts drawn
 * as they near the screen are scrolled to.
 * Never depends on the fold: an island that waits to be seen is scrolled to first.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // In the page, in one step: an island hydrating between a list and its use would leave a stale
  // handle (a test once waited two minutes for one). Each island still waiting is scrolled to in turn.
  await page.waitForFunction(
    () => {
      const waiting = [...document.querySelectorAll('astro-island[ssr]')].filter(
        (el) => !el.closest('details:not([open])'),
      );
      // An island is `display: contents`, without a box of its own: its first child is what shows.
      (waiting[0]?.firstElementChild ?? waiting[0])?.scrollIntoView({ block: 'nearest' });
      return waiting.length === 0;
    },
    undefined,
    { polling: 100, timeout: 30_000 },
  );
  // Parts of a tool drawn as they near the screen: scrolled to, one after another, as a reader would.
  await page.waitForFunction(
    () => {
      const busy = document.querySelector('[aria-busy="true"]');
      busy?.scrollIntoView({ block: 'nearest' });
      return !busy;
    },
    undefined,
    { polling: 100, timeout: 30_000 },
  );
}

/**
 * The dialogs the browser opens on `page` from now on, by type (`beforeunload` for a leave-page
 * prompt), each dismissed as a person who stays on the page would.
 */
export function dismissedDialogs(page: Page): string[] {
  const types: string[] = [];
  page.on('dialog', (dialog) => {
    types.push(dialog.type());
    void dialog.dismiss();
  });
  return types;
}
