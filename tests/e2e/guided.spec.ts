/**
 * The guided "Hand off a case" page in Chromium, keyboard only: every path of
 * "Should this case move?", both workflows' checklists with the tools in
 * their steps, progress across a reload, "Start another case" with undo,
 * training links, and axe in both themes; without JavaScript, the decision as
 * a table and both workflows' steps, with no control that would do nothing.
 * The fixture fails any test that makes a request to another origin or logs
 * an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axe, test, expect, useTheme, VIEWPORTS } from './fixtures';
import { tabTo } from './keyboard';
import { DIST } from '../audit/built-site.mjs';
import { parseOrgYaml } from '../../src/lib/org-data';

const PATH = '/handoff/start/';

const Q = {
  is24x7: 'Is the case 7x24?',
  delivered: /solution delivered/,
  otherRegion: /another region/,
  leave: /own leave/,
  nextShift: /next shift/,
  impact: /business impact/,
} as const;

type Path = [string | RegExp, string][];

const NEXT_REGION: Path = [
  [Q.is24x7, 'Yes'],
  [Q.delivered, 'No'],
  [Q.otherRegion, 'No'],
  [Q.leave, 'No'],
  [Q.nextShift, 'Yes'],
  [Q.impact, 'Yes'],
];
const LOCAL: Path = [
  [Q.is24x7, 'No'],
  [Q.delivered, 'No'],
  [Q.otherRegion, 'No'],
  [Q.leave, 'No'],
];

// Walking a long page with Tab is slow on a shared machine.
test.describe.configure({ timeout: 150_000 });

/** Answers one question with the keyboard: Tab into its group, then Space and arrows. */
async function answer(page: Page, question: string | RegExp, choice: string): Promise<void> {
  const group = page.getByRole('group', { name: question });
  const radios = group.getByRole('radio');
  const wanted = group.getByRole('radio', { name: choice, exact: true });
  // An unanswered group takes the focus on its first choice; an answered one on its checked choice.
  const checked = group.locator('input:checked');
  await tabTo(page, (await checked.count()) ? checked : radios.first());
  if (!(await checked.count())) await page.keyboard.press('Space');
  for (let i = 0; i < 3 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeChecked();
}

async function walk(page: Page, path: Path): Promise<void> {
  for (const [question, choice] of path) await answer(page, question, choice);
}

/** Ticks a step by its label with the keyboard. */
async function tick(page: Page, step: string | RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name: step });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

const stepBoxes = (page: Page) => page.locator('.guided-step-head').getByRole('checkbox');
const outcome = (page: Page) => page.locator('.guided-outcome');

test.describe('walking the page with the keyboard', () => {
  test('7x24 case to the next region: seven steps, each doing its work in place', async ({ page, watch, baseURL }) => {
    await page.goto(PATH, { waitUntil: 'networkidle' });
    const loaded = watch.requests.length;
    await expect(outcome(page)).toContainText('Answer the questions');
    await walk(page, NEXT_REGION);
    await expect(
      page.getByRole('heading', { name: 'Hand the case off to the next region (7x24 workflow)' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Do, item 4' })).toHaveAttribute('href', '/handoff/do-and-dont/');
    await expect(stepBoxes(page)).toHaveCount(7);
    await expect(page.getByRole('link', { name: 'Step 4 explained' })).toHaveAttribute('href', '/handoff/24x7/#step-4');

    // Case details entered once reach every tool on the page.
    const caseNumber = page.getByLabel('Case number').first();
    await tabTo(page, caseNumber);
    await page.keyboard.type('2311010040001234');
    await tabTo(page, page.getByLabel('Target region').first());
    await page.keyboard.press('ArrowDown'); // APAC, the first region
    await page.keyboard.press('ArrowDown'); // then IST
    const titleStep = page.locator('li', { has: page.getByRole('checkbox', { name: /region prefix/ }) });
    await expect(titleStep.getByText('Need IST SE', { exact: true })).toBeVisible();

    // Step 1: the note generator, sharing the page's case details (it has no fields of its own for them):
    // the note is the team's template, and starts with the details when asked to.
    await expect(page.locator('.handoff-note').getByLabel('Case number')).toHaveCount(0);
    const summary = page.getByLabel('Summary (What’s the progress so far)');
    await tabTo(page, summary);
    await page.keyboard.type('Copy activity fails on the self-hosted IR; logs collected.');
    const plain = page.getByLabel('The note as plain text');
    await expect(plain).toContainText('Copy activity fails on the self-hosted IR; logs collected.');
    await expect(plain).not.toContainText('2311010040001234');
    const withDetails = page.getByRole('checkbox', { name: 'Start the note with the case details' });
    await tabTo(page, withDetails);
    await page.keyboard.press('Space');
    await expect(plain).toContainText('Case number: 2311010040001234');

    // Step 3: the Case Transfer channel and the FTS tool, from the data.
    await expect(page.getByRole('link', { name: 'Case Transfer channel (Teams)', exact: true })).toHaveAttribute(
      'href',
      /^https:\/\/teams\.microsoft\.com\/l\/channel\//,
    );
    await expect(page.getByRole('link', { name: 'FTS tool (CRMGlobal)' })).toBeVisible();
    // Step 4: the region lookup's compact form (who, when in your time, the link).
    const meetingStep = page.locator('li', { has: page.getByRole('checkbox', { name: /Align the transfer/ }) });
    // Read as a person reads it: scrolled to (the lookup starts as it nears the screen).
    await meetingStep.scrollIntoViewIfNeeded();
    // The step is small: the meeting is titled one level below the workflow's heading, not as a page section.
    await expect(meetingStep.getByRole('heading', { name: /handoff meeting/, level: 3 })).toBeVisible();
    await expect(meetingStep.getByRole('heading', { level: 2 })).toHaveCount(0);
    // Step 6: the reassignment builder sees the same case number.
    const emailStep = page.locator('li', { has: page.getByRole('checkbox', { name: /Email the DM mailbox/ }) });
    await emailStep.scrollIntoViewIfNeeded();
    await expect(emailStep.getByLabel('Case number')).toHaveValue('2311010040001234');
    // One case-title field on the page: the title step's; the email builder in its step has none.
    await expect(emailStep.getByRole('button', { name: 'Copy mailbox address' })).toBeVisible();
    await expect(page.getByLabel('Current internal title of the case (optional)')).toHaveCount(1);

    for (const step of [
      /Log your handoff note/,
      /region prefix/,
      /new entry for the case transfer/,
      /Align the transfer/,
      /transfer the case back to the queue/,
      /Email the DM mailbox/,
      /brief the colleague/,
    ]) {
      await tick(page, step);
    }
    await expect(page.getByText('All 7 steps done: the handoff is complete.')).toBeVisible();

    // After loading, the page only fetched files of the site (each tool's code as its step first
    // showed; pages Starlight prefetches when a link gets the focus) and sent nothing: plain GETs of
    // files in the build, without a query.
    const origin = new URL(baseURL!).origin;
    const later = watch.requests.slice(loaded);
    expect(later.some((r) => /\/_astro\/.+\.js$/.test(r.url))).toBe(true);
    const sent = later.filter((r) => {
      const url = new URL(r.url);
      const file = join(DIST, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
      return r.method !== 'GET' || url.origin !== origin || url.search !== '' || !existsSync(file);
    });
    expect(sent).toEqual([]);
  });

  test('non-7x24 case within the region: five steps, no meeting and no briefing', async ({ page }) => {
    await page.goto(PATH);
    await walk(page, LOCAL);
    await expect(
      page.getByRole('heading', { name: 'Hand the case off to the local region (non-7x24 workflow)' }),
    ).toBeVisible();
    await expect(stepBoxes(page)).toHaveCount(5);
    await expect(page.getByRole('checkbox', { name: /Align the transfer/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your next handoff' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Step 5 explained' })).toHaveAttribute(
      'href',
      '/handoff/local/#step-5',
    );
    for (const step of [
      /Log your handoff note/,
      /region prefix/,
      /new entry for the case transfer/,
      /Transfer the case back to the queue/,
      /Email the DM mailbox/,
    ]) {
      await tick(page, step);
    }
    await expect(page.getByText('All 5 steps done: the handoff is complete.')).toBeVisible();
  });

  test('the customer prefers another region: back to the queue now', async ({ page }) => {
    await page.goto(PATH);
    await walk(page, [
      [Q.is24x7, 'No'],
      [Q.delivered, 'No'],
      [Q.otherRegion, 'Yes'],
    ]);
    await expect(outcome(page)).toContainText('Send the case back to the queue now');
    await expect(page.getByRole('link', { name: 'Do, item 6' })).toBeVisible();
    await expect(stepBoxes(page)).toHaveCount(5);
    await expect(page.getByText(/Do it now, at the earliest stage/)).toBeVisible();
  });

  for (const [name, path, title, rule] of [
    [
      'the solution is delivered',
      [
        [Q.is24x7, 'Yes'],
        [Q.delivered, 'Yes'],
      ],
      'Keep the case',
      'Don’t, item 2',
    ],
    ['only your own leave', [...LOCAL.slice(0, 3), [Q.leave, 'Yes']], 'Keep the case', 'Don’t, item 1'],
    [
      'the customer does not need the next shift',
      [...NEXT_REGION.slice(0, 4), [Q.nextShift, 'No']],
      'Lower the severity or unselect 7x24, and keep the case',
      'Do, item 4',
    ],
    [
      'no real business impact behind severity A',
      [...NEXT_REGION.slice(0, 5), [Q.impact, 'No']],
      'Lower the severity or unselect 7x24, and keep the case',
      'Do, item 5',
    ],
  ] as [string, Path, string, string][]) {
    test(`keep the case: ${name}`, async ({ page }) => {
      await page.goto(PATH);
      await walk(page, path);
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      await expect(page.getByRole('link', { name: rule })).toBeVisible();
      await expect(stepBoxes(page)).toHaveCount(0);
      // The rule's page is one key away.
      await tabTo(page, page.getByRole('link', { name: rule }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/handoff\/do-and-dont\/$/);
    });
  }
});

test('progress survives a reload, and "Start another case" clears it with undo', async ({ page }) => {
  await page.goto(PATH);
  await walk(page, LOCAL);
  const summary = page.getByLabel('Summary (What’s the progress so far)');
  await tabTo(page, summary);
  await page.keyboard.type('Waiting for the customer’s logs.');
  await tick(page, /new entry for the case transfer/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /new entry for the case transfer/ })).toBeChecked();
  await expect(page.getByText('1 of 5 steps done.')).toBeVisible();
  await expect(summary).toHaveValue('Waiting for the customer’s logs.');

  const start = page.getByRole('button', { name: 'Start another case' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(outcome(page)).toContainText('Answer the questions');
  await expect(stepBoxes(page)).toHaveCount(0);
  await expect(summary).toHaveValue('');
  await page.keyboard.press('Tab'); // the Undo button follows
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /new entry for the case transfer/ })).toBeChecked();
  await expect(summary).toHaveValue('Waiting for the customer’s logs.');

  await page.getByRole('button', { name: 'Start another case' }).press('Enter');
  await page.reload();
  await expect(outcome(page)).toContainText('Answer the questions');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('guided')))).toEqual([]);
});

test('a tool that cannot be downloaded says so in its step; the other steps work', async ({ page, watch }) => {
  await page.route(/\/_astro\/HandoffNote\.[^/]*\.js$/, (route) => route.abort());
  await page.goto(PATH);
  await expect(page.getByRole('button', { name: 'Copy mailbox address' })).toHaveCount(0);
  await walk(page, LOCAL);
  await expect(page.getByRole('alert')).toContainText('Could not load the note generator');
  await expect(page.getByRole('button', { name: 'Copy mailbox address' })).toBeVisible();
  await tick(page, /new entry for the case transfer/);
  watch.errors = watch.errors.filter((e) => !/net::ERR_FAILED/.test(e));
});

test('a training link presets the answers, and the copied link holds the answers only', async ({ page }) => {
  await page.goto(`${PATH}?7x24=yes&delivered=no&other-region=no&leave=no&next-shift=yes&impact=bogus`);
  await expect(page.getByText(/5 answers were set by the link you opened\. Ignored.*impact/)).toBeVisible();
  await expect(page.getByRole('group', { name: Q.impact })).toBeVisible();
  await expect(outcome(page)).toContainText('Answer the questions');
  // The answers leave the address, so a reload keeps what the person changes.
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));

  await answer(page, Q.impact, 'Yes');
  await tabTo(page, page.getByLabel('Case number').first());
  await page.keyboard.type('2311010040001234');
  const copy = page.getByRole('button', { name: 'Copy link for training' });
  await tabTo(page, copy, { back: true });
  await page.keyboard.press('Enter');
  const link = new URL(await page.getByLabel('Link for training (answers only)').inputValue());
  expect(link.pathname).toBe(PATH);
  expect(link.search).toBe('?7x24=yes&delivered=no&other-region=no&leave=no&next-shift=yes&impact=yes');
  expect(link.href).not.toContain('2311010040001234');

  await page.goto(link.pathname + link.search);
  await expect(
    page.getByRole('heading', { name: 'Hand the case off to the next region (7x24 workflow)' }),
  ).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing with either workflow open (${theme} theme)`, async ({ page }) => {
    await useTheme(page, theme);
    for (const path of [NEXT_REGION, LOCAL]) {
      await page.goto(PATH);
      await walk(page, path);
      await tick(page, /Log your handoff note/);
      await page.getByRole('button', { name: 'Start another case' }).scrollIntoViewIfNeeded();
      // Starlight's own search button fails label-content-name-mismatch on every page of the
      // site (its label "Search" vs its text with the shortcut); that is the site's, not this page's.
      const results = await axe(page).exclude('button[data-open-modal]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
      await page.evaluate(() => localStorage.clear());
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const org = parseOrgYaml(readFileSync('src/content/org.yaml', 'utf-8'), 'src/content/org.yaml');

  test('the decision is a table, both workflows are steps with their links, and no control of the island shows', async ({
    page,
  }) => {
    await page.goto(PATH);
    // (Playwright's text locators skip what is in a <noscript>; roles and an element's own text do not.)
    await expect(page.locator('.guided-fallback-notice')).toContainText(
      'The guided questions and checklist need JavaScript, which is off in this browser.',
    );

    // Nothing that only works with JavaScript: no choice, tick, button or field of the island.
    const content = page.locator('.sl-markdown-content');
    for (const role of ['radio', 'checkbox', 'button', 'textbox', 'combobox'] as const) {
      await expect(content.getByRole(role), role).toHaveCount(0);
    }
    await expect(page.locator('.guided')).toBeHidden();

    const table = page.getByRole('table', { name: 'Should this case move? Each answer and where it leads' });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Question',
      'Answer',
      'What to do',
      'Where it comes from',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText([
      '1. Is the case 7x24?',
      /^2\. Is the solution delivered/,
      /^3\. Does the customer ask to work with an engineer in another region\?/,
      /^4\. Is your own leave the only reason/,
      /^5\. Does the customer really need to continue/,
      /^6\. Is there real business impact behind the severity A\?/,
    ]);
    // The header row and one row per answer (and per earlier answer where that changes where it leads).
    await expect(table.getByRole('row')).toHaveCount(16);
    const row = (name: RegExp) => table.getByRole('row', { name });
    const rules = (name: RegExp) => row(name).getByRole('cell').last().getByRole('link');
    await expect(rules(/solution delivered.* Yes Keep the case/)).toHaveText(['Don’t, item 2']);
    await expect(rules(/another region\? Yes if question 1 is Yes Send the case back to the queue now/)).toHaveText([
      'Do, item 6',
      'Do, item 3',
      '7x24 handoff to the next region',
    ]);
    await expect(rules(/^Yes if question 1 is No Send the case back to the queue now/)).toHaveText([
      'Do, item 6',
      'Do, item 3',
      'Non-7x24 handoff to the local region',
    ]);
    await expect(rules(/own leave.* Yes Keep the case/)).toHaveText(['Don’t, item 1']);
    await expect(row(/^No if question 1 is Yes Go on to question 5\.$/)).toHaveCount(1);
    await expect(rules(/^No if question 1 is No Hand the case off to the local region/)).toHaveText([
      'Non-7x24 handoff to the local region',
    ]);
    await expect(rules(/^No Lower the severity or unselect 7x24, and keep the case Do, item 5$/)).toHaveText([
      'Do, item 5',
    ]);
    await expect(rules(/^No Lower the severity or unselect 7x24, and keep the case Do, item 4$/)).toHaveText([
      'Do, item 4',
    ]);
    await expect(rules(/business impact.* Yes Hand the case off to the next region/)).toHaveText([
      '7x24 handoff to the next region',
      'Do, item 4',
      'Do, item 5',
    ]);
    await expect(rules(/^The case is not severity A Hand the case off to the next region/)).toHaveText([
      '7x24 handoff to the next region',
      'Do, item 4',
    ]);
    // An outcome's workflow leads to its steps on the page; a rule, to its words under the table and the list.
    await expect(
      row(/^No if question 1 is No/)
        .getByRole('link', { name: 'Non-7x24 handoff to the local region' })
        .first(),
    ).toHaveAttribute('href', '#guided-steps-local');
    await expect(rules(/own leave.* Yes Keep the case/)).toHaveAttribute('href', '#guided-rule-dont-leave');
    const leave = page.locator('#guided-rule-dont-leave');
    await expect(leave.locator('blockquote')).toContainText(
      'Don’t transfer your cases back to queue when you take leave',
    );
    await expect(leave.getByRole('link', { name: 'Don’t, item 1' })).toHaveAttribute('href', '/handoff/do-and-dont/');

    const { caseTransfer, ftsTool } = org.links;
    for (const [workflow, path, steps] of [
      [
        '7x24 handoff to the next region',
        '/handoff/24x7/',
        [
          'Log your handoff note in the case, before the handoff meeting',
          'Add the region prefix to the case’s internal title',
          'Create a new entry for the case transfer',
          'Align the transfer in the handoff meeting',
          'Once the region’s SME agrees, transfer the case back to the queue',
          'Email the DM mailbox to ask for reassignment',
          'Once the case is assigned, brief the colleague who takes it, if needed',
        ],
      ],
      [
        'Non-7x24 handoff to the local region',
        '/handoff/local/',
        [
          'Log your handoff note in the case',
          'Add the region prefix to the case’s internal title',
          'Create a new entry for the case transfer',
          'Transfer the case back to the queue',
          'Email the DM mailbox to ask for reassignment',
        ],
      ],
    ] as const) {
      const section = page.getByRole('region', { name: workflow });
      const items = section.getByRole('listitem');
      await expect(items).toHaveCount(steps.length);
      for (const [i, title] of steps.entries()) {
        const item = items.nth(i);
        await expect(item.locator('strong').first()).toHaveText(title);
        await expect(item.getByRole('link', { name: `Step ${i + 1} explained` })).toHaveAttribute(
          'href',
          `${path}#step-${i + 1}`,
        );
      }
      const link = (name: string) => section.getByRole('link', { name, exact: true });
      await expect(link('Handoff-note generator')).toHaveAttribute('href', '/tools/handoff-note/');
      await expect(link('handoff note template')).toHaveAttribute('href', '/handoff/note-template/');
      await expect(link('Reassignment email builder')).toHaveCount(2);
      await expect(link('Reassignment email builder').first()).toHaveAttribute('href', '/tools/reassign-email/');
      await expect(link(caseTransfer.title)).toHaveAttribute('href', caseTransfer.url);
      await expect(link(ftsTool.title)).toHaveAttribute('href', ftsTool.url);
      await expect(link('Where FTS fits')).toHaveAttribute('href', '/fts/#where-fts-fits');
      await expect(link(org.reassignment.mailbox)).toHaveAttribute('href', `mailto:${org.reassignment.mailbox}`);
      // The meeting is a step of the 7x24 workflow only.
      if (workflow.startsWith('7x24')) {
        await expect(link('Regions, SMEs and meetings')).toHaveAttribute('href', '/tools/regions/');
      } else {
        await expect(link('Regions, SMEs and meetings')).toHaveCount(0);
      }
      await expect(section.locator('code').nth(1)).toHaveText(`Need ${org.regions[0]!.id} SE`);
    }

    // The page's own words write handoff and 7x24 one way (the wiki's, quoted, aside).
    const own = await content.evaluate((root) => {
      const clone = root.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.guided, blockquote, code').forEach((e) => e.remove());
      return clone.textContent ?? '';
    });
    expect(own).not.toMatch(/hand-?over|hand-off|\bhand over\b|\b24x7\b/i);
  });

  test('fits a 320 px screen: the table reflows into blocks and the page never scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(PATH);
    const table = page.getByRole('table', { name: /Should this case move\?/ });
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    // Each answer is a block of its own, named: its cells are stacked, not side by side.
    const cells = table.getByRole('row').nth(1).getByRole('cell');
    const [answer, todo] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(todo!.y).toBeGreaterThanOrEqual(answer!.y + answer!.height);
    expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
  });
});

/**
 * The page as a browser without JavaScript draws it, for axe (which needs JavaScript to run): each
 * <noscript> replaced by what it holds, parsed as that browser parses it, its stylesheet included.
 */
async function asWithoutJavaScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const noscript of document.querySelectorAll('main noscript')) {
      const template = document.createElement('template');
      template.innerHTML = noscript.textContent ?? '';
      noscript.replaceWith(template.content);
    }
  });
  await expect(page.locator('.guided')).toBeHidden();
  await expect(page.getByRole('table', { name: /Should this case move\?/ })).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the page as drawn without JavaScript, at 390 and 1280 px (${theme} theme)`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto(PATH);
    await asWithoutJavaScript(page);
    for (const size of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
      await page.setViewportSize(size);
      // As in the test above: Starlight's own search button is the site's finding, not this page's.
      const results = await axe(page).exclude('button[data-open-modal]').analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
        `${size.width} px`,
      ).toEqual([]);
    }
  });
}
