/**
 * Starlight's search, rendered as Starlight ships it, with its bundled script swapped for the site's
 * own (`src/components/starlight/search.ts`). Starlight's script builds the search interface (Pagefind
 * UI, about 26 KB of gzipped JavaScript) on every page as soon as the page is idle, which alone would
 * break the site's budget for docs pages; the site's builds it when someone is about to search.
 * Markup, styles, translations and Pagefind's options stay Starlight's, so an upgrade of Starlight
 * needs no merge of its markup here, only a look at its script (opening, closing, Ctrl+K).
 *
 * If Starlight's component stops having that script, the build fails, naming this file: its own
 * script would otherwise be back on every page unnoticed (the budgets spec would catch it too).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Starlight's search component's script, as Vite names the module it bundles from it. */
const STARLIGHT_SEARCH_SCRIPT = /@astrojs\/starlight\/.*components\/Search\.astro\?astro&type=script&index=0&lang\.ts$/;
const SITE_SEARCH_SCRIPT = fileURLToPath(new URL('../components/starlight/search.ts', import.meta.url));

export function searchOnDemand(): AstroIntegration {
  return {
    name: 'fts:search-on-demand',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (config.trailingSlash === 'never')
          throw new Error(
            "search.ts keeps Pagefind's result addresses as they are (ending in /): with trailingSlash 'never' they need Starlight's stripping back.",
          );
        if (command !== 'build') return;
        let swapped = false;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'fts:search-on-demand',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.config.consumer === 'client',
                resolveId(source) {
                  if (!STARLIGHT_SEARCH_SCRIPT.test(source)) return null;
                  swapped = true;
                  return SITE_SEARCH_SCRIPT;
                },
                buildEnd() {
                  if (!swapped)
                    this.error(
                      "Starlight's search component no longer has the script src/integrations/search-on-demand.ts swaps for the site's own: its search interface (26 KB) would load on every page. Update the pattern there.",
                    );
                },
              },
            ],
          },
        });
      },
    },
  };
}
