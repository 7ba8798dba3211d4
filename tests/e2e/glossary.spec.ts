/**
 * The glossary (issue 17): every process word has an entry with a stable
 * anchor, its meaning (marked when the wiki does not give it) and where the
 * wiki uses it; every page links each word the first time its text uses it;
 * and every value the data file marks `assumed` says so wherever it is shown.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { PAGES } from './site-pages';
import { parseOrgYaml } from '../../src/lib/org-data';

const org = parseOrgYaml(readFileSync('src/content/org.yaml', 'utf-8'), 'src/content/org.yaml');
const TERMS = org.glossary.map(({ id, forms }) => ({ id, forms }));

test('the glossary has an entry with its anchor, meaning and wiki uses for every term, assumed ones marked', async ({
  page,
}) => {
  await page.goto('/glossary/');
  for (const entry of org.glossary) {
    const item = page.locator(`[id="${entry.id}"]`);
    await expect(item, entry.id).toHaveCount(1);
    await expect(item.locator('dt')).toContainText(entry.term);
    await expect(item.locator('dd')).toContainText(entry.meaning);
    const mark = item.getByText('(assumed)');
    if (entry.assumed) {
      await expect(mark, `${entry.id} is assumed`).toBeVisible();
      await expect(item).toContainText('the team’s wiki does not give this meaning');
    } else {
      await expect(mark, `${entry.id} is not assumed`).toHaveCount(0);
    }
    for (const use of entry.uses) await expect(item.locator('q').filter({ hasText: use.quote })).toHaveCount(1);
  }
});

test('a link to a glossary entry lands on it', async ({ page }) => {
  await page.goto('/glossary/#sme');
  await expect(page.locator('[id="sme"]')).toBeInViewport();
});

/**
 * For each term, the first use in the page's running text (not in a heading, a
 * step title, a code block, a card, an aside's title, a tool or another link),
 * and whether it sits in a link to the term's own entry.
 */
async function firstUses(page: import('@playwright/test').Page) {
  return page.evaluate((terms) => {
    const SKIP =
      'h1, h2, h3, h4, h5, h6, pre, code, svg, noscript, astro-island, .sl-link-card, .step-title, .starlight-aside__title, .expressive-code';
    const root = document.querySelector('.sl-markdown-content');
    if (!root) return [];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(SKIP)) continue;
      const link = parent.closest('a');
      if (link && !link.getAttribute('href')?.includes('/glossary/#')) continue;
      texts.push(node as Text);
    }
    return terms.flatMap(({ id, forms }) => {
      const sorted = [...forms].sort((a, b) => b.length - a.length).map(escape);
      const pattern = new RegExp(`(?<![A-Za-z0-9-])(?:${sorted.join('|')})(?![A-Za-z0-9-])`);
      const hit = texts.find((t) => pattern.test(t.data));
      if (!hit) return [];
      const href = hit.parentElement!.closest('a')?.getAttribute('href') ?? '';
      return [{ id, text: hit.data.trim().slice(0, 80), linked: href.endsWith(`/glossary/#${id}`) }];
    });
  }, TERMS);
}

// One test for all pages, each a step: a test of its own costs a new browser context (about 0.7 s).
test('every page links every glossary term to its entry at its first use', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of PAGES.filter((p) => p !== '/glossary/')) {
    await test.step(path, async () => {
      await page.goto(path);
      const uses = await firstUses(page);
      expect
        .soft(
          uses.filter((u) => !u.linked).map((u) => `${u.id}: first used, unlinked, in "${u.text}"`),
          `${path}: terms whose first use is not a link to the glossary`,
        )
        .toEqual([]);
    });
  }
});

test('every glossary link on the site lands on an entry', async ({ request }) => {
  const ids = new Set(org.glossary.map((e) => e.id));
  let links = 0;
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const [, id = ''] of main.matchAll(/href="[^"]*\/glossary\/#([^"]*)"/g)) {
      links++;
      expect(ids.has(id), `${path}: /glossary/#${id}`).toBe(true);
    }
  }
  // The pages link their first use of each term: if none were found, this test would prove nothing.
  expect(links).toBeGreaterThan(20);
});

test.describe('every assumed value in the data is marked where it is shown', () => {
  test('business hours and meeting times, in the SME and meeting tables', async ({ page }) => {
    for (const path of ['/handoff/24x7/', '/tools/regions/']) {
      await page.goto(path);
      const smes = page.getByRole('table', { name: /handoff SMEs/ });
      for (const region of org.regions) {
        const row = smes
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${region.id} `) }) });
        if (region.hours.assumed) await expect(row, `${path} ${region.id}`).toContainText('(assumed)');
        else await expect(row).not.toContainText('(assumed)');
      }
      const meetings = page.getByRole('table', { name: /Handoff meetings/ });
      for (const meeting of org.meetings) {
        const row = meetings.locator(`[id="meeting-${meeting.id}"]`);
        if (meeting.assumed) await expect(row, `${path} ${meeting.id}`).toContainText('(assumed)');
        else await expect(row).not.toContainText('(assumed)');
      }
      if (org.regions.some((r) => r.hours.assumed))
        await expect(page.getByText('Assumed business hours').first()).toBeVisible();
      if (org.meetings.some((m) => m.assumed))
        await expect(page.getByText('Assumed meeting times').first()).toBeVisible();
    }
  });

  test('severity C and the product skills, where the subject is explained', async ({ page }) => {
    await page.goto('/tools/reassign-email/');
    const explained = page.locator('.sl-markdown-content li').filter({ hasText: '<Severity>:' });
    for (const severity of org.severities) {
      if (org.assumedSeverities.includes(severity)) await expect(explained).toContainText(`${severity} (assumed)`);
      else await expect(explained).not.toContainText(`${severity} (assumed)`);
    }
    if (org.assumedSeverities.length) await expect(page.getByText('Assumed severities').first()).toBeVisible();
    if (org.productSkills.assumed) await expect(page.getByText('Assumed product skills').first()).toBeVisible();
  });

  test('severity C, in the severity choice of every tool that offers it', async ({ page }) => {
    for (const path of ['/tools/handoff-note/', '/tools/reassign-email/']) {
      await page.goto(path);
      const severity = page.getByRole('combobox', { name: 'Severity' }).first();
      await severity.scrollIntoViewIfNeeded();
      await expect(severity).toBeEnabled();
      const labels = org.severities.map((s) => (org.assumedSeverities.includes(s) ? `${s} (assumed)` : s));
      await expect(severity.locator('option:not([value=""])'), path).toHaveText(labels);
    }
  });
});
