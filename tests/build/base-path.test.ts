/**
 * Hosting under a sub-path: with BASE_PATH set, every root-relative address in
 * every built page (links written in the MDX pages included) starts with it.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild } from './astro-build';

const outDir = mkdtempSync(join(tmpdir(), 'fts-base-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('BASE_PATH moves every page and link under the sub-path', async () => {
  await astroBuild(outDir, { BASE_PATH: '/fts-guide/' });
  const html = readdirSync(outDir, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html'));
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
});
