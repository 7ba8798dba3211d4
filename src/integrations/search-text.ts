/**
 * The search index (Pagefind, run by Starlight once the pages are written) reads a page's text as
 * the HTML gives it. Astro writes the HTML without whitespace between tags, so the cells of a table
 * and a heading with what follows it run together in the index and in result excerpts
 * ("Time zoneBusiness hours"). Before the index is built, this puts one space after the end of
 * each table cell, caption, heading, list item and paragraph that is directly followed by another
 * tag: boundaries where whitespace is never rendered, so the page looks the same. Islands are left
 * as they are (their text is indexed as it is).
 *
 * Must be listed before Starlight in `integrations`, so that it runs before the index is built.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BOUNDARY = /(<\/(?:th|td|caption|h[1-6]|li|p|dt|dd)>)(?=<)/g;
const ISLAND = /<astro-island[\s>]|<\/astro-island>/g;

/**
 * The page with a space at each block boundary that has none, outside islands: an island's
 * server-rendered markup must stay node for node what its framework wrote, or hydrating it fails.
 */
export function spaceBlockBoundaries(html: string): string {
  let out = '';
  let depth = 0;
  let from = 0;
  for (const tag of html.matchAll(ISLAND)) {
    const at = tag.index;
    const segment = html.slice(from, at);
    out += depth === 0 ? segment.replace(BOUNDARY, '$1 ') : segment;
    depth = Math.max(0, depth + (tag[0].startsWith('</') ? -1 : 1));
    from = at;
  }
  const rest = html.slice(from);
  return out + (depth === 0 ? rest.replace(BOUNDARY, '$1 ') : rest);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function searchText(): AstroIntegration {
  return {
    name: 'fts:search-text',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          await writeFile(file, spaceBlockBoundaries(await readFile(file, 'utf8')));
        }
      },
    },
  };
}
