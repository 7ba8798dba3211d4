/**
 * The text of HTML pasted from Dynamics 365 or Outlook, with each block on
 * its own line. The HTML is parsed into an inert document (`DOMParser`): no
 * script in it runs, and no image, stylesheet or font in it is fetched, since
 * that document is never rendered. Only text is taken out; the structure is
 * read from that text by `src/lib` (`receive/read-note.ts`).
 *
 * Styles are removed from the HTML string first (`stripStyles`): even an
 * inert document checks them against the page's CSP and reports each one.
 */
import { stripStyles } from '../../lib/receive/html-styles';

/** Elements whose content is never text a person wrote. */
const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'IFRAME', 'OBJECT', 'SVG', 'IMG']);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'UL',
]);

/** Collects text, block boundaries as line breaks; white space collapsed as a browser shows it. */
class TextCollector {
  private lines: string[] = [''];

  text(value: string, pre: boolean): void {
    // Spaces in preformatted text are the author's: kept as no-break spaces until the end.
    const parts = (pre ? value.replace(/ /g, '\u00a0') : value.replace(/[ \t\n\r\f]+/g, ' ')).split('\n');
    parts.forEach((part, i) => {
      if (i > 0) this.lines.push('');
      this.lines[this.lines.length - 1] += part;
    });
  }

  /** Ends the current line, unless it is already empty (a block after a block is one break). */
  block(): void {
    if (this.lines[this.lines.length - 1]!.trim() !== '') this.lines.push('');
  }

  /** A line break (`<br>`): always a new line. */
  br(): void {
    this.lines.push('');
  }

  result(): string {
    return (
      this.lines
        // Collapsed source white space at a line's start is not the author's; a no-break space is.
        .map((line) => line.replace(/^ +| +$/g, '').replace(/\u00a0/g, ' '))
        .join('\n')
        .replace(/^\n+|\n+$/g, '')
    );
  }
}

function walk(node: Node, out: TextCollector, pre: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.text(node.textContent ?? '', pre);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIP.has(tag) || element.getAttribute('hidden') !== null) return;
  if (tag === 'BR') {
    out.br();
    return;
  }
  if (tag === 'TR') {
    out.block();
    out.text(rowText(element), false);
    out.block();
    return;
  }
  const isBlock = BLOCK.has(tag);
  if (isBlock) out.block();
  for (const child of element.childNodes) walk(child, out, pre || tag === 'PRE');
  if (isBlock) out.block();
}

/**
 * A table row on one line. Two cells are a label and its value (`Label: value`,
 * as the note's checklist and case details are written); more are joined with spaces.
 */
function rowText(row: Element): string {
  const cells = [...row.children]
    .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
    .map((cell) => {
      const out = new TextCollector();
      walk(cell, out, false);
      return out.result().replace(/\n+/g, ' ').trim();
    });
  if (cells.length === 2 && cells[0] && cells[1]) return /:$/.test(cells[0]) ? cells.join(' ') : cells.join(': ');
  return cells.filter((c) => c !== '').join(' ');
}

/**
 * The text of an HTML fragment, block by block.
 * @example htmlToText('<p>Summary</p><p>a<br>b</p>') // 'Summary\na\nb'
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(stripStyles(html), 'text/html');
  const out = new TextCollector();
  walk(doc.body, out, false);
  return out.result();
}
