/**
 * Hostile input (issue 12), as a person would try it, in Chromium on the built site:
 * every field rule told at its field, a megabyte pasted without freezing the page, a stored
 * draft too big for the form, and typed Markdown that stays text in the Markdown output.
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { longestCpu, mainThreadTasks } from './main-thread';

const NOTE = '/tools/handoff-note/';
const SUMMARY = 'Summary (What’s the progress so far)';

/** Opens the note generator, brings the form into view and waits until it answers. */
async function openNote(page: Page): Promise<void> {
  await page.goto(NOTE);
  await page.getByLabel('Case number').scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Copy as plain text' })).toBeVisible();
  await expect(page.getByLabel('Case number')).toBeEnabled();
  await page.waitForLoadState('networkidle');
}

/** The text of everything the field's `aria-describedby` points to. */
async function description(page: Page, field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Every text the page's live region for field messages said, in order. */
async function watchAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    const region = document.querySelector('[data-announcer]')!;
    new MutationObserver(() => region.textContent && w.__said.push(region.textContent)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}
const announced = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said);

test.describe('every rule tells at its field', () => {
  test('a case number with letters: the message at the field, aria-invalid, announced once', async ({ page }) => {
    await openNote(page);
    const input = page.getByLabel('Case number');
    await watchAnnouncements(page);
    await input.pressSequentially('2311-01ab');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const message = 'A case number has digits only; remove "a", "b".';
    await expect.poll(() => description(page, input)).toContain(message);
    // Next to the field itself, not only in Checks far below.
    await expect(input.locator('xpath=..').getByText(message)).toBeVisible();
    await expect.poll(() => announced(page)).toEqual([`Case number: ${message}`]);
    await page.waitForTimeout(1500);
    expect(await announced(page)).toEqual([`Case number: ${message}`]);
  });

  test('an IcM ID is taken as written: the wiki gives it no form', async ({ page }) => {
    await openNote(page);
    const icm = page.getByLabel('IcM ID');
    await icm.scrollIntoViewIfNeeded();
    await icm.fill('ICM-12ab');
    await expect(page.getByLabel('The note as plain text')).toContainText('IcM ID?:ICM-12ab');
    await expect(icm).not.toHaveAttribute('aria-invalid', 'true');
  });

  for (const [typed, name] of [
    ['2311\u200B0100', 'U+200B zero-width space'],
    ['\u202E2311\u202C0100', 'U+202E right-to-left override'],
  ] as const) {
    test(`a case number with ${name}: removed, and the message names it`, async ({ page }) => {
      await openNote(page);
      const input = page.getByLabel('Case number');
      await input.fill(typed);
      await expect(input).toHaveValue('23110100');
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
      const said = await description(page, input);
      expect(said).toContain(`Removed ${name}`);
      // The message itself carries no direction or invisible character.
      expect(said).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/);
      // The note carries the cleaned number once the person asks for the case details in it.
      await page.getByRole('checkbox', { name: 'Start the note with the case details' }).check();
      await expect(page.getByLabel('The note as plain text')).toContainText('Case number: 23110100');
    });
  }

  test('full-width digits typed by an IME are digits', async ({ page }) => {
    await openNote(page);
    const input = page.getByLabel('Case number');
    await input.fill('２３１１０１００４０００１２３４');
    await expect(input).toHaveValue('2311010040001234');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    const icm = page.getByLabel('IcM ID');
    await icm.fill('４０２１３３');
    await expect(icm).toHaveValue('402133');
    await expect(page.getByLabel('The note as plain text')).toContainText('IcM ID?:402133');
  });

  test('the region tool refuses 0001-01-01 at its date field instead of showing today', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-06T12:00:00Z') });
    await page.goto('/tools/regions/');
    const day = page.getByRole('region', { name: 'The day at a glance' });
    await day.scrollIntoViewIfNeeded();
    const field = day.getByLabel('Day to show (your time)');
    await expect(field).toBeEnabled();
    await field.fill('2026-03-09');
    await expect(day.getByRole('table')).toContainText('Mon 9 Mar 2026');
    await field.fill('0001-01-01');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await description(page, field)).toMatch(/^Choose a day from 1 January 1970 to 31 December 2099/);
    await expect(day.getByRole('table')).toContainText('Mon 9 Mar 2026');
  });
});

test.describe('big input never freezes the page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a 1 MB paste into Summary: no task over 200 ms, and the paste is kept, not cut', async ({ page }) => {
    await openNote(page);
    const summary = page.getByLabel(SUMMARY, { exact: true });
    await summary.scrollIntoViewIfNeeded();
    const size = await page.evaluate(async () => {
      const line = 'Copy activity fails with 403 after the firewall change; the runtime IP is not allowed.\n';
      const big = line.repeat(Math.ceil(1_048_576 / line.length));
      await navigator.clipboard.writeText(big);
      return big.length;
    });
    await summary.click();
    const held = page.getByRole('group', { name: `Paste kept beside ${SUMMARY}` });
    const tasks = await mainThreadTasks(page, async () => {
      await page.keyboard.press('ControlOrMeta+V');
      await expect(held).toContainText(`This paste has ${size.toLocaleString('en')} characters`);
      await page.keyboard.type('Rerun at 09:00');
      await expect(summary).toHaveValue('Rerun at 09:00');
      await expect(page.getByLabel('The note as plain text')).toContainText('Rerun at 09:00');
      await page.waitForTimeout(1000);
    });
    console.log(`long tasks during a 1 MB paste and typing (ms): ${JSON.stringify(tasks)}`);
    expect(longestCpu(tasks)).toBeLessThanOrEqual(200);

    // Nothing lost: the whole paste can be downloaded.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      held.getByRole('button', { name: 'Download the paste (.txt)' }).click(),
    ]);
    const text = await readFile(await file.path(), 'utf8');
    expect(text.length).toBe(size);
  });

  test('a stored draft past the maximums opens read-only, with a download, not in a frozen form', async ({ page }) => {
    const big = 'Full pipeline log line that someone pasted into the summary.\n'.repeat(40_000);
    await page.addInitScript((summary) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'fts-guide:note-draft',
        JSON.stringify({
          version: 1,
          savedAt: Date.now(),
          caseDetails: { caseNumber: '2311010040001234' },
          note: { sections: { summary, nextMsftAction: 'Call at 09:00' } },
          includeCaseDetails: true,
        }),
      );
    }, big);
    await page.goto(NOTE);
    const view = page.getByRole('region', { name: 'Saved draft, read-only' });
    await view.scrollIntoViewIfNeeded();
    await expect(view).toContainText(
      `Summary (What’s the progress so far) has ${big.length.toLocaleString('en')} characters (the maximum is 100,000)`,
    );
    await expect(view).toContainText('Call at 09:00');
    await expect(page.getByLabel(SUMMARY, { exact: true })).toHaveCount(0);
    let text = '';
    const tasks = await mainThreadTasks(page, async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        view.getByRole('button', { name: 'Download the draft (.txt)' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('handoff-note-draft-2311010040001234.txt');
      text = await readFile(await file.path(), 'utf8');
      await view.getByRole('button', { name: 'Discard the saved draft' }).click();
      await expect(page.getByLabel(SUMMARY, { exact: true })).toHaveValue('');
    });
    expect(text).toContain(big.trim());
    expect(text).toContain('Next MSFT Action\n=============\nCall at 09:00');
    expect(await page.evaluate(() => localStorage.getItem('fts-guide:note-draft'))).toBeNull();
    console.log(`long tasks downloading and discarding a ${big.length}-character draft (ms): ${JSON.stringify(tasks)}`);
    expect(longestCpu(tasks)).toBeLessThanOrEqual(200);
  });
});

test.describe('Markdown output shows what was typed', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('an image and a javascript: link stay text, in the Markdown tab and the copied Markdown', async ({ page }) => {
    await openNote(page);
    await page.getByLabel(SUMMARY, { exact: true }).fill('![x](http://tracker.example/x.png)');
    await page.getByLabel('Handoff Notes').fill('[a](javascript:alert(1))');
    await page.getByRole('tab', { name: 'Markdown' }).click();
    const markdown = page.getByLabel('The note as Markdown');
    await expect(markdown).toContainText('\\!\\[x\\]\\(http://tracker.example/x.png\\)');
    await expect(markdown).toContainText('\\[a\\]\\(javascript:alert\\(1\\)\\)');
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(
      '## Summary (What’s the progress so far)\n\n\\!\\[x\\]\\(http://tracker.example/x.png\\)\n',
    );
    expect(copied).toContain('## Handoff Notes\n\n\\[a\\]\\(javascript:alert\\(1\\)\\)\n');
    expect(copied).not.toMatch(/(^|[^\\])!\[|(^|[^\\])\]\(/m);
    // The plain text is the team template, unescaped.
    await page.getByRole('tab', { name: 'Plain text' }).click();
    await expect(page.getByLabel('The note as plain text')).toContainText(
      '=============\n![x](http://tracker.example/x.png)\n',
    );
  });
});
