/**
 * The build's Markdown plugin for sites hosted under a sub-path: root-relative links written in
 * MDX follow `BASE_PATH`. Build-time code, apart from `src/lib` (which stays free of build APIs).
 */
import { withBase } from '../lib/base-links.ts';

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
