/**
 * An Astro integration that, once the site is built, completes the Content Security Policy of every
 * HTML page with the hashes of that page's inline scripts, styles and style attributes (see `csp.ts`).
 * Hashes are computed from the files actually written, never pasted by hand, so they hold for whatever
 * pages and islands the site gains.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPolicy } from './csp.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Completes each built page's CSP `<meta>`; Astro's `security.csp` must be enabled to write it. */
export function cspHashes(): AstroIntegration {
  return {
    name: 'fts:csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          try {
            await writeFile(file, applyPolicy(await readFile(file, 'utf8')));
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
          pages++;
        }
        logger.info(`Content-Security-Policy completed with inline hashes on ${pages} pages`);
      },
    },
  };
}
