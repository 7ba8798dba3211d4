/**
 * Zero egress (issue 7): customer data stays in the browser, so no page may reach another origin,
 * not while loading, not later, not for search. Every page of the build is loaded; the shared
 * fixture aborts and records any request to another origin, and this spec also checks that nothing
 * in the page COULD load from elsewhere later (a lazy image, a stylesheet, a frame, a form).
 * While the tools are used: budgets.spec.ts uses every island's fields under the same fixture.
 */
import { test, expect } from './fixtures';
import { builtPages } from '../audit/built-site.mjs';

/** Attributes that make the browser fetch something by itself (links a person clicks are not among them). */
const FETCHING = [
  'img[src]',
  'img[srcset]',
  'source[src]',
  'source[srcset]',
  'script[src]',
  'video[src]',
  'video[poster]',
  'audio[src]',
  'track[src]',
  'input[src]',
  'link[href]:not([rel~="canonical"]):not([rel~="sitemap"]):not([rel~="alternate"])',
  'form[action]',
  'use[href]',
  'image[href]',
].join(', ');

for (const path of builtPages()) {
  test(`${path} reaches no other origin`, async ({ page, watch, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    const elsewhere = watch.requests.map((r) => r.url).filter((url) => !url.startsWith(`${origin}/`));
    expect(elsewhere.filter((url) => !/^(data|blob):/.test(url))).toEqual([]);
    expect(watch.requests.length).toBeGreaterThan(1);

    const references = await page.locator(FETCHING).evaluateAll((elements) =>
      elements.flatMap((el) =>
        ['src', 'href', 'srcset', 'poster', 'action']
          .map((name) => el.getAttribute(name))
          .filter((value): value is string => !!value)
          .flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
          .map((value) => `${el.tagName.toLowerCase()} ${new URL(value, document.baseURI).href}`),
      ),
    );
    expect(references.filter((ref) => !/ (data|blob):/.test(ref) && !ref.includes(` ${origin}/`))).toEqual([]);
    expect(await page.locator('iframe, frame, object, embed').count(), 'frames or embedded objects').toBe(0);
  });
}

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
