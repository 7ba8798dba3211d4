/**
 * Hosting at an address under a sub-path: with BASE_PATH set, every root-relative
 * address in every built page (links written in the MDX pages included) starts
 * with it; with SITE_URL set, printed links to the guide's pages carry the site's
 * address (print.css reads it from `--fts-site`).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild } from './astro-build';
import { findInlineCode, hashSource, readPolicy } from '../../src/integrations/csp';

const outDir = mkdtempSync(join(tmpdir(), 'fts-base-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const builtHtml = () => readdirSync(outDir, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html'));

it('BASE_PATH moves every page and link under the sub-path', async () => {
  await astroBuild(outDir, { BASE_PATH: '/fts-guide/', SITE_URL: 'https://support.example.com/fts-guide/' });
  const html = builtHtml();
  expect(html).toContain(join('handoff', '24x7', 'index.html'));
  const outside: string[] = [];
  let checked = 0;
  for (const file of html) {
    const text = readFileSync(join(outDir, file), 'utf-8');
    for (const [, attr, url] of text.matchAll(/\s(href|src)="(\/[^"]*)"/g)) {
      checked++;
      if (!url!.startsWith('/fts-guide/') && !url!.startsWith('//')) outside.push(`${file}: ${attr}="${url}"`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(outside).toEqual([]);
  // A link written in an MDX page, to one step of a workflow.
  expect(readFileSync(join(outDir, 'index.html'), 'utf-8')).toContain('href="/fts-guide/handoff/24x7/#step-3"');
  // With SITE_URL, canonical links and the sitemap point at the real site.
  expect(readFileSync(join(outDir, 'handoff', 'index.html'), 'utf-8')).toMatch(
    /<link rel="canonical" href="https:\/\/support\.example\.com\/fts-guide\/handoff\/"/,
  );
  expect(readdirSync(outDir)).toContain('sitemap-index.xml');
});

it('SITE_URL gives every page the site’s address for its printed links, allowed by the page’s policy', () => {
  const pages = builtHtml().filter((f) => f.endsWith('index.html'));
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const text = readFileSync(join(outDir, file), 'utf-8');
    const style = findInlineCode(text).styles.find((css) => css.includes('--fts-site'));
    expect(style, file).toBe(':root{--fts-site:"https://support.example.com"}');
    expect(readPolicy(text).get('style-src'), file).toContain(hashSource(style!));
  }
});
