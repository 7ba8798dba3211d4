/**
 * Search finds what a person means (issue 11): the right page first for the words the team uses,
 * and excerpts that read as text (a space where a table cell or a heading ends).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Opens search as a person does and types `query`; returns the dialog once results show. */
async function search(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('textbox', { name: 'Search' });
  await expect(box).toBeEditable();
  await box.fill(query);
  // Pagefind loads its index and WebAssembly on first use: wait for what it shows, not for a time.
  await expect(dialog.getByText(/\d+ results? for/)).toBeVisible({ timeout: 20_000 });
  return dialog;
}

for (const [query, expected, why] of [
  ['SME', ['/handoff/24x7/', '/tools/regions/'], 'the pages with the SME table'],
  ['weekend', ['/handoff/24x7/', '/tools/regions/', '/fts/faq/'], 'the weekend and meeting guidance'],
  ['reassign', ['/handoff/24x7/', '/handoff/local/', '/tools/reassign-email/'], 'the reassignment step or tool'],
  ['critsit', ['/handoff/note-template/', '/tools/handoff-note/'], 'the note template'],
] as const) {
  test(`"${query}" gives ${why} first`, async ({ page }) => {
    const dialog = await search(page, query);
    const first = dialog.locator('.pagefind-ui__result-link').first();
    const path = new URL((await first.getAttribute('href'))!, page.url()).pathname;
    expect(expected as readonly string[]).toContain(path);
  });
}

test('excerpts keep a space where a table cell or a heading ends', async ({ page }) => {
  const dialog = await search(page, 'time zone');
  const excerpts = dialog.locator('.pagefind-ui__result-excerpt');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allInnerTexts();
  expect(texts.join('\n')).not.toMatch(/zoneBusiness|SMEsRegion|zone[A-Z]/);
});
