/**
 * Builds the real site with edited copies of the data file, the way a lead
 * would edit it, and checks what reaches (or stops) the build.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, astroBuild } from './astro-build';

const DATA = readFileSync(join(ROOT, 'src/content/org.yaml'), 'utf-8');
const work = mkdtempSync(join(tmpdir(), 'fts-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds with `yaml` as the data file; resolves with the output, or rejects with the build's output. */
async function buildWith(name: string, yaml: string) {
  const dataFile = join(work, `${name}.yaml`);
  const outDir = join(work, name);
  writeFileSync(dataFile, yaml);
  const result = await astroBuild(outDir, { ORG_DATA_FILE: dataFile }).catch(
    (error: { stdout: string; stderr: string }) => ({ failed: true, output: error.stdout + error.stderr }),
  );
  return { outDir, ...result };
}

/** Every built HTML page, as path → text. */
function pages(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory() && entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
      else if (entry.name.endsWith('.html')) out.set(relative(dir, path), readFileSync(path, 'utf-8'));
    }
  };
  walk(dir);
  return out;
}

describe('the data file is the one source of truth', () => {
  it('changing one SME name changes every page that shows it', async () => {
    const old = 'Shyam Simha';
    const renamed = 'Priya Example-Renamed';
    expect(DATA).toContain(`sme: ${old}`);
    const original = await buildWith('original', DATA);
    const edited = await buildWith('renamed', DATA.replace(`sme: ${old}`, `sme: ${renamed}`));
    expect(original).not.toHaveProperty('failed');
    expect(edited).not.toHaveProperty('failed');

    const before = pages(original.outDir);
    const after = pages(edited.outDir);
    const showing = [...before].filter(([, html]) => html.includes(old)).map(([path]) => path);
    // The SME table is on several pages; if it were on none, this test would prove nothing.
    expect(showing.length).toBeGreaterThan(1);
    for (const path of showing) {
      expect(after.get(path), path).toContain(renamed);
      expect(after.get(path), path).not.toContain(old);
    }
    for (const [path, html] of after) expect(html, path).not.toContain(old);

    // Built without SITE_URL: nothing points at a development address, and the build says why.
    expect((original as { stdout: string }).stdout).toContain('SITE_URL is not set');
    for (const [path, html] of before) {
      expect(html, path).not.toMatch(/rel="canonical"|property="og:url"|<link[^>]+localhost/);
    }
    expect(readdirSync(original.outDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
  });

  // A broken data file stopping the build is proved by one real build, in hostile-data.test.ts
  // (every refused payload, each named at its field); what each broken field says is held, as a
  // table, by tests/unit/org-data.test.ts.
});
