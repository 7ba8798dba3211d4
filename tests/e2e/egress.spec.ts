/**
 * Zero egress (issue 7): customer data stays in the browser, so no page may reach another origin,
 * not while loading, not later, not for search. The shared fixture records any request to another
 * origin in every test and fails it, and the browser cannot reach one anyway (its proxy, set in
 * playwright.config.ts, is not there; the last test here shows it). budgets.spec.ts loads every page of the build, uses every
 * island's fields and checks that nothing in the page COULD load from elsewhere later
 * (`references.ts`); this spec adds search, which fetches its index on first use.
 */
import { test as bare } from '@playwright/test';
import { test, expect } from './fixtures';

test('search works from the site’s own files alone', async ({ page, watch, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.goto('/');
  const before = watch.requests.length;
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  // A word every page of the site carries in its content: the site's own search index holds it.
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  const term = title.split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 4) ?? title;
  await dialog.getByRole('textbox', { name: 'Search' }).fill(term);
  // Pagefind loads its index and WebAssembly on first use: wait for what it shows, not for a time.
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });

  const searchRequests = watch.requests.slice(before).map((r) => r.url);
  expect(searchRequests.some((url) => url.startsWith(`${origin}/pagefind/`))).toBe(true);
  expect(searchRequests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

// Without the fixture, which would fail the test for the very request it makes.
bare('a request to another origin fails in the test browser, an IP address too', async ({ page }) => {
  // A blank page, without the site's CSP (which would block the image itself before any request).
  await page.goto('about:blank');
  for (const url of ['http://203.0.113.7/pixel.png', 'http://example.invalid/pixel.png']) {
    const failed = page.waitForEvent('requestfailed', (r) => r.url() === url);
    await page.setContent(`<img alt="" src="${url}">`);
    expect((await failed).failure()?.errorText, url).toMatch(
      /ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED/,
    );
  }
});
