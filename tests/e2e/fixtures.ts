/**
 * The `test` every end-to-end spec uses. Around each test it records:
 * - every request to another origin (customer data must never leave the page),
 * - every console error and uncaught page error,
 * - every Content-Security-Policy violation,
 * and fails the test if any of them happened.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageWatch {
  /** Requests to other origins (none are allowed). */
  foreign: string[];
  /** Every request, with the time it was made. */
  requests: { url: string; at: number }[];
  /** Console errors and page errors. */
  errors: string[];
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: PageWatch = { foreign: [], requests: [], errors: [] };
      page.on('request', (request) => {
        const url = request.url();
        watch.requests.push({ url, at: Date.now() });
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin) watch.foreign.push(url);
      });
      // Nothing may actually reach another origin, even if a test fails to notice.
      await page.route(
        (url) => url.origin !== origin && !/^(data|blob):/.test(url.href),
        (route) => route.abort('blockedbyclient'),
      );
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(message.text());
      });
      page.on('pageerror', (error) => watch.errors.push(`${error.name}: ${error.message}`));
      await use(watch);
      expect(watch.foreign, 'requests to another origin').toEqual([]);
      expect(watch.errors, 'console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sets Starlight's theme before any script runs (it reads localStorage `starlight-theme`). */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.emulateMedia({ colorScheme: theme });
}
