/**
 * What the budget checks (the e2e spec `tests/e2e/budgets.spec.ts` and `npm run audit`) share:
 * the list of built pages, read from `dist/` so that every page the site gains is checked without
 * anyone listing it, the JavaScript limits, and how a script's weight is counted.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The production build the checks run against (`npm run build`). */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Gzipped JavaScript a page may load before the visitor does anything, in bytes (1 KB = 1024 bytes).
 * A page "with tools" is one with an `astro-island`; Solid's runtime is counted in its budget.
 */
export const JS_BUDGET = Object.freeze({ page: 8 * 1024, toolPage: 35 * 1024 });

/**
 * @param {boolean} hasTools
 * @returns {number} the page's JavaScript budget in gzipped bytes
 */
export const jsBudget = (hasTools) => (hasTools ? JS_BUDGET.toolPage : JS_BUDGET.page);

/**
 * Every page of the build as a URL path (`/`, `/handoff/24x7/`): each `index.html` under `dist/`,
 * sorted. The 404 page (`404.html`) is not one of them.
 * @param {string} [dist]
 * @returns {string[]}
 */
export function builtPages(dist = DIST) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
  }
  /** @type {string[]} */
  const pages = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html') {
        const path = relative(dist, dir).split(sep).join('/');
        pages.push(path ? `/${path}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** @param {string | Uint8Array} content @returns {number} its size gzipped (level 6, as web servers send it) */
export const gzipSize = (content) => gzipSync(content).length;

/** @param {number} bytes @returns {string} e.g. `6.2 KB` */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The text of a built page's inline scripts that run (not JSON data blocks), joined: they travel in
 * the page's HTML, so they are weighed gzipped together.
 * @param {string} html
 * @returns {string}
 */
export function inlineScriptText(html) {
  const code = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attributes) || /\stype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    code.push(body);
  }
  return code.join('\n');
}
