/**
 * The budgets every page of the BUILT site holds (issue 7), page by page as listed in `dist/`:
 * - the JavaScript it loads before the visitor does anything, gzipped: at most 8 KB, or 35 KB on a
 *   page with tools (an `astro-island`);
 * - a strict Content Security Policy that the page, its islands and its search run under without a
 *   single violation (the shared fixture fails any test on a violation);
 * - no layout shift while it loads (what Lighthouse calls CLS), here on a desktop screen, where
 *   Lighthouse's phone does not look;
 * - zero egress: no request elsewhere (the fixture), and nothing in the page that could make one.
 */
import type { Page, Response } from '@playwright/test';
import { test, expect, layoutShift } from './fixtures';
import { PAGES } from './site-pages';
import { builtPages, gzipSize, jsBudget, kb } from '../audit/built-site.mjs';
import { foreignReferences } from './references';
import { firstPaintAndContentEnd } from './main-thread';

const pages = builtPages();

test('the build holds every page the site promises', () => {
  expect(pages).toEqual(expect.arrayContaining([...PAGES]));
});

/** Scripts that run: inline data blocks (JSON) are not code. */
const INLINE_CODE = 'script:not([src]):not([type="application/json"]):not([type="application/ld+json"])';

interface ScriptWeight {
  /** Where the script came from (`inline` for the page's own `<script>` elements, together). */
  source: string;
  /** Its size gzipped, in bytes. */
  gzip: number;
}

/** Loads a page, lets it settle without touching it, and weighs every script it ran. */
async function weighScripts(page: Page, path: string): Promise<ScriptWeight[]> {
  const weights: Promise<ScriptWeight>[] = [];
  const weigh = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const source = new URL(response.url()).pathname;
    weights.push(response.body().then((body) => ({ source, gzip: gzipSize(body) })));
  };
  page.on('response', weigh);
  await page.goto(path, { waitUntil: 'networkidle' });
  // Only what the page loads by itself: a script fetched later, when the test uses a tool, is not
  // weighed (its body could still be on its way when the test ends).
  page.off('response', weigh);
  const inline = await page.locator(INLINE_CODE).evaluateAll((scripts) => scripts.map((s) => s.textContent).join('\n'));
  return [...(await Promise.all(weights)), { source: 'inline', gzip: gzipSize(inline) }];
}

/** Directives and sources a strict policy must (not) have. */
function checkPolicy(content: string): string[] {
  const policy = new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
  const problems: string[] = [];
  const expectSources = (name: string, sources: string[]) => {
    if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources)) {
      problems.push(`${name} should be ${sources.join(' ')}, is ${policy.get(name)?.join(' ')}`);
    }
  };
  expectSources('default-src', ["'self'"]);
  expectSources('connect-src', ["'self'"]);
  expectSources('worker-src', ["'self'"]);
  expectSources('object-src', ["'none'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) {
      const keyword = /^'(self|none|wasm-unsafe-eval|unsafe-hashes|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(source);
      // data: only where Starlight's and Pagefind's CSS draw icons from it.
      if (!keyword && !(name === 'img-src' && source === 'data:')) problems.push(`${name} allows ${source}`);
      if (source === "'wasm-unsafe-eval'" && name !== 'script-src') problems.push(`${name} allows ${source}`);
      if (source === "'unsafe-hashes'" && name !== 'style-src-attr') problems.push(`${name} allows ${source}`);
    }
  }
  if (!policy.get('script-src')?.includes("'self'")) problems.push('script-src lacks its own origin');
  return problems;
}

for (const path of pages) {
  test(`${path} stays within its JavaScript budget and runs under a strict CSP`, async ({ page, watch }) => {
    const scripts = await weighScripts(page, path);
    const hasTools = (await page.locator('astro-island').count()) > 0;
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    const budget = jsBudget(hasTools);
    const detail = scripts.map((s) => `${s.source} ${s.gzip} B`).join(', ');
    const figure = `${path}: ${kb(total)} of ${kb(budget)} (${hasTools ? 'tool page' : 'page'}): ${detail}`;
    test.info().annotations.push({ type: 'JavaScript (gzip)', description: figure });
    console.log(figure);
    expect(total, figure).toBeLessThanOrEqual(budget);
    expect(await layoutShift(page), 'layout shift while loading').toBeLessThan(0.05);

    // The policy is the first thing in <head> after the charset, so it covers every script.
    const head = await page
      .locator('head > meta')
      .evaluateAll((metas) =>
        metas
          .slice(0, 2)
          .map((m) => [m.getAttribute('charset'), m.getAttribute('http-equiv'), m.getAttribute('content')]),
      );
    expect(head[0]?.[0]).toBe('utf-8');
    expect(head[1]?.[1]?.toLowerCase()).toBe('content-security-policy');
    expect(checkPolicy(head[1]?.[2] ?? '')).toEqual([]);

    await hydrateAndUseIslands(page);
    expect(watch.cspViolations).toEqual([]);

    // Zero egress (the fixture fails on any request elsewhere): nothing in the page could fetch from
    // another origin later either, once scrolled to its end.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(watch.requests.length).toBeGreaterThan(1);
    expect(await foreignReferences(page, new URL(page.url()).origin)).toEqual([]);
  });
}

// A page that paints its first screenful and then goes on parsing is styled and laid out again for
// each chunk, on a slow phone a row of long tasks (Lighthouse's blocking time on the tool pages, which
// fell under 95 on a slow CI machine). The head holds the paint until the end of the content is parsed.
test('a page is painted once its content is parsed, not chunk by chunk', async ({ page }) => {
  for (const path of ['/tools/reassign-email/', '/handoff/24x7/', '/fts/faq/']) {
    const { paint, contentEnd } = await firstPaintAndContentEnd(page, path);
    expect(
      paint,
      `${path}: first paint at ${paint} ms, the end of the content parsed at ${contentEnd} ms`,
    ).toBeGreaterThanOrEqual(contentEnd);
  }
});

test.describe('Content Security Policy', () => {
  test('the not-found page runs under the same policy', async ({ page, watch }) => {
    // The fixture counts the 404 response's console message as an error; this one is expected.
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(checkPolicy(content ?? '')).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    watch.errors = watch.errors.filter((e) => !/404 \(Not Found\)/.test(e));
  });

  test('search loads and answers under the policy', async ({ page, watch }) => {
    const path = pages.find((p) => p !== '/') ?? '/';
    await page.goto(path);
    const term = await searchTermFor(page);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill(term);
    // Pagefind loads its index and WebAssembly on first use: wait for what it shows, not for a time.
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
    expect(watch.cspViolations).toEqual([]);
  });
});

/** A word of the page's title that the site's search index certainly holds. */
async function searchTermFor(page: Page): Promise<string> {
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  return words.sort((a, b) => b.length - a.length)[0] ?? title;
}

/**
 * Waits until every island on the page has hydrated (Astro removes its `ssr` attribute then), then
 * uses each of its fields the way a visitor would: types in text fields, picks another option, ticks
 * boxes. Whatever the islands do in response runs under the policy the fixture is watching.
 */
async function hydrateAndUseIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island:not([client="media"]):not([client="only"])');
  for (const island of await islands.all()) {
    // A visitor opens a folded section to use the tool inside it; `client:visible` waits for that.
    await island.evaluate((el) => {
      for (let details = el.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
        details.open = true;
      }
    });
    // An island is `display: contents`, without a box of its own: its first element is what shows.
    await island.locator(':scope > *').first().scrollIntoViewIfNeeded();
    await expect(island, 'the island hydrates').not.toHaveAttribute('ssr', { timeout: 10_000 });
  }
  const fields = page.locator('astro-island').locator('input, textarea, select');
  for (const field of await fields.all()) {
    if (!(await field.isVisible()) || !(await field.isEnabled())) continue;
    const kind = await field.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
    if (kind === 'checkbox' || kind === 'radio') await field.click();
    else if (kind === 'select') {
      const values = await field
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      if (values.length > 1) await field.selectOption(values[values.length - 1]!);
    } else if (['text', 'search', 'textarea', 'email', 'url', 'tel', ''].includes(kind) && (await field.isEditable())) {
      // One input event with the whole text: what runs in response runs all the same, without a
      // round trip to the browser for every key (the note page has a score of fields).
      await field.fill('12345 A');
    }
  }
}
