/**
 * An Astro integration that, once the site is built, completes the Content Security Policy of every
 * HTML page with the hashes of that page's inline scripts, styles and style attributes (see `csp.ts`),
 * and writes the same policy as HTTP headers for the host (see `headers.ts`).
 *
 * An inline script is allowed only when the build knows it as its own, from the sources that emit
 * it, never from a list pasted by hand and never because it is in the page:
 * - the scripts Astro bundles itself (their hashes are in the policy Astro writes);
 * - the `is:inline` scripts written in the site's components (`src/`) and Starlight's;
 * - the hydration script of each UI framework renderer (Solid's), asked from the renderer.
 * Any other inline script (one that came in through the data file, say) stops the build with a
 * message naming the page and the start of the script.
 */
import solid from '@astrojs/solid-js/server.js';
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  UnknownInlineCodeError,
  applyPolicy,
  findInlineCode,
  hashSource,
  inlineScriptsOfComponent,
  readPolicy,
  type Policy,
} from './csp.ts';
import { headersFile, hostHeaders, staticWebAppConfig, unionPolicy } from './headers.ts';

/** Packages whose `.astro` components render on the site's pages (with their `is:inline` scripts). */
const COMPONENT_PACKAGES = ['@astrojs/starlight'];

async function* filesEndingIn(dir: string, ending: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* filesEndingIn(path, ending);
    else if (entry.name.endsWith(ending)) yield path;
  }
}

/** The folder of an installed package, looked up from `root` the way Node finds it. */
function packageDir(root: string, name: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`CSP: cannot find the package ${name} from ${root}`);
  }
}

/**
 * Hashes of the inline scripts the build knows as its own, besides those Astro bundles: the
 * `is:inline` scripts of every component in `src/` and in {@link COMPONENT_PACKAGES}, and the
 * renderers' hydration scripts.
 */
export async function knownInlineScripts(root: string): Promise<Set<string>> {
  const scripts: string[] = [];
  for (const dir of [join(root, 'src'), ...COMPONENT_PACKAGES.map((name) => packageDir(root, name))]) {
    for await (const file of filesEndingIn(dir, '.astro')) {
      scripts.push(...inlineScriptsOfComponent(await readFile(file, 'utf8')));
    }
  }
  // What @astrojs/solid-js writes before the first island of a page.
  scripts.push(...findInlineCode(solid.renderHydrationScript?.() ?? '').scripts);
  return new Set(scripts.map(hashSource));
}

/** Completes each built page's CSP `<meta>`; Astro's `security.csp` must be enabled to write it. */
export function cspHashes(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'fts:csp-hashes',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const known = await knownInlineScripts(root);
        const pages: { file: string; html: string }[] = [];
        const refused: string[] = [];
        for await (const file of filesEndingIn(out, '.html')) {
          const page = `/${relative(out, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
          try {
            pages.push({ file, html: applyPolicy(await readFile(file, 'utf8'), known) });
          } catch (error) {
            if (!(error instanceof UnknownInlineCodeError)) {
              throw new Error(`${page}: ${(error as Error).message}`, { cause: error });
            }
            refused.push(...error.problems.map((problem) => `${page}: ${problem}`));
          }
        }
        if (refused.length) {
          // Logged rather than thrown: Astro adds a hint about browser APIs to any thrown message that
          // mentions `document` or `window`, which a refused script often does.
          logger.error(
            `The built pages hold inline code the build does not know as the site's own (none of Astro's bundled ` +
              `scripts, the components' is:inline scripts or Solid's hydration script). Did text from the data file ` +
              `or a page's frontmatter reach the page as HTML?\n${refused.map((r) => `  - ${r}`).join('\n')}`,
          );
          throw new Error(
            `Content-Security-Policy: ${refused.length} piece(s) of inline code that are not the site's own, listed above; no page was changed`,
          );
        }
        const policies: Policy[] = [];
        for (const { file, html } of pages) {
          await writeFile(file, html);
          policies.push(readPolicy(html));
        }
        const headers = hostHeaders(unionPolicy(policies));
        await writeFile(join(out, '_headers'), headersFile(headers));
        await writeFile(join(out, 'staticwebapp.config.json'), staticWebAppConfig(headers));
        logger.info(
          `Content-Security-Policy completed on ${pages.length} pages, every inline script one of the site's own; ` +
            `host headers written to _headers and staticwebapp.config.json`,
        );
      },
    },
  };
}
