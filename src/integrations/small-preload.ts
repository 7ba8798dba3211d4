/**
 * A smaller stand-in for Vite's preload helper, the code every lazy `import()` in the browser goes
 * through. Vite's is 880 bytes gzipped and on every page (Starlight's search loads its interface
 * with `import()`): it also preloads CSS, polyfills `modulepreload` for old browsers and fires a
 * `vite:preloadError` event. This site's lazy chunks import no CSS (Astro puts every style in the
 * page), its browsers all know `modulepreload`, and every `import()` it makes handles its own
 * failure. What is kept: a lazy chunk's dependencies are asked for at once, side by side, as
 * `<link rel="modulepreload">`, so one click costs one round trip, not one per level of imports.
 *
 * If a Vite update stops asking for the helper by this id, its own helper would come back unseen
 * (880 bytes on every page): the build then fails, naming the chunk. The e2e specs load every lazy
 * part, so a helper that stopped working fails them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Vite's id for its helper module (`vite/dist/node/chunks/node.js`, `preloadHelperId`). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper's code. Vite calls `__vitePreload(() => import('./chunk.js'), deps, import.meta.url)`,
 * `deps` being paths from the site's root (`_astro/x.js`), or nothing when there is nothing to
 * preload.
 * @param base the site's base path, ending in `/`
 */
export function preloadHelperCode(base: string): string {
  return [
    'const seen = new Set();',
    'export const __vitePreload = (load, deps) => {',
    '  for (const dep of deps || []) {',
    '    if (seen.has(dep)) continue;',
    '    seen.add(dep);',
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    `    link.href = ${JSON.stringify(base)} + dep;`,
    '    document.head.append(link);',
    '  }',
    '  return load();',
    '};',
  ].join('\n');
}

export function smallPreload(): AstroIntegration {
  return {
    name: 'fts:small-preload',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'fts:small-preload',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.config.consumer === 'client',
                load: {
                  filter: { id: /^\0vite\/preload-helper\.js$/ },
                  handler: (id) => (id === PRELOAD_HELPER_ID ? preloadHelperCode(base) : undefined),
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const assets = new URL('_astro/', dir);
        const files = await readdir(fileURLToPath(assets)).catch(() => []);
        for (const file of files.filter((name) => name.endsWith('.js'))) {
          const code = await readFile(new URL(file, assets), 'utf8');
          if (code.includes('vite:preloadError'))
            throw new Error(
              `_astro/${file} holds Vite's own preload helper: src/integrations/small-preload.ts no longer replaces it (has Vite's helper id changed from ${JSON.stringify(PRELOAD_HELPER_ID)}?).`,
            );
        }
      },
    },
  };
}
