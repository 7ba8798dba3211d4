/**
 * A rehype plugin: prefixes root-relative `href`s in Markdown/MDX pages with
 * the site's base path, so the same pages work at `/` and under a sub-path.
 * Works on the HTML syntax tree only (no DOM).
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Joins `base` and a root-relative `href` without doubling slashes. */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmed = base.replace(/\/+$/, '');
  if (!trimmed || href === trimmed || href.startsWith(`${trimmed}/`)) return href;
  return `${trimmed}${href}`;
}

export function rehypeBaseLinks(options: { base: string }) {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
      node.properties.href = withBase(node.properties.href, options.base);
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
