import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axe, dismissedDialogs, expect, settle, test, useTheme, type PageWatch } from './fixtures';
import { tabTo } from './keyboard';

const URL = '/tools/handoff-note/';
const SUMMARY = 'Summary (What’s the progress so far)';

/** Loads the tool, waits until it is hydrated and the page is quiet, and returns when that was. */
async function open(page: Page): Promise<number> {
  await page.goto(URL);
  await expect(page.getByRole('button', { name: 'Copy as plain text' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  return Date.now();
}

/** Requests made since `since`, blob: and data: URLs (made in the page) aside. */
const requestsSince = (watch: PageWatch, since: number) =>
  watch.requests.filter((r) => r.at >= since && !/^(blob|data):/.test(r.url)).map((r) => r.url);

const plainOutput = (page: Page) => page.getByLabel('The note as plain text');

/** The generator's island: its `ssr` attribute goes once its code has taken it over. */
const noteIsland = (page: Page) => page.locator('astro-island').filter({ has: page.locator('.hn-form') });

test.describe('the handoff-note generator', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('type, copy both formats, download and import, and after load no request but the site’s own code', async ({
    page,
    watch,
  }) => {
    const loaded = await open(page);

    // Type → output.
    await page.getByLabel('Next MSFT Action').fill('Call the customer at 09:00 their time');
    await page.getByRole('group', { name: 'Now pending on' }).getByRole('radio', { name: 'Customer' }).check();
    await expect(plainOutput(page)).toContainText(
      'Next MSFT Action\n=============\nCall the customer at 09:00 their time',
    );
    await expect(plainOutput(page)).toContainText('Now the issue is pending on?: Customer');
    await expect(page.getByRole('region', { name: 'Checks' })).toContainText("Next Customer's Action is empty");

    // Copy rich → the clipboard holds text/html and text/plain.
    await page.getByRole('button', { name: 'Copy rich' }).click();
    await expect(page.getByText('Copied the note as rich text (with plain text).')).toBeVisible();
    const clip = await page.evaluate(async () => {
      // Unsanitized: reading sanitized HTML makes Chromium parse the note's inline styles in this
      // page, which its CSP (rightly) reports; a paste into Outlook does not happen here.
      const [item] = await (
        navigator.clipboard.read as (options?: { unsanitized?: string[] }) => Promise<ClipboardItems>
      )({
        unsanitized: ['text/html'],
      });
      return {
        types: [...item!.types].sort(),
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(clip.types).toEqual(['text/html', 'text/plain']);
    expect(clip.html).toContain('Call the customer at 09:00 their time');
    expect(clip.html).toContain('style="');
    expect(clip.text).toBe(await plainOutput(page).textContent());

    // Copy plain.
    await page.getByRole('button', { name: 'Copy as plain text' }).click();
    await expect(page.getByText('Copied the note as plain text.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Ticket's checklist\n=============");

    // Download → the file.
    const [txt] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .txt' }).click(),
    ]);
    expect(txt.suggestedFilename()).toBe('handoff-note.txt');
    expect(await readFile((await txt.path())!, 'utf8')).toBe(await plainOutput(page).textContent());
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(md.suggestedFilename()).toBe('handoff-note.md');
    expect(await readFile((await md.path())!, 'utf8')).toContain('## Next MSFT Action');

    // Import → the fields.
    await page.getByText('Import a note').click();
    await page
      .getByLabel('Paste a note')
      .fill(
        'Case number: 2311010040001234\r\nHello team,\r\nSummary\r\n=============\r\nCopy fails with 403\r\n\r\n## Partner Ticket\r\nPT-9\r\n\r\nIcM ID?: 402133',
      );
    await page.getByRole('button', { name: 'Fill the fields from this note' }).click();
    await expect(page.getByLabel(SUMMARY)).toHaveValue('Copy fails with 403');
    await expect(page.getByLabel('Partner Ticket')).toHaveValue('PT-9');
    await expect(page.getByLabel('IcM ID')).toHaveValue('402133');
    await expect(page.getByLabel('Case number')).toHaveValue('2311010040001234');
    await expect(page.getByLabel('Next MSFT Action')).toHaveValue('');
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Hello team,');
    await expect(
      page.getByText(/Recognised sections: Summary \(What’s the progress so far\); Partner Ticket/),
    ).toBeVisible();

    // After load, only the site's own code: the import's reader, fetched on its first click. No
    // other address, and so no case data in any address.
    const origin = new globalThis.URL(page.url()).origin;
    for (const url of requestsSince(watch, loaded)) {
      expect(new globalThis.URL(url).origin, url).toBe(origin);
      expect(new globalThis.URL(url).pathname, url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    }
  });

  test('reload brings the draft back', async ({ page }) => {
    await open(page);
    await page.getByLabel('Handoff Notes').fill('Customer is in Sydney; prefers Teams.');
    await page.getByLabel('Case number').fill('42');
    await page.getByLabel('Severity').selectOption('B');
    await page.reload();
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Customer is in Sydney; prefers Teams.');
    await expect(page.getByLabel('Case number')).toHaveValue('42');
    await expect(page.getByLabel('Severity')).toHaveValue('B');
    await expect(page.getByText('Your saved draft is back.')).toBeVisible();
  });

  test('a draft saved before the site moved its storage keys is back, under the new key', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const draft = { version: 1, savedAt: Date.now(), note: { sections: { handoffNotes: 'Written last week' } } };
      localStorage.setItem('fts-handoff:draft', JSON.stringify(draft));
    });
    await open(page);
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Written last week');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fts-')));
    expect(keys).toEqual(['fts-guide:note-draft']);
    await page.reload();
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Written last week');
  });

  test('"Forget drafts" asks first, naming what it removes, and Undo brings everything back', async ({ page }) => {
    await open(page);
    await page.getByLabel('Handoff Notes').fill('Contact prefers Teams');
    const stored = () => page.evaluate(() => localStorage.getItem('fts-guide:note-draft') ?? '');
    await expect.poll(stored).toContain('Contact prefers Teams');
    await tabTo(page, page.getByRole('button', { name: 'Forget drafts on this browser' }));
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: 'Forget drafts' });
    await expect(question).toContainText('This removes from this browser: the note draft.');
    await expect(question.getByText(/This removes/)).toBeFocused();
    await tabTo(page, question.getByRole('button', { name: 'Remove them' }));
    await page.keyboard.press('Enter');
    await expect.poll(stored).toBe('');
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('');
    const undo = page.getByRole('button', { name: 'Undo forget drafts' });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Contact prefers Teams');
    await expect.poll(stored).toContain('Contact prefers Teams');
  });

  test('two unreadable drafts, one after the other: both are kept aside, each downloadable', async ({ page }) => {
    // The first unreadable draft, set aside on an earlier visit.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('fts-guide:note-draft', '{"version":1,"savedAt":1,"note":{"sections":{"summary":"first');
    });
    await open(page);
    await expect(page.getByRole('button', { name: 'Download the set-aside draft' })).toBeVisible();
    // A second one arrives (another tab of an older version, a broken extension…), then the page is reloaded.
    await page.evaluate(() => localStorage.setItem('fts-guide:note-draft', '{"version":1,"savedAt":"second'));
    await page.reload();
    await expect(page.getByText('2 saved drafts that could not be read are set aside')).toBeVisible();
    const texts: string[] = [];
    for (const n of [1, 2]) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download the set-aside draft ${n}` }).click(),
      ]);
      texts.push(await readFile((await file.path())!, 'utf-8'));
    }
    expect(texts).toEqual([
      '{"version":1,"savedAt":1,"note":{"sections":{"summary":"first',
      '{"version":1,"savedAt":"second',
    ]);
  });

  test('a saved draft is kept, and says so, when the code that reads it cannot be downloaded', async ({
    page,
    watch,
  }) => {
    await open(page);
    const stored = () => page.evaluate(() => localStorage.getItem('fts-guide:note-draft') ?? '');
    await page.getByLabel('Handoff Notes').fill('Keep me safe');
    await expect.poll(stored).toContain('Keep me safe');
    // Whatever the page fetches beyond a first visit's scripts (the draft's validator) fails, as on a
    // dropped VPN.
    const firstVisit = new Set(watch.requests.map((r) => r.url));
    const offline = (url: URL) => url.pathname.endsWith('.js') && !firstVisit.has(url.href);
    await page.route(offline, (route) => route.abort());
    await page.reload();
    await expect(page.getByText(/Your saved draft could not be loaded .* reload the page/)).toBeVisible();
    await page.getByLabel('Handoff Notes').fill('Typed while it could not load');
    await page.waitForTimeout(400); // longer than the 100 ms between two saves
    expect(await stored()).toContain('Keep me safe');

    await page.unroute(offline);
    await page.reload();
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Keep me safe');

    // Unread, the draft can still be forgotten, and then typing is saved again.
    await page.route(offline, (route) => route.abort());
    await page.reload();
    await expect(page.getByText(/Your saved draft could not be loaded/)).toBeVisible();
    await page.getByRole('button', { name: 'Forget drafts on this browser' }).click();
    await page.getByRole('button', { name: 'Remove them' }).click();
    await expect.poll(stored).toBe('');
    await page.getByLabel('Handoff Notes').fill('A new note');
    await expect.poll(stored).toContain('A new note');
    watch.errors = watch.errors.filter((e) => !/net::ERR_FAILED/.test(e));
  });

  test('with storage unavailable the tool still works and says drafts are not saved', async ({ page }) => {
    // Every write throws, as in a private window or with the quota full. Starlight's own
    // theme script (not guarded) keeps its one key, so the page itself logs no error.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'starlight-theme') return setItem.call(this, key, value);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page);
    await expect(page.getByText(/Drafts are not being saved/)).toBeVisible();
    await page.getByLabel('Next MSFT Action').fill('Still works');
    await expect(plainOutput(page)).toContainText('Still works');
  });

  test('typed HTML stays literal in the page and every output', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a script ran: ${dialog.message()}`);
    });
    await open(page);
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.getByLabel(SUMMARY).fill(payload);
    await page.getByLabel('Reason for critsit').fill(payload);
    await expect(plainOutput(page)).toContainText(`${payload}\n`);
    await page.getByRole('tab', { name: 'Markdown' }).click();
    // Every character Markdown could read as markup is escaped.
    await expect(page.getByLabel('The note as Markdown')).toContainText(
      '\\<img src=x onerror=alert\\(1\\)\\>\\<script\\>alert\\(2\\)\\</script\\>',
    );
    await page.getByRole('tab', { name: 'Rich text preview' }).click();
    const rich = page.getByLabel('The note as rich text');
    await expect(rich).toContainText(payload);
    await expect(page.locator('.handoff-note img, .handoff-note script')).toHaveCount(0);
    await page.getByRole('button', { name: 'Copy rich' }).click();
    const html = await page.evaluate(async () => {
      // Unsanitized: reading sanitized HTML makes Chromium parse the note's inline styles in this
      // page, which its CSP (rightly) reports; a paste into Outlook does not happen here.
      const [item] = await (
        navigator.clipboard.read as (options?: { unsanitized?: string[] }) => Promise<ClipboardItems>
      )({
        unsanitized: ['text/html'],
      });
      return (await item!.getType('text/html')).text();
    });
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toMatch(/(&lt;|&#60;)img src=x onerror=alert\(1\)(&gt;|&#62;)/);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await open(page);
    await tabTo(page, page.getByLabel('Next MSFT Action', { exact: true }));
    await page.keyboard.type('Rerun the pipeline');
    // Radio group: Tab into it, arrows choose.
    // Tab lands on the group's checked radio, or on its first when none is.
    const radios = page.locator('input[name$="pendingOn"]');
    const checked = page.locator('input[name$="pendingOn"]:checked');
    await tabTo(page, (await checked.count()) ? checked : radios.first());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(plainOutput(page)).toContainText(/Now the issue is pending on\?: (CSS|Customer|PG)/);
    // Tabs: arrow to Markdown.
    await tabTo(page, page.getByRole('tab', { name: 'Plain text' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Markdown' })).toBeFocused();
    await expect(page.getByLabel('The note as Markdown')).toContainText('Rerun the pipeline');
    await tabTo(page, page.getByRole('button', { name: 'Copy as plain text' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Copied the note as plain text.')).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing (${theme} theme)`, async ({ page }) => {
      // axe over a long form is slow on a busy machine.
      test.setTimeout(120_000);
      await useTheme(page, theme);
      await open(page);
      await page.getByRole('button', { name: 'Fill with an example' }).click();
      // The example is fetched on this click: wait until it has filled the form, as a person would.
      await expect(page.getByLabel(SUMMARY)).not.toHaveValue('');
      await page.getByRole('checkbox', { name: 'Add “Tried and ruled out”' }).check();
      await page.getByText('Import a note').click();
      const scan = async () =>
        // The tool only: the page around it is checked by the site's own a11y tests.
        (await axe(page).include('.handoff-note-mount').analyze()).violations.map(
          (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' / ')}`,
        );
      expect(await scan()).toEqual([]);
      await page.getByRole('tab', { name: 'Rich text preview' }).click();
      expect(await scan()).toEqual([]);
    });
  }

  test('typing stays smooth with a 20,000-character note', async ({ page }) => {
    await open(page);
    const line = 'Copy activity fails with 403 after the firewall change; the runtime IP is not allowed.\n';
    await page.getByLabel(SUMMARY).fill(line.repeat(Math.ceil(20_000 / line.length)));
    // Type at the end of the long section itself, the realistic case.
    await page.getByLabel(SUMMARY).focus();
    // Time, in the page, for each key press: the update (render, checks, draft) plus the layout it causes.
    const perKey = await page.evaluate(async () => {
      const area = document.activeElement as HTMLTextAreaElement;
      area.setSelectionRange(area.value.length, area.value.length);
      const times: number[] = [];
      for (const ch of 'Rerun the pipeline at 09:00') {
        const start = performance.now();
        // The browser's own text insertion at the caret, as a key press does (fires "input").
        (document as unknown as { execCommand(c: string, ui: boolean, v: string): boolean }).execCommand(
          'insertText',
          false,
          ch,
        );
        void document.body.offsetHeight;
        times.push(performance.now() - start);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)]!;
    });
    await expect(plainOutput(page)).toContainText('not allowed.\nRerun the pipeline at 09:00\n\nNext MSFT Action');
    // A frame is ~16 ms: the median key press must fit in one, with a wide margin for a busy test machine.
    console.log(`median work per key press with a 20,000-character note: ${perKey.toFixed(1)} ms`);
    expect(perKey).toBeLessThan(40);
  });

  test('printing prints the note itself', async ({ page }) => {
    await open(page);
    await page.getByLabel('Next MSFT Action').fill('Printed action');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.hn-print')).toBeVisible();
    await expect(page.locator('.hn-print')).toContainText('Printed action');
    await expect(page.getByRole('button', { name: 'Copy rich' })).toBeHidden();
    await expect(page.locator('.sidebar-pane, header').first()).toBeHidden();
  });

  test('a tab that crashes while someone types loses at most the last 100 ms of it', async ({ page }) => {
    await open(page);
    const summary = page.getByLabel(SUMMARY);
    await summary.click();
    // A steady typist: a key every 30 ms, each one's time taken once the page has it.
    const typed: { text: string; at: number }[] = [];
    let text = '';
    for (const ch of 'Copy activity fails with 403 since the firewall change') {
      await page.keyboard.type(ch);
      text += ch;
      typed.push({ text, at: Date.now() });
      await page.waitForTimeout(30);
    }
    // What a crash at this moment leaves is what the tab has written to storage by now (no pagehide,
    // no unload). Chromium's Page.crash takes the test's browser context down with the tab, and
    // another tab's copy of storage may lag, so the tab's own storage is read.
    const crashAt = Date.now();
    const saved = await page.evaluate((key) => localStorage.getItem(key), 'fts-guide:note-draft');
    const stored = (JSON.parse(saved!) as { note: { sections: { summary: string } } }).note.sections.summary;
    const due = typed.filter((t) => t.at <= crashAt - 100).at(-1)!;
    expect(stored.startsWith(due.text), `stored "${stored}", typed 100 ms before "${due.text}"`).toBe(true);
  });

  test('another tab changing the draft is not silently overwritten', async ({ page, context }) => {
    await open(page);
    await page.getByLabel('Handoff Notes').fill('Note of tab one');
    const second = await context.newPage();
    await second.goto(URL);
    await expect(second.getByLabel('Handoff Notes')).toHaveValue('Note of tab one');
    await second.getByRole('button', { name: 'New note' }).click();
    await second.getByLabel('Handoff Notes').fill('Note of tab two');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('changed in another tab');
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('Note of tab one');
    await alert.getByRole('button', { name: "Keep this tab's note" }).click();
    await expect(second.getByRole('alert')).toContainText('changed in another tab');
    await second.close();
  });

  test('a tab waiting for that answer says so everywhere: banner, status line, leave-page prompt, a download', async ({
    page,
    context,
  }) => {
    await open(page);
    await page.getByLabel('Handoff Notes').click();
    await page.keyboard.type('Note of tab one');
    const second = await context.newPage();
    await second.goto(URL);
    await expect(second.getByLabel('Handoff Notes')).toHaveValue('Note of tab one');
    await second.getByLabel('Handoff Notes').fill('Note of tab two');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This tab stopped saving');
    await expect(page.locator('.hn-status')).toContainText('Not saving for now');
    // The unsaved note, as a file, whatever is chosen next.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: "Download this tab's note" }).click(),
    ]);
    expect(await readFile((await file.path())!, 'utf-8')).toContain('Handoff Notes\n=============\nNote of tab one');
    // Leaving asks first.
    const asked = dismissedDialogs(page);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    // Once this tab's note is kept (saved again), leaving asks nothing.
    await alert.getByRole('button', { name: "Keep this tab's note" }).click();
    await expect(page.locator('.hn-status')).not.toContainText('Not saving');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(['beforeunload']);
    await second.close();
  });

  test('when the question cannot be downloaded, the tab still stops saving and says so', async ({
    page,
    context,
    watch,
  }) => {
    await open(page);
    await page.getByLabel('Handoff Notes').fill('Note of tab one');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('fts-guide:note-draft') ?? ''))
      .toContain('tab one');
    // The question's code is fetched when the first conflict happens; here that fetch fails (a dropped VPN).
    await page.route(/\/_astro\/ConflictQuestion\.[\w-]+\.js$/, (route) => route.abort());
    const second = await context.newPage();
    await second.goto(URL);
    // As a person would: the note is seen restored before "New note" is pressed.
    await expect(second.getByLabel('Handoff Notes')).toHaveValue('Note of tab one');
    await second.getByRole('button', { name: 'New note' }).click();
    await second.getByLabel('Handoff Notes').fill('Note of tab two');
    await expect(page.getByRole('alert')).toContainText('This tab stopped saving');
    await page.getByLabel('Handoff Notes').fill('Note of tab one, edited');
    await page.waitForTimeout(400); // longer than the 100 ms between two saves
    expect(await second.evaluate(() => localStorage.getItem('fts-guide:note-draft'))).toContain('Note of tab two');
    await second.close();
    // The fixture counts the failed fetch as a console error; this one is the test's own doing.
    watch.errors = watch.errors.filter(
      (e) => !/ConflictQuestion|Failed to fetch dynamically imported module|ERR_FAILED/.test(e),
    );
  });
});

test.describe('writing beside the note', () => {
  test('on a wide screen the note and its checks stay in view while a field far down is typed in', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page);
    const notes = page.getByLabel('Handoff Notes');
    await notes.click();
    await page.keyboard.type('Contact prefers Teams.');
    await expect(plainOutput(page)).toContainText('Handoff Notes\n=============\nContact prefers Teams.');
    // The pane with the note and its checks stays on screen (sticky, never taller than the window;
    // what does not fit scrolls inside it), beside the field being typed in. Measured against the
    // window, not against where text happens to wrap: fonts differ from machine to machine.
    const pane = page.getByRole('region', { name: 'Your note' });
    const checks = pane.getByRole('region', { name: 'Checks' });
    await expect(checks.getByText(/Summary is empty/)).toHaveCount(1);
    await expect(plainOutput(page)).toBeInViewport();
    const box = (await pane.boundingBox())!;
    const field = (await notes.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.x).toBeGreaterThan(field.x + field.width);
    await expect(notes).toBeFocused();
    // Each finding links the page its rule is on, and that page has the part it points to.
    const hrefs = await checks.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of new Set(hrefs)) {
      const [path, anchor] = href.split('#');
      const html = await (await page.request.get(path!)).text();
      expect(html, href).toContain(`id="${anchor}"`);
    }
  });

  test('on a phone, Write and Note switch between the form and the note, and keep the typing position', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(URL);
    await expect(noteIsland(page)).not.toHaveAttribute('ssr');
    const write = page.getByRole('button', { name: 'Write', exact: true });
    const show = page.getByRole('button', { name: 'Note and checks' });
    await expect(write).toHaveAttribute('aria-pressed', 'true');
    await expect(plainOutput(page)).toBeHidden();
    const summary = page.getByLabel(SUMMARY);
    await summary.click();
    await page.keyboard.type('Copy fails');
    // The caret after "Copy", where the person goes on writing.
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await expect(summary).toBeHidden();
    await expect(plainOutput(page)).toContainText('Copy fails');
    await expect(page.getByRole('region', { name: 'Checks' })).toContainText('Next MSFT Action is empty');
    const violations = async () =>
      (await axe(page).include('.handoff-note-mount').analyze()).violations.map((v) => `${v.id}: ${v.help}`);
    expect(await violations()).toEqual([]);
    await write.click();
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await page.keyboard.type(' always');
    await expect(summary).toHaveValue('Copy always fails');
    expect(await violations()).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('offers the bare template to copy by hand, and a stylesheet that hides the inert form', async ({
    page,
    request,
  }) => {
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Chromium with script execution disabled by the test driver still parses <noscript> as
    // text, so check the markup a browser without JavaScript renders, and what it loads.
    const noscript = await page.locator('.handoff-note-mount noscript').innerHTML();
    expect(noscript).toContain('The note generator needs JavaScript');
    expect(noscript).toContain("Ticket's checklist\n=============\n\nCustomer Reachable?:Yes/No");
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(noscript)?.[1];
    expect(href).toBe('/styles/handoff-note-no-js.css');
    const css = await (await request.get(href!)).text();
    expect(css).toMatch(/\.handoff-note\s*\{\s*display:\s*none !important;/);
  });
});

test('the no-JavaScript stylesheet hides the form', async ({ page }) => {
  await open(page);
  await page.addStyleTag({ url: '/styles/handoff-note-no-js.css' });
  await expect(page.getByLabel('Next MSFT Action')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy rich' })).toBeHidden();
});

test('the rich preview is fetched once the note has something in it; without it, the plain note is printed', async ({
  page,
  watch,
}) => {
  await open(page);
  const chunk = /\/_astro\/RichNote\.[\w-]+\.js$/;
  expect(watch.requests.some((r) => chunk.test(r.url))).toBe(false);
  await page.getByLabel('Next MSFT Action').fill('Call at 09:00');
  await expect.poll(() => watch.requests.some((r) => chunk.test(r.url))).toBe(true);
  await page.getByRole('tab', { name: 'Rich text preview' }).click();
  await expect(page.getByLabel('The note as rich text')).toContainText('Call at 09:00');

  // A visit where it cannot be downloaded (a dropped VPN): the tab says so, and printing prints the plain note.
  await page.route(chunk, (route) => route.abort());
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // As a person waits for the tool to come alive: a tab clicked before its island takes over does nothing.
  await settle(page);
  await page.getByLabel('Next MSFT Action').fill('Printed as plain text');
  await page.getByRole('tab', { name: 'Rich text preview' }).click();
  await expect(page.getByLabel('The note as rich text')).toContainText('Part of this page did not download');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.hn-print')).toBeVisible();
  await expect(page.locator('.hn-print pre')).toContainText('Next MSFT Action\n=============\nPrinted as plain text');
  // The fixture counts the failed fetches as console errors; these are the test's own doing.
  watch.errors = watch.errors.filter((e) => !/RichNote|Failed to fetch dynamically imported module|ERR_FAILED/.test(e));
});

test('the import panel is fetched when first opened, and says so when it could not be', async ({ page, watch }) => {
  await open(page);
  const chunk = /\/_astro\/ImportNote\.[\w-]+\.js$/;
  expect(watch.requests.some((r) => chunk.test(r.url))).toBe(false);
  await page.route(chunk, (route) => route.abort());
  const panel = page.getByText('Import a note');
  await panel.click();
  await expect(page.getByText('Part of this page did not download, so this did not run')).toBeVisible();
  // The fixture counts the failed fetch as a console error; this one is the test's own doing.
  watch.errors = watch.errors.filter(
    (e) => !/ImportNote|Failed to fetch dynamically imported module|ERR_FAILED/.test(e),
  );
  await page.unroute(chunk);
  await panel.click();
  await panel.click();
  await expect(page.getByLabel('Paste a note')).toBeEditable();
  expect(watch.requests.some((r) => chunk.test(r.url))).toBe(true);
});

test.describe('typed before the tool’s code ran', () => {
  for (const stored of [false, true]) {
    test(`is read in, checked and saved${stored ? ', next to a saved draft' : ''}`, async ({ page }) => {
      if (stored) {
        await open(page);
        await page.getByLabel('Handoff Notes').fill('The saved note');
        await page.waitForTimeout(400);
      }
      // A slow connection: the island's code (and Solid with it) arrives 3 s after the page.
      const island = noteIsland(page);
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        await new Promise((r) => setTimeout(r, 3000));
        await route.continue();
      });
      await page.goto(URL, { waitUntil: 'commit' });
      const summary = page.getByLabel(SUMMARY);
      await summary.scrollIntoViewIfNeeded();
      await summary.fill('TYPED BEFORE HYDRATION');
      await expect(island).toHaveAttribute('ssr', '', { timeout: 1000 });
      await expect(island).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
      await page.unroute(/\/_astro\/.*\.js$/);
      if (stored) {
        // The saved draft is read after the typing started: the person chooses, nothing is dropped.
        await expect(page.getByRole('button', { name: /Keep (what I typed|this tab's note)/ })).toBeVisible();
        await page.getByRole('button', { name: /Keep (what I typed|this tab's note)/ }).click();
      }
      await expect(summary).toHaveValue('TYPED BEFORE HYDRATION');
      await expect(plainOutput(page)).toContainText('TYPED BEFORE HYDRATION');
      await page.waitForTimeout(400);
      await page.reload();
      await expect(page.getByLabel(SUMMARY)).toHaveValue('TYPED BEFORE HYDRATION');
    });
  }
});

test('typed while the saved draft is still being read back: said so, kept, and offered beside it', async ({ page }) => {
  await open(page);
  await page.getByLabel('Handoff Notes').fill('The saved note');
  await page.waitForTimeout(400);
  // The draft's reader (zod) arrives 3 s late: a slow VPN.
  await page.route(/\/_astro\/draft\.[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  await page.goto(URL);
  await expect(noteIsland(page)).not.toHaveAttribute('ssr', /.*/);
  const summary = page.getByLabel(SUMMARY);
  await summary.click();
  await page.keyboard.type('Typed while it loads');
  await expect(page.locator('.hn-status')).toContainText('Reading your saved draft back');
  await expect(page.locator('.hn-status')).not.toContainText('saved in this browser only, as you type');
  await page.getByRole('button', { name: 'Keep what I typed' }).click();
  await page.unroute(/\/_astro\/draft\.[^/]*\.js$/);
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByLabel(SUMMARY)).toHaveValue('Typed while it loads');
});

test.describe('the form is taken over in parts, one task each (so a phone is not blocked for 250 ms)', () => {
  /** Loads the tool with the page's timers stopped: its first part is taken over, the others wait for theirs. */
  async function openPaused(page: Page): Promise<void> {
    const now = Date.now();
    await page.clock.install({ time: now });
    await page.clock.pauseAt(now + 1000);
    await page.goto(URL);
    await expect(noteIsland(page)).not.toHaveAttribute('ssr', /.*/);
  }

  test('the stored draft is read in once every part is taken over, and shows in all of them', async ({ page }) => {
    await open(page);
    await page.getByLabel('Handoff Notes').fill('The saved note');
    await page.getByLabel('Case number').fill('2401010010001234');
    await page.waitForTimeout(400);

    await openPaused(page);
    // Before: what the server rendered, untouched (a part taken over later must find the page as rendered).
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('');
    await page.clock.runFor(100);
    await expect(page.getByLabel('Handoff Notes')).toHaveValue('The saved note');
    await expect(page.getByLabel('Case number')).toHaveValue('2401010010001234');
    await expect(plainOutput(page)).toContainText('The saved note');
  });

  test('typing before the last part is taken over takes every part over first: nothing typed is missed', async ({
    page,
  }) => {
    await openPaused(page);
    await page.getByLabel(SUMMARY).fill('TYPED WHILE TAKEN OVER');
    // No timer has run: the key press itself took the waiting parts over, output included.
    await expect(plainOutput(page)).toContainText('TYPED WHILE TAKEN OVER');
    await page.getByRole('tab', { name: 'Markdown' }).click();
    await expect(page.getByLabel('The note as Markdown')).toContainText('TYPED WHILE TAKEN OVER');
    await page.clock.runFor(500);
    await page.clock.resume();
    await page.reload();
    await expect(page.getByLabel(SUMMARY)).toHaveValue('TYPED WHILE TAKEN OVER');
  });
});
