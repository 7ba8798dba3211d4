// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import solid from '@astrojs/solid-js';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { cspHashes } from './src/integrations/csp-integration.ts';
import { tableRegionsPlugin } from './src/integrations/table-regions.ts';
import { siteUrlNotice } from './src/integrations/site-url.ts';
import { searchText } from './src/integrations/search-text.ts';
import { smallPreload } from './src/integrations/small-preload.ts';
import { searchOnDemand } from './src/integrations/search-on-demand.ts';

/**
 * BASE_PATH hosts the site under a sub-path (for example `/fts-guide/`);
 * SITE_URL is the address it is served from (used for canonical links, the
 * sitemap and the addresses of printed links).
 */
const base = process.env.BASE_PATH || '/';
/**
 * The site's address, printed before the path of each link to another page of the guide
 * (`print.css`); only when SITE_URL is given, since the default is a development address.
 */
const printedSite = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : '';

export default defineConfig({
  // No SITE_URL, no site: no canonical link, og:url or sitemap pointing at a development address.
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  // No link prefetching (Starlight turns it on for every link): its script is 1.1 KB gzip on every
  // page, a seventh of a docs page's budget, for pages that load in a blink from a static host.
  prefetch: false,
  // A strict Content Security Policy on every page (issue 7): nothing but the site's own files.
  // Astro hashes the code it bundles; `cspHashes()` adds the hashes of every other inline script,
  // style and style attribute found in the built pages (Starlight's, Solid's hydration script).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        // Starlight's and Pagefind's CSS draw icons from data: SVG masks.
        "img-src 'self' data:",
        // Pagefind searches in a web worker served from /pagefind/.
        "worker-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Code blocks are highlighted by Starlight's Expressive Code; Astro's own Shiki pass is unused
    // (and its inline styles would need CSP exceptions).
    syntaxHighlight: false,
    // Links written in the pages follow BASE_PATH; Starlight's own links already do.
    processor: satteri({
      hastPlugins: [
        /** @type {any} */ (tableRegionsPlugin()),
        ...(base === '/' ? [] : [/** @type {any} */ (baseLinksPlugin(base))]),
      ],
    }),
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The copy helpers (the copy button, its words, the status line that says them) and the
              // identifier cleaning, which every tool with a form loads together: one file, not five (each
              // file a page loads costs its own bytes on top of its code).
              {
                name: 'clipboard',
                test: /src[\\/](components[\\/]shared[\\/](clipboard\.ts|CopyButton\.tsx|announce\.ts)|lib[\\/](identifiers|copy-messages)\.ts)$/,
              },
            ],
          },
        },
      },
    },
  },
  integrations: [
    // Before Starlight, whose search index is built from the written pages (see search-text.ts).
    searchText(),
    starlight({
      title: 'Follow-the-Sun Handoff Guide',
      description:
        'How the Big Data / Data Movement support team hands cases from region to region: the process, the FTS guides, the FAQ and the tools.',
      favicon: '/favicon.svg',
      head: [
        // The first paint waits for the end of the page's content (the mark in Footer.astro says why).
        { tag: 'link', attrs: { rel: 'expect', href: '#fts-page-end', blocking: 'render' } },
        ...(printedSite
          ? [{ tag: /** @type {const} */ ('style'), content: `:root{--fts-site:${JSON.stringify(printedSite)}}` }]
          : []),
      ],
      lastUpdated: false,
      // Code blocks wrap their long lines instead of scrolling: on a phone a scrolling block becomes
      // an unnamed region (Expressive Code adds `role="region"`), and several of them on one page are
      // indistinguishable landmarks.
      expressiveCode: { defaultProps: { wrap: true } },
      pagination: true,
      routeMiddleware: './src/route-data.ts',
      customCss: [
        './src/styles/custom.css',
        './src/styles/tools.css',
        './src/styles/content.css',
        './src/styles/print.css',
      ],
      components: {
        // Starlight's search, its button named with the shortcut it shows (see searchOnDemand below).
        Search: './src/components/starlight/Search.astro',
        // A short form of the title on phones, where the full one does not fit the header.
        SiteTitle: './src/components/starlight/SiteTitle.astro',
        // The theme switch keeps working when the browser blocks storage (issue 12).
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
        // Starlight's footer and the mark the first paint waits for.
        Footer: './src/components/starlight/Footer.astro',
        ContentPanel: './src/components/starlight/ContentPanel.astro',
      },
      // Links and #anchors are checked on every default build (`npm test` builds at `/`);
      // under a sub-path the pages' links are rewritten after the check could see them.
      plugins: base === '/' ? [starlightLinksValidator({ errorOnRelativeLinks: true })] : [],
      sidebar: [
        { label: 'Home', link: '/' },
        {
          label: 'Case handoff',
          items: [
            { slug: 'handoff/start' },
            { slug: 'handoff' },
            { slug: 'handoff/24x7' },
            { slug: 'handoff/local' },
            { slug: 'handoff/note-template' },
            { slug: 'handoff/do-and-dont' },
          ],
        },
        {
          label: 'Tools',
          items: [
            { slug: 'tools/handoff-note' },
            { slug: 'tools/receive' },
            { slug: 'tools/regions' },
            { slug: 'tools/reassign-email' },
          ],
        },
        {
          label: 'Follow the Sun (FTS)',
          items: [
            { slug: 'fts' },
            { slug: 'fts/go-live' },
            { slug: 'fts/support-engineers' },
            { slug: 'fts/assignment-leads' },
            { slug: 'fts/faq' },
          ],
        },
        {
          label: 'Reference',
          items: [{ slug: 'related' }, { slug: 'glossary' }, { slug: 'maintain' }],
        },
      ],
    }),
    solid(),
    // Vite's helper for lazy imports, 880 bytes on every page, in 200 (JavaScript budgets).
    smallPreload(),
    // Starlight's search interface (26 KB) loads when someone is about to search, not on every page.
    searchOnDemand(),
    cspHashes(),
    siteUrlNotice(process.env.SITE_URL),
  ],
});
