/**
 * `src/lib` is the pure logic that runs anywhere: in the browser (islands import it), at build time
 * and in these tests. So no file there may import Node's modules, Astro's virtual modules or Solid,
 * or reach for the browser's globals; build-time code lives in `src/integrations/`, browser code in
 * `src/components/`. A scan of the source, comments left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../src/lib', import.meta.url));

const files = readdirSync(LIB, { recursive: true, encoding: 'utf-8' })
  .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))
  .map((f) => join(LIB, f));

/** The code without its comments (a `//` after `:` is part of a URL in a string, and is kept). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

/** The code without comments and without the text of its strings (a word in a message is not a use). */
function codeOnly(source: string): string {
  return withoutComments(source).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Module specifiers are strings: checked on the code without comments; globals on the code alone. */
function problems(source: string): string[] {
  const imports = withoutComments(source);
  const code = codeOnly(source);
  return FORBIDDEN.filter(([re, why]) => re.test(why === 'uses a DOM global' ? code : imports)).map(([, why]) => why);
}

/** What `src/lib` must not use, with the reason shown when it does. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bfrom\s+['"]node:|\bimport\(\s*['"]node:|\brequire\(\s*['"]node:/, 'imports a node: module'],
  [/\bfrom\s+['"](fs|path|url|os|crypto|child_process)(\/[^'"]*)?['"]/, 'imports a Node module'],
  [/\bfrom\s+['"]astro:|\bimport\(\s*['"]astro:/, 'imports an astro:* module'],
  [/\bfrom\s+['"]solid-js|\bimport\(\s*['"]solid-js/, 'imports solid-js'],
  [
    /(?<![.\w$])(document|window|localStorage|sessionStorage|navigator|location|HTMLElement|customElements)\b(?!\s*:)/,
    'uses a DOM global',
  ],
];

describe('the scan itself', () => {
  it.each([
    ["import { readFile } from 'node:fs/promises';", 'imports a node: module'],
    ["import { z } from 'astro:content';", 'imports an astro:* module'],
    ["import { createSignal } from 'solid-js';", 'imports solid-js'],
    ["import { render } from 'solid-js/web';", 'imports solid-js'],
    ['const t = document.title;', 'uses a DOM global'],
    ['window.addEventListener("x", f);', 'uses a DOM global'],
    ['localStorage.getItem(k);', 'uses a DOM global'],
    ["import { join } from 'path';", 'imports a Node module'],
  ])('finds %j', (code, reason) => {
    expect(problems(code)).toEqual([reason]);
  });

  it.each([
    '// the document is read by the island',
    '/** Saved in localStorage by the island. */',
    "const url = 'https://example.com/window';",
    "const message = 'open it in a new window';",
    'const o = { document: 1 };',
    'note.document.title',
    "import { z } from 'astro/zod';",
  ])('lets %j pass', (code) => {
    expect(problems(code)).toEqual([]);
  });
});

describe('src/lib', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [relative(LIB, f), f]))('%s is pure: no Node, astro:*, Solid or DOM', (_, file) => {
    expect(problems(readFileSync(file, 'utf-8'))).toEqual([]);
  });
});
