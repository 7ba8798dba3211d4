/**
 * The guided page's stored progress (answers, ticks, case title) in Chromium, kept as the note's
 * draft is: two tabs never overwrite each other without asking, an unreadable record is set aside
 * (or left in place when there is no room for a copy) and offered as a file, a storage read that
 * throws never leads to a write, and a training link changes only the answers it names. The
 * fixture fails any test that logs an error, breaks the CSP or requests another origin.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { dismissedDialogs, settle, test, expect } from './fixtures';

const PATH = '/handoff/start/';
const KEY = 'fts-guide:guided';
const SET_ASIDE_KEY = 'fts-guide:guided-set-aside';
const TITLE = 'Current internal title of the case (optional)';

/** A non-7x24 case for the local region: four answers. */
const LOCAL: [string | RegExp, string][] = [
  ['Is the case 7x24?', 'No'],
  [/solution delivered/, 'No'],
  [/another region/, 'No'],
  [/own leave/, 'No'],
];

const ANSWERS = { is24x7: 'no', delivered: 'no', otherRegion: 'no', onlyLeave: 'no' };
/** Also the two 7x24 questions, so that either answer to the first leads to a workflow. */
const ALL_ANSWERS = { ...ANSWERS, nextShift: 'yes', impact: 'yes' };

/** Opens the page and waits, as a person would, until it has taken over what the server rendered. */
async function open(page: Page, path = PATH): Promise<void> {
  await page.goto(path);
  await settle(page);
}

async function answer(page: Page, question: string | RegExp, choice: string): Promise<void> {
  const radio = page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}

const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const storedProgress = async (page: Page) => JSON.parse((await stored(page)) ?? 'null');

/** Stores `text` under `key` before the page's first load only (a reload keeps what the page did). */
async function seedOnce(page: Page, key: string, text: string): Promise<void> {
  await page.addInitScript(
    ([k, t]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k!, t!);
    },
    [key, text],
  );
}

/** Tab one answers the questions and types `title`, saved; then a second tab opens the page. */
async function progressInTwoTabs(page: Page, context: BrowserContext, title: string): Promise<Page> {
  await open(page);
  for (const [q, a] of LOCAL) await answer(page, q, a);
  await page.getByLabel(TITLE).fill(title);
  await expect.poll(async () => (await storedProgress(page))?.caseTitle).toBe(title);
  const second = await context.newPage();
  await open(second);
  return second;
}

const progressRecord = (caseTitle: string, done: string[] = ['note'], answers: object = ANSWERS) =>
  JSON.stringify({ version: 1, savedAt: Date.now(), answers, done, caseTitle });

test.describe('two tabs of the guided page', () => {
  test('a change in another tab is asked about: this tab stops saving until the person chooses', async ({
    page,
    context,
  }) => {
    await open(page);
    for (const [q, a] of LOCAL) await answer(page, q, a);
    await page.getByLabel(TITLE).fill('Copy fails in tab one');
    await page.getByRole('checkbox', { name: 'Log your handoff note in the case' }).check();
    await expect.poll(async () => (await storedProgress(page))?.caseTitle).toBe('Copy fails in tab one');

    const second = await context.newPage();
    await open(second);
    await expect(second.getByLabel(TITLE)).toHaveValue('Copy fails in tab one');
    await expect(second.getByRole('checkbox', { name: 'Log your handoff note in the case' })).toBeChecked();
    // Opening the second tab wrote nothing: the first has nothing to ask.
    await second.getByLabel(TITLE).fill('Copy fails in tab two');
    await expect.poll(async () => (await storedProgress(second))?.caseTitle).toBe('Copy fails in tab two');

    const question = page.getByRole('alert').filter({ hasText: 'progress' });
    await expect(question).toContainText('was changed in another tab. This tab stopped saving its progress');
    await expect(
      page.getByText('Not saving your progress for now: this tab waits for your choice above.'),
    ).toBeVisible();
    // What tab one types meanwhile is kept in tab one, and written over nothing.
    await page.getByLabel(TITLE).fill('Copy fails in tab one, edited');
    await page.getByRole('checkbox', { name: 'Create a new entry for the case transfer' }).check();
    await page.waitForTimeout(300);
    expect((await storedProgress(second)).caseTitle).toBe('Copy fails in tab two');

    await question.getByRole('button', { name: "Keep this tab's progress" }).click();
    await expect(question).toHaveCount(0);
    expect(await storedProgress(page)).toMatchObject({
      caseTitle: 'Copy fails in tab one, edited',
      done: ['note', 'transfer'],
    });
    // Now the second tab asks, and can take tab one's progress.
    const theirs = second.getByRole('alert').filter({ hasText: 'progress' });
    await expect(theirs).toContainText('was changed in another tab');
    await theirs.getByRole('button', { name: "Load the other tab's progress" }).click();
    await expect(second.getByLabel(TITLE)).toHaveValue('Copy fails in tab one, edited');
    await expect(second.getByRole('checkbox', { name: 'Create a new entry for the case transfer' })).toBeChecked();
    await second.close();
  });

  test('"Start another case" in another tab is asked about too, and "Keep" writes this tab’s back', async ({
    page,
    context,
  }) => {
    const second = await progressInTwoTabs(page, context, 'Copy fails');
    await expect(second.getByLabel(TITLE)).toHaveValue('Copy fails');
    await second.getByRole('button', { name: 'Start another case' }).click();
    await expect.poll(() => stored(second)).toBeNull();

    const question = page.getByRole('alert').filter({ hasText: 'progress' });
    await expect(question).toContainText('was removed in another tab');
    await question.getByRole('button', { name: "Keep this tab's progress" }).click();
    await expect.poll(async () => (await storedProgress(page))?.caseTitle).toBe('Copy fails');
    await second.close();
  });
});

test.describe('progress that cannot be read', () => {
  const RAW =
    '{"version":1,"savedAt":1,"answers":{"is24x7":"no"},"done":[],"caseTitle":"<img src=x onerror=alert(1)>Need US SE - Copy fails';

  test('is set aside with its time, shown as text, downloadable as it was, and discarded on request', async ({
    page,
  }) => {
    await seedOnce(page, KEY, RAW);
    await open(page);
    const banner = page.getByRole('region', { name: 'Saved progress that could not be read' });
    await expect(banner).toContainText('set aside here (for 14 days)');
    await expect(page.getByText(/could not be read, so the questions start afresh/)).toBeVisible();
    await expect(banner.getByLabel('The start of what is stored')).toContainText('<img src=x onerror=alert(1)>');
    expect(await page.locator('.guided img').count()).toBe(0);
    const [copy] = JSON.parse((await stored(page, SET_ASIDE_KEY))!);
    expect(copy.raw).toBe(RAW);
    expect(Math.abs(Date.now() - copy.at)).toBeLessThan(60_000);
    expect(await stored(page)).toBeNull();

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download it (.txt)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('guided-progress-set-aside.txt');
    expect(await readFile(await file.path(), 'utf8')).toBe(RAW);

    // Still there after a reload, until discarded.
    await page.reload();
    await settle(page);
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Discard it' }).click();
    await expect(banner).toHaveCount(0);
    expect(await stored(page, SET_ASIDE_KEY)).toBeNull();
    await page.reload();
    await settle(page);
    await expect(page.getByRole('group', { name: 'Is the case 7x24?' })).toBeVisible();
    await expect(banner).toHaveCount(0);
  });

  test('with no room for the copy, stays where it was: nothing is saved until it is downloaded or discarded', async ({
    page,
  }) => {
    await seedOnce(page, KEY, RAW);
    await page.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, k, v);
      };
    }, SET_ASIDE_KEY);
    await open(page);
    const banner = page.getByRole('region', { name: 'Saved progress that could not be read' });
    await expect(banner).toContainText('there is no room to set a copy aside');
    await expect(
      page.getByText('Not saving your progress for now: this tab waits for your choice above.'),
    ).toBeVisible();
    await answer(page, 'Is the case 7x24?', 'No');
    await page.waitForTimeout(300);
    expect(await stored(page)).toBe(RAW);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download it (.txt)' }).click(),
    ]);
    expect(await readFile(await file.path(), 'utf8')).toBe(RAW);
    expect(await stored(page)).toBe(RAW);
    await banner.getByRole('button', { name: 'Discard it' }).click();
    await expect.poll(async () => (await storedProgress(page))?.answers).toEqual({ is24x7: 'no' });
  });
});

test('a storage read that throws means storage is unavailable, never an overwrite', async ({ page }) => {
  const record = progressRecord('Copy fails');
  await seedOnce(page, KEY, record);
  await page.addInitScript((key) => {
    const getItem = Storage.prototype.getItem;
    (window as unknown as { __read: (k: string) => string | null }).__read = (k) => getItem.call(localStorage, k);
    Storage.prototype.getItem = function (k: string) {
      if (k === key) throw new DOMException('The operation is insecure.', 'SecurityError');
      return getItem.call(this, k);
    };
  }, KEY);
  await open(page);
  await expect(
    page.getByText(/not saving your progress \(it would not let the page read what it stored/),
  ).toBeVisible();
  await answer(page, 'Is the case 7x24?', 'Yes');
  await page.waitForTimeout(300);
  expect(await page.evaluate((k) => (window as unknown as { __read: (k: string) => string }).__read(k), KEY)).toBe(
    record,
  );
});

test.describe('a training link over saved progress', () => {
  for (const [search, answers, said, undo] of [
    [
      '?7x24=garbage',
      ALL_ANSWERS,
      'The link you opened set no answers; yours are unchanged. Ignored, as not one of the choices: 7x24.',
      0,
    ],
    [
      '?7x24=yes&delivered=maybe',
      { ...ALL_ANSWERS, is24x7: 'yes' },
      'One answer was set by the link you opened. Ignored, as not one of the choices: delivered.',
      1,
    ],
  ] as const) {
    test(`${search} changes only the answers it names, validly; ticks and title stay`, async ({ page }) => {
      await seedOnce(page, KEY, progressRecord('Copy fails', ['note', 'title'], ALL_ANSWERS));
      await open(page, `${PATH}${search}`);
      await expect(page.getByText(said)).toBeVisible();
      // Going back to one's own answers is offered only when the link changed some.
      await expect(page.getByRole('button', { name: 'Use my saved answers instead' })).toHaveCount(undo);
      for (const [question, choice] of [
        ['Is the case 7x24?', answers.is24x7 === 'yes' ? 'Yes' : 'No'],
        [/solution delivered/, 'No'],
        [/another region/, 'No'],
        [/own leave/, 'No'],
      ] as const) {
        await expect(
          page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }),
        ).toBeChecked();
      }
      await expect(page.getByLabel(TITLE).first()).toHaveValue('Copy fails');
      await expect(page.getByRole('checkbox', { name: 'Log your handoff note in the case' })).toBeChecked();
      await expect
        .poll(() => storedProgress(page))
        .toMatchObject({ answers, done: ['note', 'title'], caseTitle: 'Copy fails' });
      expect(new URL(page.url()).search).toBe('');
    });
  }
});

test.describe('leaving and forgetting on the guided page', () => {
  test('a tab that is not saving its progress asks before it is left; once saving again, it does not', async ({
    page,
    context,
  }) => {
    const second = await progressInTwoTabs(page, context, 'Copy fails in tab one');
    await second.getByLabel(TITLE).fill('Copy fails in tab two');
    const question = page.getByRole('alert').filter({ hasText: 'progress' });
    await expect(question).toContainText('This tab stopped saving its progress');
    const asked = dismissedDialogs(page);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    await question.getByRole('button', { name: "Keep this tab's progress" }).click();
    await expect(question).toHaveCount(0);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
    await second.close();
  });

  test('"Forget drafts" in the note step clears the answers, ticks and title on the page; Undo brings them back', async ({
    page,
  }) => {
    await seedOnce(page, KEY, progressRecord('Copy fails', ['title']));
    await open(page);
    await expect(page.getByLabel(TITLE)).toHaveValue('Copy fails');
    const forget = page.getByRole('button', { name: 'Forget drafts on this browser' });
    await forget.scrollIntoViewIfNeeded();
    await forget.click();
    const panel = page.getByRole('group', { name: 'Forget drafts' });
    await expect(panel).toContainText("the guided page's answers, ticks and case title");
    await panel.getByRole('button', { name: 'Remove them' }).click();
    await expect.poll(() => stored(page)).toBeNull();
    // What the page shows is what the browser holds now: nothing.
    await expect(
      page.getByRole('group', { name: 'Is the case 7x24?' }).getByRole('radio', { name: 'No', exact: true }),
    ).not.toBeChecked();
    await expect(page.getByRole('group', { name: /solution delivered/ })).toHaveCount(0);
    // Nothing is saved back by the page.
    await page.waitForTimeout(300);
    expect(await stored(page)).toBeNull();
    // The note step, with the question's own Undo, went with the answers: the page's Undo has the focus.
    await expect(page.getByRole('status').filter({ hasText: 'Drafts removed from this browser' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo forget drafts' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(TITLE)).toHaveValue('Copy fails');
    await expect(
      page.getByRole('group', { name: /own leave/ }).getByRole('radio', { name: 'No', exact: true }),
    ).toBeChecked();
    expect(await storedProgress(page)).toMatchObject({ caseTitle: 'Copy fails', done: ['title'] });
  });
});
