/**
 * The reassignment request builder in a real Chromium, on the built site.
 * Mail links are never clicked (that would hand the page to a mail app):
 * the tests read and decode their href instead.
 */
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { parseMailto } from '../support/parse-mailto';
import { axe, expect, test, useTheme } from './fixtures';

const PAGE = '/tools/reassign-email/';
const SUBJECT = 'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Azure Data Factory';
const MAILBOX = 'sqldmmdt@microsoft.com';

function tool(page: Page): Locator {
  return page.locator('.reassign-tool');
}

async function open(page: Page, path = PAGE): Promise<Locator> {
  await page.goto(path);
  const root = tool(page);
  // As a person would: go to the builder, then wait until it can be used (disabled until hydrated).
  await root.scrollIntoViewIfNeeded();
  await expect(root.getByLabel('Case number (required)')).toBeEnabled();
  return root;
}

async function fill(root: Locator, caseNumber = '2311-0100-4000-1234', skill = 'Azure Data Factory') {
  await root.getByLabel('Support plan (required)').selectOption('Prem');
  await root.getByLabel('Severity (required)').selectOption('A');
  await root.getByLabel('Case number (required)').fill(caseNumber);
  await root.getByLabel('Target region (required)').selectOption('US');
  await root.getByLabel('Product skill (required)').fill(skill);
  await root.getByLabel('Product skill (required)').blur();
}

test('fill the fields: the exact subject, and a mail link that decodes to the same subject and body', async ({
  page,
}) => {
  const root = await open(page);
  await expect(root.getByText('Not complete yet. Still needed:')).toBeVisible();
  await expect(root.getByRole('link', { name: 'Open in mail app' })).toHaveCount(0);
  await fill(root);
  await expect(root.getByLabel('Case number (required)')).toHaveValue('2311010040001234');
  await expect(root.getByText(SUBJECT, { exact: true })).toBeVisible();
  const href = (await root.getByRole('link', { name: 'Open in mail app' }).getAttribute('href'))!;
  expect(href).not.toMatch(/[\s+#]/);
  const mail = parseMailto(href);
  expect(mail.to).toEqual([MAILBOX]);
  expect(mail.subject).toBe(SUBJECT);
  // The body shown on the page is the body in the link (with CRLF line breaks there).
  await root.getByText('Mail body', { exact: true }).click();
  const shown = await root.locator('.reassign-body pre').textContent();
  expect(mail.body).toBe(shown!.replace(/\n/g, '\r\n'));
  expect(mail.body).toContain('Please reassign this case to the US region.\r\n');
});

test('special and non-ASCII characters survive the link', async ({ page }) => {
  const root = await open(page);
  const skill = 'Über & ADF? #1 100% C++ 数据工厂';
  await fill(root, '2311010040001234', skill);
  const subject = `Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: ${skill}`;
  await expect(root.getByText(subject, { exact: true })).toBeVisible();
  const href = (await root.getByRole('link', { name: 'Open in mail app' }).getAttribute('href'))!;
  expect(parseMailto(href).subject).toBe(subject);
});

test.describe('invalid case numbers get their message on the field', () => {
  for (const [typed, message] of [
    ['2311#0100', 'A case number has digits only; remove "#".'],
    ['CAS-2311-abc', 'A case number has digits only; remove "C", "A", "S", "a", "b", "c".'],
  ] as const) {
    test(typed, async ({ page }) => {
      const root = await open(page);
      await fill(root, typed);
      const input = root.getByLabel('Case number (required)');
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await input.getAttribute('aria-describedby'))!;
      await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(message);
      await expect(root.getByText(`Not complete yet. Case number: ${message}`)).toBeVisible();
      await expect(root.getByRole('link', { name: 'Open in mail app' })).toHaveCount(0);
      await expect(root.getByRole('button', { name: 'Copy subject' })).toHaveCount(0);
    });
  }
});

test('keyboard only: fill, get the subject, copy it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await open(page);
  await root.getByLabel('Support plan (required)').focus();
  await page.keyboard.press('ArrowDown'); // Prem
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // A
  await page.keyboard.press('Tab');
  await page.keyboard.type('2311 0100 4000 1234');
  await page.keyboard.press('Tab');
  await expect(root.getByLabel('Case number (required)')).toHaveValue('2311010040001234');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown'); // APAC, IST, EMEA, US
  await page.keyboard.press('Tab');
  await page.keyboard.type('Azure Data Factory');
  await expect(root.getByText(SUBJECT, { exact: true })).toBeVisible();
  // Tab on to the Copy subject button and press Enter.
  const copy = root.getByRole('button', { name: 'Copy subject' });
  for (let i = 0; i < 10 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(root.getByRole('status')).toHaveText('Copied the subject.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SUBJECT);
  // The mail link is reachable from the keyboard too.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(root.getByRole('link', { name: 'Open in mail app' })).toBeFocused();
});

test('the case title gets its prefix, replaced when the region changes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = await open(page);
  await root.getByLabel('Current internal title of the case').fill('<Need APAC SE> Copy activity fails');
  await expect(root.getByText('Choose the target region in the case details to get the prefix.')).toBeVisible();
  await root.getByLabel('Target region (required)').selectOption('US');
  await expect(root.getByText('Need US SE - Copy activity fails', { exact: true })).toBeVisible();
  await root.getByLabel('Target region (required)').selectOption('IST');
  await expect(root.getByText('Need IST SE - Copy activity fails', { exact: true })).toBeVisible();
  await root.getByRole('button', { name: 'Copy title' }).click();
  await expect(root.getByRole('status')).toHaveText('Copied the title.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Need IST SE - Copy activity fails');
});

test('without JavaScript: the mailbox and the subject pattern as text, once, in the wiki’s notation', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(PAGE);
  const content = page.locator('.sl-markdown-content');
  await expect(content.getByRole('link', { name: MAILBOX })).toHaveAttribute('href', `mailto:${MAILBOX}`);
  const pattern =
    'Big Data DM, please reassign <Prem/Pro> <Severity> <case number> to <APAC/IST/EMEA/US> SE - Skill: <product skill>';
  await expect(content.getByText(pattern, { exact: true })).toHaveCount(1);
  await expect(content.getByText('<Severity: A/B/C>')).toHaveCount(0);
  await expect(content.getByText('Need <APAC/IST/EMEA/US> SE')).toBeVisible();
  const root = tool(page);
  await expect(root.locator('noscript .reassign-noscript')).toBeVisible();
  await expect(root.locator('noscript .reassign-noscript')).toContainText('The builder below needs JavaScript.');
  // The server-rendered form stays disabled: it cannot do anything without JavaScript.
  await expect(root.getByLabel('Case number (required)')).toBeDisabled();
  await context.close();
});

for (const path of ['/handoff/24x7/', '/handoff/local/']) {
  test(`offered on ${path}, folded under a disclosure`, async ({ page }) => {
    await page.goto(path);
    const root = tool(page);
    // The step above the builder gives the mailbox and the pattern once; the builder does not repeat them.
    await expect(root.locator('xpath=..').getByRole('link', { name: MAILBOX })).toBeVisible();
    await expect(root.getByRole('link', { name: MAILBOX })).toHaveCount(0);
    await root.getByText('Build the reassignment email and the case title').click();
    await root.getByLabel('Case number (required)').scrollIntoViewIfNeeded();
    await expect(root.getByLabel('Case number (required)')).toBeEnabled();
    await fill(root);
    await expect(root.getByText(SUBJECT, { exact: true })).toBeVisible();
  });
}

test.describe('axe', () => {
  // Three axe runs on a shared, busy machine take longer than the default 30 s.
  test.describe.configure({ timeout: 90_000 });
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing, ${theme} theme, empty, invalid and complete`, async ({ page }) => {
      await useTheme(page, theme);
      const root = await open(page);
      const scan = async () => {
        const { violations } = await axe(page).include('.reassign-tool').analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      };
      await scan();
      await fill(root, '12#4');
      await scan();
      await fill(root);
      await root.getByLabel('Current internal title of the case').fill('Copy fails');
      await root.getByText('Mail body', { exact: true }).click();
      await scan();
    });

    test(`axe finds nothing on the handoff page with the builder open, ${theme}`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/handoff/24x7/');
      await tool(page).getByText('Build the reassignment email and the case title').click();
      await tool(page).getByLabel('Case number (required)').scrollIntoViewIfNeeded();
      await expect(tool(page).getByLabel('Case number (required)')).toBeEnabled();
      const { violations } = await axe(page).include('.reassign-tool').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
    });
  }
});

/** Gzip size of every script a page loads before anyone touches it. */
async function scriptBytes(page: Page, path: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => {
        sizes.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
      }),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return sizes;
}

test('the island stays light: what the tool page adds to a docs page', async ({ page, browser }) => {
  const tool = await scriptBytes(page, PAGE);
  const other = await browser.newPage();
  const docs = await scriptBytes(other, '/handoff/');
  await other.close();
  const added = [...tool].filter(([url]) => !docs.has(url)).reduce((sum, [, n]) => sum + n, 0);
  const total = [...tool.values()].reduce((sum, n) => sum + n, 0);
  console.log(`reassign tool page: ${total} B gzip in all, ${added} B for the tool (Solid included)`);
  expect(added).toBeGreaterThan(0);
  // Solid, the page's shared draft (store, codec, note renderer for the mail body) and the island.
  // The whole page's budget (35 KB with Starlight's own scripts) is guarded in budgets.spec.ts.
  expect(added).toBeLessThanOrEqual(30 * 1024);
});
