/**
 * A data file written by an attacker (issue 12): a `<script>`, an `<img src=x onerror=…>` and a
 * `javascript:` address in every string field of a copy of the data file. Each one is either
 * refused by the data check with a message naming its field, or shows on the pages as the literal
 * text it is: the build passes (no page holds a script the build does not know, see
 * src/integrations/csp.ts), and Chromium opens every page of it without running any of them.
 *
 * Two builds: one with every payload the schema refuses (it stops at the data check, naming each
 * field), one with every payload it accepts as text (a full build, opened in Chromium).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, astroBuild } from './astro-build';
import { describePath, validateOrg } from '../../src/lib/org-data';
import { findInlineCode } from '../../src/integrations/csp';
import { serveStatic } from '../audit/static-server.mjs';
import { findBrowser } from '../e2e/browser-path.mjs';

const DATA = parseDocument(readFileSync(join(ROOT, 'src/content/org.yaml'), 'utf-8')).toJS();
const work = mkdtempSync(join(tmpdir(), 'fts-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Path = (string | number)[];

/** Every string in the data, by its path. */
function stringFields(node: unknown, path: Path = []): Path[] {
  if (typeof node === 'string') return [path];
  if (Array.isArray(node)) return node.flatMap((item, i) => stringFields(item, [...path, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => stringFields(v, [...path, k]));
  return [];
}

const FIELDS = stringFields(DATA);
const get = (data: any, path: Path) => path.reduce((node, key) => node[key], data);
const set = (data: any, path: Path, value: string) => {
  get(data, path.slice(0, -1))[path.at(-1)!] = value;
};

/** The payloads, numbered by field so a run would say where it came from (`__x(n)`). */
const PAYLOADS = {
  script: (value: string, n: number) => `${value} <script>__x(${n})</script>`,
  img: (value: string, n: number) => `${value} <img src=x onerror=__x(${n})>`,
  'javascript: URL': (_value: string, n: number) => `javascript:__x(${n})`,
};
/** All three at once, as text after the field's own value. */
const allAsText = (value: string, n: number) =>
  `${value} <script>__x(${n})</script><img src=x onerror=__x(${n})> javascript:__x(${n})`;

/** The data with `edit` applied to the fields given, the problems of the data check (empty when accepted). */
function check(edits: [Path, string][]): { data: unknown; problems: string } {
  const data = structuredClone(DATA);
  for (const [path, value] of edits) set(data, path, value);
  try {
    validateOrg(data, 'org.yaml');
    return { data, problems: '' };
  } catch (error) {
    return { data, problems: (error as Error).message };
  }
}

/** Fields that take the payloads as text, and payloads refused (field, value, expected message start). */
const asText: [Path, string][] = [];
const refused: [Path, string, string][] = [];
FIELDS.forEach((path, n) => {
  const value = get(DATA, path) as string;
  if (!check([[path, allAsText(value, n)]]).problems) asText.push([path, allAsText(value, n)]);
  for (const payload of Object.values(PAYLOADS)) {
    const { data, problems } = check([[path, payload(value, n)]]);
    // Refused by its own rule (a renamed severity is refused through \`assumedSeverities\` instead).
    if (problems?.includes(`${describePath(path, data)}: `))
      refused.push([path, payload(value, n), `${describePath(path, data)}: `]);
  }
});

describe('in the data check, each payload', () => {
  it('covers every string field, and some of each kind', () => {
    expect(FIELDS.length).toBeGreaterThan(80);
    expect(asText.length).toBeGreaterThan(40);
    // Identifiers, times, zones, dates, days, addresses and patterns refuse markup.
    expect(refused.length).toBeGreaterThan(20);
    for (const name of ['url', 'joinUrl', 'mailbox', 'timeZone', 'start', 'lastReviewed']) {
      expect(refused.some(([path]) => path.at(-1) === name)).toBe(true);
    }
  });

  it.each(FIELDS.map((path) => [path.join('.'), path] as const))(
    '%s: refused naming the field, or taken as text',
    (_, path) => {
      const n = FIELDS.indexOf(path);
      const value = get(DATA, path) as string;
      for (const [kind, payload] of Object.entries(PAYLOADS)) {
        const { data, problems } = check([[path, payload(value, n)]]);
        if (!problems) continue;
        // A severity renamed by the payload also leaves `assumedSeverities` naming one that is gone.
        if (path[0] === 'severities' && problems.includes('assumedSeverities › ')) continue;
        expect(problems, kind).toContain(`${describePath(path, data)}: `);
      }
      // A web address or mailbox never takes a javascript: address.
      if (/url|joinUrl|mailbox/i.test(String(path.at(-1))))
        expect(check([[path, PAYLOADS['javascript: URL'](value, n)]]).problems).not.toBe('');
    },
  );
});

describe('a build with every refused payload', () => {
  it('stops at the data check, naming every field', async () => {
    const edits = refused.map(([path, value]) => [path, value] as [Path, string]);
    // One value per field (the first refused), as one file can hold only one.
    // A cross-reference (\`assumedSeverities\` names severities) is judged against the severities the
    // same file renames, so its message differs there; it is checked on its own above.
    const perField = new Map(
      edits
        .filter(([path]) => path[0] !== 'assumedSeverities')
        .map(([path, value]) => [path.join('.'), [path, value] as [Path, string]]),
    );
    const { data, problems } = check([...perField.values()]);
    expect(problems).not.toBe('');
    const file = join(work, 'refused.yaml');
    writeFileSync(file, JSON.stringify(data, null, 2)); // JSON is YAML.
    const output = await astroBuild(join(work, 'refused'), { ORG_DATA_FILE: file }).then(
      () => 'the build passed',
      (error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
    );
    expect(output).toContain('refused.yaml has');
    for (const [path] of perField.values()) expect(output).toContain(`${describePath(path, data)}: `);
  });
});

describe('a build with every payload the data check takes as text', () => {
  const outDir = join(work, 'as-text');
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const { data, problems } = check(asText);
    expect(problems).toBe('');
    const file = join(work, 'as-text.yaml');
    writeFileSync(file, JSON.stringify(data, null, 2));
    await astroBuild(outDir, { ORG_DATA_FILE: file });
    site = await serveStatic(outDir);
    browser = await chromium.launch({ executablePath: findBrowser(), args: ['--disable-background-networking'] });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const pages = () =>
    readdirSync(outDir, { recursive: true, encoding: 'utf-8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
      .map((f) => `/${f.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));

  it('builds, with no payload as markup in any page', () => {
    expect(pages().length).toBeGreaterThan(15);
    for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(outDir, file), 'utf-8');
      const code = findInlineCode(html);
      expect(
        code.scripts.filter((s) => s.includes('__x(')),
        file,
      ).toEqual([]);
      expect([...code.eventHandlers, ...code.scriptUrls], file).toEqual([]);
      // Outside attribute values (where `<` is only text), no payload is an element.
      const markup = html.replace(/="[^"]*"/g, '=""');
      expect(markup.match(/.{0,80}(<script>__x\(|<img src=x).{0,40}/g), file).toBeNull();
    }
  });

  it('opens every page in Chromium without running any payload, showing them as text', async () => {
    const shown = new Set<number>();
    const problems: string[] = [];
    for (const path of pages()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as any).__x = (n: number) => ((window as any).__ran ??= []).push(n);
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI || 'inline'}`),
        );
      });
      page.on('dialog', (dialog) => problems.push(`${path}: a dialog opened: ${dialog.message()}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      await page.goto(`${site.origin}${path}`);
      // Islands that wait to be seen hydrate too.
      await page.mouse.wheel(0, 50_000);
      await page.waitForLoadState('networkidle');
      const ran = await page.evaluate(() => (window as any).__ran as number[] | undefined);
      if (ran) problems.push(`${path}: ran the payloads of ${ran.map((n) => FIELDS[n]?.join('.')).join(', ')}`);
      const text = await page.locator('body').innerText();
      for (const [, n] of text.matchAll(/<script>__x\((\d+)\)<\/script>/g)) shown.add(Number(n));
      await context.close();
    }
    expect(problems).toEqual([]);
    // The example: the FTS tool's title shows as written, script and all.
    expect([...shown].map((n) => FIELDS[n]!.join('.'))).toContain('links.ftsTool.title');
    expect(shown.size).toBeGreaterThan(20);
  }, 180_000);
});
