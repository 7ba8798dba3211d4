/**
 * Printing (issue 7): a docs page prints as a clean handout, the page's content without the site
 * around it, and every link to another site or a mailbox shows its address after its text.
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

for (const path of builtPages()) {
  test(`${path} prints without the site's chrome`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const [name, selector] of Object.entries(CHROME)) {
      for (const element of await page.locator(selector).all()) {
        await expect(element, `the ${name} is hidden in print`).toBeHidden();
      }
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main .sl-markdown-content')).toBeVisible();

    // Links of the page itself: to other sites and mailboxes they carry their address, inside it not.
    const external = 'main .sl-markdown-content a:is([href^="http:"], [href^="https:"], [href^="mailto:"])';
    const hrefs = await page.locator(external).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(await printedAfter(page, external)).toEqual(hrefs.map((href) => `" (${href})"`));
    const internal = 'main .sl-markdown-content a[href^="/"], main .sl-markdown-content a[href^="#"]';
    for (const content of await printedAfter(page, internal)) expect(content).not.toContain('(');
  });
}

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
