/**
 * The guided "Hand off a case" page in Chromium, keyboard only: every path of
 * "Should this case move?", both workflows' checklists with the tools in
 * their steps, progress across a reload, "Start another case" with undo,
 * training links, and axe in both themes. The fixture fails any test that
 * makes a request to another origin or logs an error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axe, test, expect, useTheme } from './fixtures';
import { tabTo } from './keyboard';
import { DIST } from '../audit/built-site.mjs';

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

    // Step 1: the note generator, with the same case details in its note.
    const summary = page.getByLabel('Summary (What’s the progress so far)');
    await tabTo(page, summary);
    await page.keyboard.type('Copy activity fails on the self-hosted IR; logs collected.');
    const plain = page.getByLabel('The note as plain text');
    await expect(plain).toContainText('Copy activity fails on the self-hosted IR; logs collected.');
    await expect(plain).toContainText('2311010040001234');

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
