/**
 * A Sätteri hast plugin (Astro 7's Markdown processor) for the tables written in the pages'
 * Markdown, so they behave as the tables of the components do (see `.table-region` in
 * `src/styles/content.css`):
 * - each table is wrapped in a labelled region the keyboard can focus, named after the heading
 *   above it, which scrolls sideways by itself if the table is ever wider than the column;
 * - each body cell gets its column's name as `data-label`, and the table `stack-narrow`, so on
 *   a phone each row reads as a block of named values instead of a squeezed grid.
 */
import type { Element, ElementContent, Parents } from 'hast';

interface VisitContext {
  parent(node: Readonly<Element>): Readonly<Parents> | undefined;
  indexOf(node: Readonly<Element>): number | undefined;
  textContent(node: Readonly<Element>): string;
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
  wrapNode(node: Readonly<Element>, parent: Element): void;
}

const isElement = (node: ElementContent | undefined, ...names: string[]): node is Element =>
  node?.type === 'element' && names.includes(node.tagName);

const children = (node: Readonly<Element>, ...names: string[]) => node.children.filter((c) => isElement(c, ...names));

/** The text of the nearest heading before `node` among its siblings, if any. */
function headingBefore(node: Readonly<Element>, ctx: VisitContext): string | undefined {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const sibling = parent.children[i] as ElementContent | undefined;
    if (isElement(sibling, 'h2', 'h3', 'h4', 'h5', 'h6')) return ctx.textContent(sibling).trim();
  }
  return undefined;
}

export function tableRegionsPlugin() {
  return {
    name: 'table-regions',
    element: {
      filter: ['table'],
      visit(table: Readonly<Element>, ctx: VisitContext) {
        const head = children(table, 'thead')[0];
        const headerRow = head && children(head, 'tr')[0];
        const names = headerRow ? children(headerRow, 'th', 'td').map((cell) => ctx.textContent(cell).trim()) : [];
        for (const body of children(table, 'tbody')) {
          for (const row of children(body, 'tr')) {
            children(row, 'td', 'th').forEach((cell, i) => {
              if (names[i]) ctx.setProperty(cell, 'dataLabel', names[i]);
            });
          }
        }
        if (names.length) ctx.setProperty(table, 'className', ['stack-narrow']);
        const label = headingBefore(table, ctx) ?? names.join(', ');
        ctx.wrapNode(table, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-region'], role: 'region', ariaLabel: `Table: ${label}`, tabIndex: 0 },
          children: [],
        });
      },
    },
  };
}
