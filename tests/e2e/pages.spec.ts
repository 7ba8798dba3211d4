import type { Page } from '@playwright/test';
import { axe, axeFindings, test, expect, settle, useTheme, VIEWPORTS } from './fixtures';
import { PAGES } from './site-pages';

/** Axe's findings on the page, or for the given rules only. */
const violations = (page: Page, rules?: string[]) => axeFindings(rules ? axe(page).withRules(rules) : axe(page));

/** Switches Starlight's theme the way its theme menu does, without reloading the page. */
async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
  await page.emulateMedia({ colorScheme: theme });
}

/**
 * Every page at a phone's and a laptop's width: axe in full in the light theme, and its contrast rule
 * in the dark theme (a theme changes colours only: the rest of what axe checks is the same page).
 * The page never scrolls sideways, and its tables never leave their column.
 */
for (const path of PAGES) {
  test(`${path}: no accessibility violation at 390 and 1280 px, light and dark, and one outline`, async ({ page }) => {
    test.setTimeout(120_000);
    await useTheme(page, 'light');
    await page.setViewportSize(VIEWPORTS.phone);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const [name, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await settle(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await violations(page), `${name}, light`).toEqual([]);
    }
    // One outline: one <h1>, and no heading said twice (the tools' own headings included, once drawn).
    const headings = await page
      .locator('main :is(h1, h2, h3, h4, h5, h6)')
      .evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent!.trim()}`));
    expect(headings.filter((h) => h.startsWith('H1 '))).toHaveLength(1);
    const texts = headings.map((h) => h.slice(3));
    expect(
      texts.filter((t, i) => texts.indexOf(t) !== i),
      `${path} repeats a heading`,
    ).toEqual([]);

    await switchTheme(page, 'dark');
    for (const [name, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await settle(page);
      expect(await violations(page, ['color-contrast']), `${name}, dark`).toEqual([]);
    }
  });
}

test('every page has its own description', async ({ request }) => {
  const seen = new Map<string, string>();
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description.length, `${path} has no description`).toBeGreaterThan(30);
    expect(seen.get(description), `${path} repeats the description of ${seen.get(description)}`).toBeUndefined();
    seen.set(description, path);
  }
});

test('the home page names the site once in its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Follow-the-Sun Handoff Guide');
  await page.goto('/handoff/');
  await expect(page).toHaveTitle(/^.+ \| Follow-the-Sun Handoff Guide$/);
});

test('the phone header shows the title whole, in its short form', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/handoff/');
    const title = page.locator('header .site-title');
    await expect(title).toHaveAccessibleName('FTS Handoff Guide');
    // Whole: the visible text is not clipped by its box.
    const clipped = await title.evaluate((a) =>
      [...a.querySelectorAll('span')].some((s) => s.offsetWidth > 0 && s.scrollWidth > s.clientWidth),
    );
    expect(clipped, `${width} px: the title is cut off`).toBe(false);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await expect(page.locator('header .site-title')).toHaveAccessibleName('Follow-the-Sun Handoff Guide');
});

test('a tool’s sections are listed in “On this page” wherever they are sections of the page', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/tools/regions/');
  await settle(page);
  const toc = page.locator('starlight-toc nav');
  for (const name of ['Now', 'Your next handoff', 'The day at a glance']) {
    const link = toc.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    const target = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${target}"]`), `${name} links to its heading`).toHaveRole('heading');
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
  // One test for all pages, each a step: a test of its own costs a new browser context (about 0.7 s).
  test('every page still shows its content', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of PAGES) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        const text = await page.locator('main').innerText();
        expect(text.length, `${path}: its text`).toBeGreaterThan(300);
      });
    }
  });
});

test('section addresses shared before the headings were renamed still land on their section', async ({ page }) => {
  for (const [path, id, heading] of [
    ['/handoff/24x7/', 'handover-smes', 'Handoff SMEs'],
    ['/handoff/24x7/', 'handover-meetings', 'Handoff meetings'],
    ['/handoff/local/', 'how-this-differs-from-the-7x24-handover', 'How this differs from the 7x24 handoff'],
    ['/tools/regions/', '2-find-the-handover-smes', '2. Find the handoff SMEs'],
    ['/fts/faq/', 'who-is-the-handover-sme-for-my-region', 'Who is the handoff SME for my region?'],
    ['/maintain/', 'a-new-handover-sme', 'A new handoff SME'],
  ] as const) {
    await page.goto(`${path}#${id}`);
    const anchor = page.locator(`[id="${id}"]`);
    await expect(anchor).toHaveCount(1);
    // The former address is right before the renamed heading.
    const next = await anchor.evaluate((el) => el.nextElementSibling?.textContent?.trim() ?? '');
    expect(next, `${path}#${id}`).toContain(heading);
  }
});
