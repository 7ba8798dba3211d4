/**
 * Printing (issue 7): a docs page prints as a clean handout, the page's content without the site
 * around it, and every link shows its address after its text: to another site or a mailbox as
 * written, to another page of the guide with the site's address in front (when the build knows it).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtPages } from '../audit/built-site.mjs';

/** The parts of the screen layout a printed page must not show. */
const CHROME = {
  'header bar': '.page > header',
  sidebar: 'nav.sidebar',
  search: 'site-search',
  'theme switch': 'starlight-theme-select',
  'table of contents': 'starlight-toc, mobile-starlight-toc',
  pagination: '.pagination-links',
  'skip link': '.sl-skip-link',
};

/** What `::after` adds to a link when printed ('none' when nothing). */
const printedAfter = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));

// One test for all pages, each a step: a test of its own costs a new browser context (about 0.7 s).
test('every page prints without the site’s chrome', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of builtPages()) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const [name, selector] of Object.entries(CHROME)) {
        for (const element of await page.locator(selector).all()) {
          await expect(element, `${path}: the ${name} is hidden in print`).toBeHidden();
        }
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('main .sl-markdown-content')).toBeVisible();

      // Links of the page itself carry their address; links within the page do not. This build has no
      // SITE_URL, so a link to another page of the guide shows its path.
      const links = 'main .sl-markdown-content a:is([href^="http:"], [href^="https:"], [href^="mailto:"], [href^="/"])';
      const hrefs = await page.locator(links).evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(await printedAfter(page, links)).toEqual(hrefs.map((href) => `" (${href})"`));
      for (const content of await printedAfter(page, 'main .sl-markdown-content a[href^="#"]')) {
        expect(content).not.toContain('(');
      }
    });
  }
});

test('a link to another site shows its address when printed, not on screen', async ({ page }) => {
  await page.goto(builtPages()[0]!);
  await page.locator('main .sl-markdown-content').evaluate((content) => {
    const link = Object.assign(document.createElement('a'), {
      href: 'https://example.org/guide',
      textContent: 'Guide',
    });
    link.id = 'print-probe';
    content.append(link);
  });
  expect(await printedAfter(page, '#print-probe')).toEqual(['none']);
  await page.emulateMedia({ media: 'print' });
  expect(await printedAfter(page, '#print-probe')).toEqual(['" (https://example.org/guide)"']);
});

test('a link to another page of the guide shows the site’s address and the path when the build knows the site', async ({
  page,
}) => {
  await page.goto('/handoff/24x7/');
  await page.emulateMedia({ media: 'print' });
  const link = 'main .sl-markdown-content a[href="/tools/regions/"]';
  expect(await printedAfter(page, link)).toContain('" (/tools/regions/)"');
  // What a build with SITE_URL=https://support.example.com puts in every page's head (tests/build).
  await page.evaluate(() => document.documentElement.style.setProperty('--fts-site', '"https://support.example.com"'));
  expect(await printedAfter(page, link)).toContain('" (https://support.example.com/tools/regions/)"');
});
