import { describe, expect, it } from 'vitest';
import { preloadHelperCode } from '../../src/integrations/small-preload';

/** Runs the helper's code against a stand-in `document`, as the browser would run the module. */
function loadHelper(base: string) {
  const appended: { rel: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { append: (link: { rel: string; href: string }) => appended.push(link) },
  };
  const code = preloadHelperCode(base).replace('export const __vitePreload =', 'return');
  const preload = new Function('document', code)(document) as (
    load: () => Promise<unknown>,
    deps?: string[],
  ) => Promise<unknown>;
  return { preload, appended };
}

describe('the small preload helper', () => {
  it.each([
    ['/', '/_astro/a.js'],
    ['/fts-guide/', '/fts-guide/_astro/a.js'],
  ])(
    'under base %s asks for each dependency once, from the site’s own path, and loads the chunk',
    async (base, href) => {
      const { preload, appended } = loadHelper(base);
      const chunk = { default: 'chunk' };
      await expect(preload(() => Promise.resolve(chunk), ['_astro/a.js', '_astro/b.js'])).resolves.toBe(chunk);
      await preload(() => Promise.resolve(chunk), ['_astro/a.js']);
      expect(appended.map((link) => link.href)).toEqual([href, href.replace('a.js', 'b.js')]);
      expect(new Set(appended.map((link) => link.rel))).toEqual(new Set(['modulepreload']));
    },
  );

  it('passes a failed download on to the code that asked, which says so', async () => {
    const { preload } = loadHelper('/');
    const failure = new TypeError('Failed to fetch dynamically imported module');
    await expect(preload(() => Promise.reject(failure), [])).rejects.toBe(failure);
    await expect(preload(() => Promise.reject(failure))).rejects.toBe(failure);
  });
});
