import AxeBuilder from '@axe-core/playwright';
import { test, expect, useTheme } from './fixtures';
import { PAGES } from './site-pages';

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const path of PAGES) {
      test(`${path} renders with a description and no accessibility violation`, async ({ page }) => {
        await useTheme(page, theme);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description?.length ?? 0).toBeGreaterThan(30);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
      });
    }
  });
}

test('every page has its own description', async ({ page }) => {
  // One visit per page (the glossary made them 18): more than 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const seen = new Map<string, string>();
  for (const path of PAGES) {
    await page.goto(path);
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
    expect(seen.get(description), `${path} repeats the description of ${seen.get(description)}`).toBeUndefined();
    seen.set(description, path);
  }
});

test('the sidebar reaches every page', async ({ page }) => {
  await page.goto('/handoff/');
  const hrefs = await page
    .locator('nav[aria-label="Main"] a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(new Set(hrefs)).toEqual(new Set(PAGES));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of PAGES) {
    test(`${path} still shows its content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(300);
    });
  }
});

test.describe('search', () => {
  for (const [query, expected] of [
    // The FAQ has a question on each of these, so it is a right answer too.
    ['SME', ['/handoff/24x7/', '/tools/regions/', '/fts/faq/']],
    ['weekend', ['/handoff/24x7/', '/tools/regions/', '/fts/faq/']],
    ['reassign', ['/tools/reassign-email/', '/handoff/24x7/', '/handoff/local/', '/fts/faq/']],
    ['critsit', ['/handoff/note-template/', '/tools/handoff-note/', '/fts/faq/']],
  ] as const) {
    test(`"${query}" finds the right page first`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
      const first = dialog.locator('.pagefind-ui__result-link').first();
      await expect(first).toBeVisible({ timeout: 15_000 });
      const path = new URL((await first.getAttribute('href'))!, page.url()).pathname;
      expect(expected as readonly string[]).toContain(path);
    });
  }
});
