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

test.describe('Starlight’s search, its interface loaded on demand', () => {
  /** The search interface's code (Pagefind UI, about 26 KB): never fetched with the page. */
  const interfaceRequested = (urls: string[]) => urls.some((url) => /\/_astro\/ui-core\.[\w-]+\.js$/.test(url));

  test('the interface loads when someone is about to search, not with the page', async ({ page, watch }) => {
    await page.goto('/handoff/');
    await page.waitForLoadState('networkidle');
    expect(interfaceRequested(watch.requests.map((r) => r.url))).toBe(false);
    await page.getByRole('button', { name: /^Search/ }).hover();
    await expect.poll(() => interfaceRequested(watch.requests.map((r) => r.url))).toBe(true);
  });

  test('“/” opens search, and what is typed before the box is there is searched', async ({ page }) => {
    await page.goto('/handoff/');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('weekend');
    const box = dialog.getByRole('textbox', { name: 'Search' });
    await expect(box).toHaveValue('weekend');
    await expect(box).toBeFocused();
    await expect(dialog.getByText(/\d+ results? for/)).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('“/” typed in a field is text, not the search shortcut', async ({ page }) => {
    await page.goto('/tools/reassign-email/');
    const field = page.getByLabel('Product skill').first();
    await field.scrollIntoViewIfNeeded();
    await expect(field).toBeEditable();
    await field.pressSequentially('ADF/Synapse');
    await expect(field).toHaveValue('ADF/Synapse');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the search button is named with the shortcut it shows', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const button = page.locator('site-search button[data-open-modal]');
    await expect(button).toBeEnabled();
    await expect(button).toHaveAccessibleName('Search Ctrl K');
    await expect(button).toHaveText('Search Ctrl K');
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
