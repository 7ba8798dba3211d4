/**
 * Root-relative links written in the pages (`/handoff/24x7/#step-3`) must
 * follow the base path when the site is hosted under a sub-path
 * (`BASE_PATH=/fts-guide/`). Starlight prefixes its own links; these helpers
 * do it for links written in MDX.
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

interface ElementLike {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface JsxLike {
  name?: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}
interface VisitContext {
  setProperty(node: never, key: string, value: unknown): void;
}

/**
 * A Sätteri hast plugin (Astro 7's Markdown processor) that applies
 * {@link withBase} to `<a href>` in Markdown and to the `href` of MDX
 * components such as `<LinkCard>` and `<LinkButton>`.
 */
export function baseLinksPlugin(base: string) {
  const fixJsx = (node: JsxLike) => {
    const attributes = node.attributes.map((a) =>
      a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string'
        ? { ...a, value: withBase(a.value, base) }
        : a,
    );
    return { ...node, attributes };
  };
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node: ElementLike, ctx: VisitContext) {
        const href = node.properties?.href;
        if (typeof href === 'string') ctx.setProperty(node as never, 'href', withBase(href, base));
      },
    },
    mdxJsxFlowElement: { filter: ['a', 'LinkCard', 'LinkButton', 'Card'], visit: fixJsx },
    mdxJsxTextElement: { filter: ['a', 'LinkButton'], visit: fixJsx },
  };
}
