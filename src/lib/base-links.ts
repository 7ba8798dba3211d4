/**
 * Root-relative links written in the pages (`/handoff/24x7/#step-3`) must
 * follow the base path when the site is hosted under a sub-path
 * (`BASE_PATH=/fts-guide/`). Starlight prefixes its own links; `withBase` does
 * it for the links components write, and the build's Markdown plugin
 * (`src/integrations/base-links.ts`) for links written in MDX.
 */

/**
 * Prefixes a root-relative `href` with `base`; other links are returned as they are.
 * @example withBase('/handoff/', '/fts-guide/') // "/fts-guide/handoff/"
 * @example withBase('https://example.com/', '/fts-guide/') // "https://example.com/"
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmed = base.replace(/\/+$/, '');
  if (!trimmed) return href;
  return `${trimmed}${href}`;
}
