/**
 * The receive tool in real Chromium, by keyboard only: three notes pasted (one the generator made,
 * one typed by hand with CRLF line ends and its sections out of order, and HTML copied from Outlook
 * with a remote image), the read-back reply copied in both formats, review mode and its printed
 * feedback sheet, and axe at phone and desktop widths.
 */
import type { Locator, Page } from '@playwright/test';
import { axe, expect, test, type PageWatch } from './fixtures';
import { tabTo } from './keyboard';
import { emptyNote } from '../../src/lib/note/note';
import { renderPlain } from '../../src/lib/note/render';

const PAGE = '/tools/receive/';
const REMOTE_IMAGE = 'https://images.contoso-mail.example/signature/logo.png';

/** The generator's own note for a fictional case. */
function generatorNote(): string {
  const note = emptyNote();
  note.sections.summary =
    'EXAMPLE (fictional). Copy to the data lake fails with 403. Checked: the runtime IP is not allowed.';
  note.sections.nextMsftAction = '';
  note.sections.nextCustomerAction = 'Network team adds the IP by 10:00 their time.';
  note.checklist = {
    customerReachable: 'Yes',
    waitingForRca: 'Yes',
    acceptsEnglish: 'Yes',
    pendingOn: 'PG',
    icmId: '',
    critsitReason: '',
  };
  return renderPlain(note, {
    caseNumber: '1234567890123456',
    supportPlan: 'Pro',
    severity: 'B',
    productSkill: 'Azure Data Factory',
    targetRegion: 'APAC',
    is24x7: true,
  });
}

/** Typed by hand: CRLF line ends, the checklist first, sections out of order, a "From" line. */
const HAND_TYPED = [
  'From: EMEA',
  '',
  "Ticket's checklist",
  '=============',
  'Customer Reachable?: No',
  'Now the issue is pending on?: Customer',
  '',
  'Next MSFT Action',
  '=============',
  'Call the customer at 09:00 their time.',
  '',
  'Summary',
  '=============',
  'Pipeline fails since Monday; tried a rerun.',
].join('\r\n');

/** As Outlook puts a forwarded note on the clipboard: Word HTML, styles everywhere, a signature image. */
const OUTLOOK_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US"><!--StartFragment--><div class="WordSection1">
<p class="MsoNormal"><b>From:</b> Alex Example (IST)<o:p></o:p></p>
<p class="MsoNormal" style="margin:0cm"><span style="font-size:12pt">Summary (What’s the progress so far)</span><o:p></o:p></p>
<p class="MsoNormal">Copy fails with&nbsp;403 after the
firewall change. Checked the allow list.<o:p></o:p></p>
<p class="MsoNormal"><b>Next MSFT Action</b><o:p></o:p></p>
<p class="MsoNormal">Rerun the pipeline at 14:00.<o:p></o:p></p>
<table class="MsoNormalTable" style="border-collapse:collapse"><tr><td style="padding:0">IcM ID?</td><td>402133</td></tr>
<tr><td>Now the issue is pending on?</td><td>PG</td></tr></table>
<p class="MsoNormal"><img width="120" height="40" src="${REMOTE_IMAGE}" alt="Contoso"><o:p></o:p></p>
<script>window.__pastedScriptRan = true</script>
</div><!--EndFragment--></body></html>`;

async function open(page: Page): Promise<number> {
  await page.goto(PAGE);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  return Date.now();
}

/** Replaces the box's content with what the clipboard holds, as a person does: select all, paste. */
async function pasteInto(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/** Puts HTML on the clipboard as Outlook does, unsanitized, through a copy event (Ctrl+C). */
async function copyHtml(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(
    ([h, t]) =>
      document.addEventListener(
        'copy',
        (e) => {
          e.clipboardData!.setData('text/html', h!);
          e.clipboardData!.setData('text/plain', t!);
          e.preventDefault();
        },
        { once: true },
      ),
    [html, text],
  );
  await page.keyboard.press('Control+C');
}

/**
 * Requests since `since` that could carry what was pasted: anything but a plain GET of the site's
 * own files (tabbing through the sidebar prefetches its pages; the search button loads its code).
 */
const sendingSince = (watch: PageWatch, since: number) =>
  watch.requests
    .filter((r) => r.at >= since && !/^(blob|data):/.test(r.url))
    .filter((r) => r.method !== 'GET' || new URL(r.url).search !== '')
    .map((r) => `${r.method} ${r.url}`);

test.describe('receiving a handoff', () => {
  test.use({
    permissions: ['clipboard-read', 'clipboard-write'],
    locale: 'en-GB',
    timezoneId: 'Asia/Shanghai',
  });

  // Keyboard-only paths press many keys; a shared machine makes each one slow.
  test.beforeEach(() => test.setTimeout(120_000));

  test('three pasted notes, read back and copied, by keyboard only, with no request', async ({ page, watch }) => {
    const loaded = await open(page);
    const box = page.getByLabel('Paste the note');
    const findings = page.getByRole('region', { name: 'What to ask the sender' });
    const view = page.getByRole('region', { name: 'What the note says' });

    // 1. The generator's note.
    await page.evaluate((text) => navigator.clipboard.writeText(text), generatorNote());
    await pasteInto(page, box);
    await expect(findings).toContainText('No next MSFT action: ask the sender before their shift ends.');
    await expect(findings).toContainText('Pending on PG and no IcM ID: ask for it.');
    await expect(findings).toContainText('Waiting for RCA: yes. Who tracks the RCA request?');
    await expect(view).toContainText('1234567890123456');
    await expect(view).toContainText('Network team adds the IP by 10:00 their time.');
    await expect(page.getByRole('status').filter({ hasText: 'Read the note' })).toContainText('3 things to ask');

    // The sender's region is not in this note: the receiver picks it, by typing its first letter.
    const region = page.getByLabel("Sender's region");
    await expect(page.getByText('The note does not say where it comes from')).toBeVisible();
    await tabTo(page, region);
    await page.keyboard.type('E');
    await expect(region).toHaveValue('EMEA');
    await expect(page.getByText(/^In EMEA it is/)).toBeVisible();

    // Read back.
    await tabTo(page, page.getByLabel("Sender's name (optional)"));
    await page.keyboard.type('Alex Example');
    await tabTo(page, page.getByLabel('The next action, in your words'));
    await page.keyboard.type('Ask PG for the IcM & the RCA owner');
    await tabTo(page, page.getByLabel('Time'));
    await page.keyboard.type('1400');
    await tabTo(page, page.getByLabel('Questions for the sender, one a line'));
    await page.keyboard.type('Who raised the <IcM>?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Is the customer on Teams?');
    const reply = page.getByRole('region', { name: 'Read it back' }).locator('pre').first();
    await expect(reply).toContainText(
      /^I have case 1234567890123456\. I'll ask PG for the IcM & the RCA owner by \w{3} \d{1,2} \w{3}, 14:00 my time \(\w{3} \d{1,2} \w{3}, 06:00 yours\)\.\nQuestions:\n1\. Who raised the <IcM>\?\n2\. Is the customer on Teams\?$/,
    );
    await tabTo(page, page.getByRole('button', { name: 'Copy the reply' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied the reply' })).toBeVisible();
    const clip = await page.evaluate(async () => {
      const [item] = await (
        navigator.clipboard.read as (options?: { unsanitized?: string[] }) => Promise<ClipboardItems>
      )({ unsanitized: ['text/html'] });
      return {
        types: [...item!.types].sort(),
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(clip.types).toEqual(['text/html', 'text/plain']);
    expect(clip.text).toBe(await reply.textContent());
    expect(clip.html).toContain('I have case <strong>1234567890123456</strong>.');
    expect(clip.html).toContain('<li>Who raised the &#60;IcM&#62;?</li>');
    expect(clip.html).toContain('ask PG for the IcM &#38; the RCA owner');
    expect(clip.html).not.toContain('<IcM>');

    await tabTo(page, page.getByRole('button', { name: 'Copy the case-notes line' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied the case-notes line' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Received from Alex Example \(EMEA\) on \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\+08:00\); read back\.$/,
    );

    // 2. Typed by hand: CRLF, reordered, the region named in the note.
    await page.evaluate((text) => navigator.clipboard.writeText(text), HAND_TYPED);
    await pasteInto(page, box);
    await expect(view).toContainText('Pipeline fails since Monday; tried a rerun.');
    await expect(view).toContainText('Call the customer at 09:00 their time.');
    await expect(findings).toContainText('Customer reachable: no. Ask how and when you can reach the customer.');
    await expect(findings).toContainText("Pending on the customer and no Next Customer's Action");
    await expect(page.getByText('The note says it comes from EMEA.')).toBeVisible();
    await expect(region).toHaveValue('EMEA');

    // 3. HTML from Outlook, with a remote image and a script: read as text, nothing fetched or run.
    await copyHtml(page, OUTLOOK_HTML, 'plain text the page must not use');
    await pasteInto(page, box);
    await expect(box).toHaveValue(
      /^From: Alex Example \(IST\)\nSummary \(What’s the progress so far\)\nCopy fails with 403 after the firewall change\. Checked the allow list\.\nNext MSFT Action\nRerun the pipeline at 14:00\.\nIcM ID\?: 402133\nNow the issue is pending on\?: PG$/m,
    );
    await expect(view).toContainText('Copy fails with 403 after the firewall change. Checked the allow list.');
    await expect(view).toContainText('402133');
    // The mail answers two checklist lines of six: the receiver asks for the rest.
    await expect(findings).toContainText(
      'Not answered in the checklist: “Customer Reachable?”, “Waiting for RCA?”, “Customer accept English Support?”. Ask the sender.',
    );
    await expect(page.getByText('The note says it comes from IST.')).toBeVisible();
    expect(await page.evaluate(() => (window as { __pastedScriptRan?: boolean }).__pastedScriptRan)).toBeUndefined();
    expect(watch.requests.map((r) => r.url)).not.toContain(REMOTE_IMAGE);
    expect(sendingSince(watch, loaded), 'requests that could carry the note').toEqual([]);
  });

  test('says what it expected for empty and unrecognisable input', async ({ page }) => {
    await open(page);
    const box = page.getByLabel('Paste the note');
    await expect(page.getByText(/^Paste the handoff note you received/)).toBeVisible();
    await tabTo(page, box);
    await page.keyboard.type('Hi, could you take my case tonight? Thanks!');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/^This does not look like a handoff note/)).toBeVisible();
    await expect(box).toHaveAccessibleDescription(/no section heading/);
    await expect(page.getByRole('region', { name: 'What to ask the sender' })).toHaveCount(0);
  });

  test('review mode: stricter checks on the practice note and a printable feedback sheet', async ({ page }) => {
    await open(page);
    const receive = page.getByRole('radio', { name: 'Receive a case' });
    await tabTo(page, receive);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Review a note (for leads)' })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Paste a fictional example' }));
    await page.keyboard.press('Enter');
    const findings = page.getByRole('region', { name: 'Findings for the writer' });
    await expect(findings).toContainText('looks like a storage account key');
    await expect(findings).not.toContainText('EXAMPLEnotArealKEY');
    await expect(findings).toContainText('“Partner Ticket” still has a placeholder (“TBD”)');
    await expect(findings).toContainText('Next MSFT Action says what, but not by when');
    await expect(findings).toContainText(
      'Not answered in the checklist: “Customer Reachable?”, “Now the issue is pending on?”.',
    );
    await expect(findings).toContainText('The Summary does not say what was tried');
    // No read-back in review mode.
    await expect(page.getByRole('region', { name: 'Read it back' })).toHaveCount(0);

    const count = await findings.locator('li').count();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.rn-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Feedback on a handoff note' })).toBeVisible();
    await expect(sheet.locator('pre')).toContainText('Next MSFT Action\n=============\nFollow up with the customer');
    await expect(sheet.locator('pre')).toContainText('AccountKey=[hidden]');
    await expect(sheet.locator('pre')).not.toContainText('EXAMPLEnotArealKEY');
    await expect(sheet.locator('li')).toHaveCount(count);
    await expect(sheet.locator('li').first()).toContainText('Comments:');
    await expect(page.locator('main')).toBeHidden();
  });

  for (const width of [390, 1280]) {
    test(`axe finds nothing at ${width} px, in both modes`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await page.getByRole('button', { name: 'Paste a fictional example' }).click();
      await page.getByLabel('Time').fill('14:00');
      await page.getByLabel('The next action, in your words').fill('Rerun the pipeline');
      const scan = async () =>
        (await axe(page).include('.receive-mount').analyze()).violations.map(
          (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' / ')}`,
        );
      expect(await scan()).toEqual([]);
      await page.getByRole('radio', { name: 'Review a note (for leads)' }).check();
      expect(await scan()).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    });
  }
});
