/**
 * What only the content pages promise: every workflow step has its own link,
 * the rotation figure and the tab comparison read without JavaScript, and the
 * wiki's attachments are named, never linked. Issue 17: the pages say only the
 * wiki's facts, never contradict each other, and spell each word one way.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGES } from './site-pages';

const WORKFLOWS = [
  { path: '/handoff/24x7/', steps: 7 },
  { path: '/handoff/local/', steps: 5 },
];

for (const { path, steps } of WORKFLOWS) {
  test(`${path} has a linkable id and a self-link for each of its ${steps} steps`, async ({ page }) => {
    await page.goto(path);
    const items = page.locator('ol.sl-steps > li');
    await expect(items).toHaveCount(steps);
    for (let n = 1; n <= steps; n++) {
      const item = items.nth(n - 1);
      await expect(item).toHaveId(`step-${n}`);
      await expect(item.getByRole('link', { name: `Link to step ${n}` })).toHaveAttribute('href', `#step-${n}`);
    }
  });
}

test('a lead’s link to one step lands on that step', async ({ page }) => {
  await page.goto('/handoff/24x7/#step-3');
  const step = page.locator('#step-3');
  await expect(step).toContainText('Case Transfer');
  await expect(step).toBeInViewport();
  // Scrolled to the step: its top sits just under the header, not further down the page.
  const box = await step.boundingBox();
  expect(box!.y).toBeGreaterThan(0);
  expect(box!.y).toBeLessThan(200);
  await expect(page.locator('#step-1')).not.toBeInViewport();
});

test('the 7x24 page shows the SMEs and meetings with the review date, and says there is no weekend meeting', async ({
  page,
}) => {
  await page.goto('/handoff/24x7/');
  const smes = page.getByRole('table', { name: /handoff SMEs/ });
  await expect(smes.getByRole('columnheader')).toHaveText([
    'Region',
    'Also called',
    'Handoff SME',
    'Time zone',
    'Business hours (local time)',
  ]);
  await expect(smes).toContainText('Last reviewed');
  await expect(smes.getByRole('row')).toHaveCount(5);
  const meetings = page.getByRole('table', { name: /Handoff meetings/ });
  await expect(meetings).toContainText('Last reviewed');
  await expect(meetings.getByRole('link', { name: /^Join the .+ meeting$/ })).toHaveCount(3);
  await expect(page.getByText('There is no handoff meeting at weekends.').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview shows both workflows of the tabs and the rotation figure with its text', async ({ page }) => {
    await page.goto('/handoff/');
    await expect(page.getByText('7x24 case: handoff to the next region')).toBeVisible();
    await expect(page.getByText('Non-7x24 case: handoff to the local region')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Email the DM mailbox' }).nth(1)).toBeVisible();
    const figure = page.getByRole('img', { name: /follow-the-sun rotation/ });
    await expect(figure).toBeVisible();
    await expect(page.locator('figcaption')).toContainText('→');
  });
});

test('with JavaScript the overview’s tabs switch between the workflows', async ({ page }) => {
  await page.goto('/handoff/');
  await expect(page.getByText('Non-7x24 case: handoff to the local region')).toBeHidden();
  await page.getByRole('tab', { name: 'Non-7x24 case' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Transfer the case back to the queue');
  await expect(page.getByText('7x24 case: handoff to the next region')).toBeHidden();
});

test('the wiki’s attachments are named with where they live, never linked', async ({ page }) => {
  for (const path of ['/fts/', '/fts/support-engineers/', '/fts/assignment-leads/', '/related/']) {
    await page.goto(path);
    await expect(page.locator('a[href*=".attachments"]')).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    await expect(page.locator('.doc-ref').first()).toContainText('Where it lives');
  }
});

/**
 * The page's text as a reader gets it (hidden parts included, and what a <noscript> shows a browser
 * without JavaScript, read as that browser reads it), without the wiki's own words quoted in it.
 */
async function ownText(page: Page): Promise<string> {
  return page.locator('body').evaluate((body) => {
    const clone = body.cloneNode(true) as HTMLElement;
    // With JavaScript a <noscript> holds its markup as text: parse it, so its tags and addresses are not read as words.
    for (const noscript of clone.querySelectorAll('noscript')) {
      const template = document.createElement('template');
      template.innerHTML = noscript.textContent ?? '';
      noscript.replaceWith(template.content);
    }
    clone.querySelectorAll('q, blockquote, code, pre, script, style').forEach((e) => e.remove());
    return (clone.textContent ?? '').replace(/\s+/g, ' ');
  });
}

/** Phrases the review found stated as fact, or contradicting another page (issue 17), per page. */
const REMOVED: Record<string, string[]> = {
  '/': ['three tools'],
  '/tools/handoff-note/': [
    'replaces the team',
    'earlier Handover tool',
    'critical situation (severity A)',
    'digits only. Leave',
  ],
  '/handoff/24x7/': ['earlier Handover tool', 'subject-matter expert', '<Severity: A/B/C>'],
  '/handoff/local/': ['earlier Handover tool', '<Severity: A/B/C>', 'without 24x7 support'],
  '/handoff/start/': [
    'ever since',
    'Since October 2020',
    'within your region',
    'many can wait',
    'Severity A makes the case move',
    'working hours or a language',
  ],
  '/fts/': ['ever since', 'Since October 2020 FTS is required', 'Dated ', 'By Clint Warriner'],
  '/fts/go-live/': ['ever since', 'becomes optional', 'this site reads it as', 'Dated '],
  '/fts/faq/': ['explains how to skip a region', 'explains how:', 'first-line manager', 'out-of-office', 'Dated '],
  '/fts/support-engineers/': ['Dated 8 October 2020', 'first-line manager', 'in use from 8 October'],
  '/fts/assignment-leads/': ['Dated 8 October 2020', 'updated 8 October 2020'],
  '/related/': ['Dated ', 'By Clint Warriner', 'It also explains how to skip a region'],
  '/handoff/note-template/': ['critical situation', 'that is us', 'root-cause analysis', '(the product group)'],
  '/handoff/do-and-dont/': ['(initial response)', 'out-of-office'],
  '/tools/reassign-email/': ['<Severity: A/B/C>', 'leave out the brackets', 'brackets included', 'the region it needs'],
};

// One test for all pages, each a step: a test of its own costs a new browser context (about 0.7 s).
test('no page says a statement the review removed', async ({ page }) => {
  test.setTimeout(120_000);
  for (const [path, phrases] of Object.entries(REMOVED)) {
    await test.step(path, async () => {
      await page.goto(path);
      const text = await ownText(page);
      for (const phrase of phrases) expect.soft(text, `${path}: "${phrase}"`).not.toContain(phrase);
    });
  }
});

test('every page writes handoff, 7x24 and the handoff note one way (the wiki’s own words and names aside)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const path of PAGES.filter((p) => p !== '/glossary/')) {
    await page.goto(path);
    // The team's names, quoted as they are: its Handover tool and its "Hand Over Template".
    const text = (await ownText(page)).replace(/Handover tool/g, '').replace(/“Hand Over Template”/g, '');
    for (const variant of [/hand-?over/i, /hand-off/i, /\bhand over\b/i, /\b24x7\b/, /within your region/]) {
      const match = text.match(new RegExp(`.{0,40}${variant.source}.{0,40}`, variant.flags));
      if (match) found.push(`${path}: …${match[0]}…`);
    }
  }
  expect(found, 'other spellings (see the README’s “Contributing: words”)').toEqual([]);
});

test('the FTS pages quote the wiki where its words are unclear: documents, the go-live and the skip-a-region answer', async ({
  page,
}) => {
  await page.goto('/fts/');
  await expect(page.locator('.doc-ref').filter({ hasText: 'CRMGlobal' })).toContainText(
    'Beside it on the wiki: “Clint Warriner 4/2/2020”.',
  );
  await page.goto('/fts/support-engineers/');
  await expect(page.locator('.doc-ref')).toContainText('“DRAFT DOCUMENT for support engineers starting 10/8/2020”');
  await page.goto('/fts/faq/');
  await expect(page.locator('.sl-markdown-content')).toContainText(
    'See the “Guide for SEs” document above for more information.',
  );
});

test('the go-live page gives the warm-handoff line in the wiki’s words, names both readings and picks neither', async ({
  page,
}) => {
  await page.goto('/fts/go-live/');
  const section = page.locator('.sl-markdown-content');
  await expect(section.locator('blockquote')).toContainText('attending warm hand offs no optional');
  await expect(section).toContainText('“now optional”');
  await expect(section).toContainText('“not optional”');
  await expect(section).toContainText('this site does not pick one');
  await expect(page.getByRole('table', { name: /go-live plan/ })).toContainText('attending warm hand offs no optional');
});

test('the FTS section says what the wiki says and leaves open, and both workflows and the guided page link to it', async ({
  page,
}) => {
  await page.goto('/fts/#where-fts-fits');
  const heading = page.getByRole('heading', { name: 'Where FTS fits' });
  await expect(heading).toBeInViewport();
  const content = page.locator('.sl-markdown-content');
  await expect(content).toContainText('to be updated with FTS');
  await expect(content).toContainText('What it leaves open');
  for (const path of ['/handoff/24x7/', '/handoff/local/', '/handoff/start/']) {
    await page.goto(path);
    await expect(page.locator('.sl-markdown-content a[href="/fts/#where-fts-fits"]').first(), path).toBeVisible();
  }
});

test('the home page never states a number of tools that its cards could contradict', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/the tools that do the fiddly parts/)).toBeVisible();
  const tools = page.locator('section, .sl-markdown-content').getByRole('heading', { name: 'Tools', exact: true });
  await expect(tools).toBeVisible();
  await expect(page.locator('.sl-link-card')).toHaveCount(5);
  expect(await page.locator('main').innerText()).not.toMatch(/\b(two|three|four|five|six|\d+) tools\b/i);
});

test('Do and don’t says the delivered-solution rule once', async ({ page }) => {
  await page.goto('/handoff/do-and-dont/');
  const text = await ownText(page);
  expect(text.match(/solution is delivered/g)).toHaveLength(1);
});

for (const { path, step } of [
  { path: '/handoff/24x7/', step: 6 },
  { path: '/handoff/local/', step: 5 },
]) {
  test(`${path} step ${step} gives the subject pattern once, in the wiki’s notation, and not step 2’s prefix`, async ({
    page,
  }) => {
    await page.goto(path);
    const email = page.locator(`#step-${step}`);
    await expect(email.getByText(/^Big Data DM, please reassign <Prem\/Pro> <Severity> <case number>/)).toHaveCount(1);
    await expect(email).not.toContainText('<Severity: A/B/C>');
    await expect(email).not.toContainText('Need <APAC/IST/EMEA/US> SE');
    await expect(page.locator('#step-2')).toContainText('Need <APAC/IST/EMEA/US> SE');
  });
}

test('no page words the brackets of the patterns two ways', async ({ request }) => {
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('brackets included');
    expect(html, path).not.toContain('leave out the brackets');
  }
});

test('no sentence is split into two paragraphs (a line of an MDX page that starts with a component)', async ({
  request,
}) => {
  // Prettier reads a line that starts with `<Term …/>` as a block of its own and puts blank lines
  // around it, which ends the paragraph mid-sentence: "… Where the" / "FTS tool fits …".
  const split: string[] = [];
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const [, inner = ''] of main.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
      if (inner.trimStart().startsWith('<code')) continue;
      const text = inner
        .replace(/<[^>]+>/g, '')
        .replace(/&[#a-z0-9]+;/gi, ' ')
        .trim();
      if (/\b(the|a|an|to|of|and|or|in|for|with)$/.test(text) || /^[a-z]/.test(text)) {
        split.push(`${path}: “${text.slice(0, 30)}…${text.slice(-30)}”`);
      }
    }
  }
  expect(split).toEqual([]);
});

test('step 4 of the non-7x24 handoff has an instruction of its own', async ({ page }) => {
  await page.goto('/handoff/local/#step-4');
  const own = page.locator('#step-4 > p:not(.step-title)').first();
  await expect(own).toContainText('Transfer the case back to the queue.');
});

test('the template page and the generator’s page both say an unanswered line stays empty', async ({ page }) => {
  await page.goto('/handoff/note-template/');
  await expect(page.locator('.sl-markdown-content')).toContainText('leave a line empty rather than guess');
  await page.goto('/tools/handoff-note/');
  await expect(page.locator('.sl-markdown-content')).toContainText('leave the line empty');
});

test('“local region” is defined once, in the glossary, and the workflows link to it', async ({ page }) => {
  await page.goto('/glossary/#local-region');
  await expect(page.locator('[id="local-region"] dd')).toContainText('title prefix');
  for (const path of ['/handoff/', '/handoff/local/', '/fts/faq/']) {
    await page.goto(path);
    await expect(page.locator('a[href="/glossary/#local-region"]').first(), path).toHaveText('local region');
  }
});

test('the note generator states no rule the wiki does not give about the IcM ID or a critsit', async ({ page }) => {
  await page.goto('/tools/handoff-note/');
  const reason = page.getByLabel('Reason for critsit');
  await reason.scrollIntoViewIfNeeded();
  await expect(reason).toBeEnabled();
  await reason.fill('Production pipelines down');
  await page.getByLabel('IcM ID').fill('ICM-1');
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).not.toContainText('severity A');
  await expect(checks).not.toContainText('not a number');
  await expect(checks).not.toContainText('digits only');
});
