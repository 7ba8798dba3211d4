/**
 * Hostile input, the site's side (issue 12): what holds whatever the browser or the host does.
 * - Blocked storage breaks nothing: with `localStorage` throwing on read, on write or on access,
 *   the theme switch still works for the page and nothing logs an error (the fixture fails the
 *   test on any error or CSP violation).
 * - The site cannot be framed: served with the headers the build writes (`dist/_headers`), a page
 *   refuses to show in a frame of another origin, and every page still works under them.
 * The data-file payloads (a script, an `onerror` image and a `javascript:` address in every text
 * field of the data file) are held by tests/build/hostile-data.test.ts, which builds that copy of
 * the data and opens every page of it in Chromium. The field rules are in hostile-input.spec.ts.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serveStatic } from '../audit/static-server.mjs';
import { parseHeadersFile } from '../../src/integrations/headers';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Ways a browser refuses storage: a setting, a sandboxed frame, a full quota. */
const BLOCKS = {
  'throws on every read': () => {
    Storage.prototype.getItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  },
  'throws on every write': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'throws on access': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
} as const;

/** What using `localStorage` gives on the page: "works", or the name of the error. */
const tryStorage = (page: Page) =>
  page.evaluate(() => {
    try {
      localStorage.setItem('fts-probe', '1');
      localStorage.getItem('fts-probe');
      return 'works';
    } catch (error) {
      return (error as Error).name;
    }
  });

test.describe('blocked storage', () => {
  for (const [how, block] of Object.entries(BLOCKS)) {
    for (const path of ['/', '/fts/faq/']) {
      test(`when localStorage ${how}, the theme switch still works on ${path}`, async ({ page }) => {
        await page.addInitScript(block);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        expect(await tryStorage(page), 'the browser refuses storage').not.toBe('works');

        const html = page.locator('html');
        const theme = page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true });
        await expect(html).toHaveAttribute('data-theme', 'light');
        await expect(theme).toHaveValue('auto');

        await theme.selectOption('dark');
        await expect(html).toHaveAttribute('data-theme', 'dark');
        await expect(theme).toHaveValue('dark');
        // Storage could not keep the choice, but the page does: a change of the system's scheme
        // leaves it alone.
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.emulateMedia({ colorScheme: 'light' });
        await expect(html).toHaveAttribute('data-theme', 'dark');

        await theme.selectOption('light');
        await expect(html).toHaveAttribute('data-theme', 'light');
        await theme.selectOption('auto');
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect(html).toHaveAttribute('data-theme', 'dark');
      });
    }
  }

  test('with storage working, the chosen theme is kept for the next page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption('dark');
    await page.goto('/fts/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true })).toHaveValue('dark');
  });
});

/** Starts a server on a free port of 127.0.0.1 and returns its origin. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** A page of another origin that frames `url`. */
function framingSite(url: string): Server {
  return createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Another site</title><iframe src="${url}" title="The guide"></iframe>`);
  });
}

/** A page in a context of its own (the fixture allows one origin), with its errors and CSP violations. */
async function watchedPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
  return { context, page, errors };
}

test.describe('served with the headers the build writes', () => {
  test.describe.configure({ mode: 'serial' });
  const headers = parseHeadersFile(readFileSync(`${DIST}_headers`, 'utf-8'));
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let bare: Awaited<ReturnType<typeof serveStatic>>;
  const others: Server[] = [];

  test.beforeAll(async () => {
    site = await serveStatic(DIST, { headers });
    bare = await serveStatic(DIST);
  });
  test.afterAll(async () => {
    for (const server of others) server.closeAllConnections();
    await Promise.all([site?.close(), bare?.close(), ...others.map((s) => new Promise((done) => s.close(done)))]);
  });

  test('the headers file holds the policy for framing and the security headers', () => {
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
    const azure = JSON.parse(readFileSync(`${DIST}staticwebapp.config.json`, 'utf-8'));
    expect(azure.globalHeaders).toEqual(headers);
  });

  test('another origin cannot frame a page', async ({ browser }) => {
    const other = framingSite(`${site.origin}/fts/`);
    others.push(other);
    const { context, page, errors } = await watchedPage(browser);
    try {
      await page.goto(await listen(other));
      await expect
        .poll(() => errors.join('\n'))
        .toContain(`violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      // Chromium shows its error page in the frame instead of the guide.
      await expect.poll(() => frame.url()).toBe('chrome-error://chromewebdata/');
      await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Follow the Sun (FTS)' })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test('without those headers the same frame shows the page (so the test above can fail)', async ({ browser }) => {
    const other = framingSite(`${bare.origin}/fts/`);
    others.push(other);
    const { context, page, errors } = await watchedPage(browser);
    try {
      await page.goto(await listen(other));
      await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Follow the Sun (FTS)' })).toBeVisible();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('every page works under them: no error, no CSP violation, search and the tools run', async ({ browser }) => {
    // Five pages, their islands and a first search (Pagefind's index and WebAssembly).
    test.setTimeout(120_000);
    const { context, page, errors } = await watchedPage(browser);
    try {
      for (const path of ['/', '/fts/faq/', '/tools/handoff-note/', '/tools/regions/', '/tools/reassign-email/']) {
        const response = await page.goto(`${site.origin}${path}`);
        expect(response?.headers()['content-security-policy'], path).toBe(headers['Content-Security-Policy']);
        await page.mouse.wheel(0, 20_000);
        await page.waitForLoadState('networkidle');
      }
      await page.goto(`${site.origin}/`);
      await page.getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog');
      const box = dialog.getByRole('textbox', { name: 'Search' });
      await expect(box).toBeEditable();
      await box.fill('SME');
      // Pagefind loads its index and WebAssembly (under the headers' policy) on first use.
      await expect(dialog.getByText(/\d+ results? for/)).toBeVisible({ timeout: 20_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
