/**
 * Nothing from the data file, a page's frontmatter or a visitor's input is rendered as HTML: no
 * component writes markup from a string. A scan of the components' source (comments left out), so
 * a new `set:html` or `innerHTML` fails here before it can reach a page (the build test
 * tests/build/hostile-data.test.ts shows the data file's text stays text on every page).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const files = readdirSync(SRC, { recursive: true, encoding: 'utf-8' })
  .filter((f) => /\.(astro|tsx|ts|mdx)$/.test(f))
  .map((f) => join(SRC, f));

/** Ways to turn a string into markup in Astro, Solid and the DOM. */
const RAW_HTML =
  /\bset:html\b|\binnerHTML\b|\bouterHTML\b|\binsertAdjacentHTML\b|\bdangerouslySetInnerHTML\b|\bcreateContextualFragment\b|\bdocument\.write\b/;

const withoutComments = (source: string) =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');

describe('the scan itself', () => {
  it.each([
    '<a set:html={title} />',
    '<div innerHTML={note()} />',
    'el.innerHTML = text;',
    'el.insertAdjacentHTML("beforeend", s);',
  ])('finds %j', (code) => expect(RAW_HTML.test(withoutComments(code))).toBe(true));

  it.each(['/** The note as elements (never innerHTML). */', '// no set:html here', '<p>{title}</p>'])(
    'lets %j pass',
    (code) => expect(RAW_HTML.test(withoutComments(code))).toBe(false),
  );
});

describe('src', () => {
  it('has components to check', () => expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20));

  it.each(files.map((f) => [relative(SRC, f), f]))('%s renders no string as HTML', (_, file) => {
    expect(withoutComments(readFileSync(file, 'utf-8')).match(RAW_HTML)?.[0]).toBeUndefined();
  });
});
