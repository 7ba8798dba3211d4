/**
 * What the note's text formats have in common: how a heading is recognised,
 * how the case-details header is labelled, and how a line of typed text that
 * would look like structure is escaped (one leading backslash) so a note
 * always parses back into the fields it came from. The page loads this with
 * the renderer; what only reading a note needs (checklist and case-detail
 * lines, underlines) is in `parse.ts`, fetched with the import panel.
 */
import type { CaseDetails } from '../case-details';
import type { AnySectionId } from './note';
import { CHECKLIST_HEADING, OPTIONAL_SECTIONS, SECTIONS } from './template';

/** How an unanswered checklist item reads in every output: plainly unanswered, never guessed. */
export const UNANSWERED = '(not answered)';

/** The case-details header lines, in order, with their labels. */
export const CASE_LINES: readonly { id: keyof CaseDetails; label: string }[] = [
  { id: 'caseNumber', label: 'Case number' },
  { id: 'supportPlan', label: 'Support plan' },
  { id: 'severity', label: 'Severity' },
  { id: 'productSkill', label: 'Product skill' },
  { id: 'targetRegion', label: 'Target region' },
  { id: 'is24x7', label: '7x24 case' },
];

/** Lower-cases, unifies quotes, dots and spaces, so hand-typed headings and labels match. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a heading can start: a section, or the checklist. */
export type HeadingId = AnySectionId | 'checklist';

/** Known heading texts (folded), including the short forms people type by hand. */
const HEADINGS = new Map<string, HeadingId>();
for (const s of [...SECTIONS, ...OPTIONAL_SECTIONS]) HEADINGS.set(fold(s.heading), s.id);
HEADINGS.set(fold(CHECKLIST_HEADING), 'checklist');
for (const [alias, id] of [
  ['summary', 'summary'],
  ["summary (what's the progress so far?)", 'summary'],
  ['next msft actions', 'nextMsftAction'],
  ['next microsoft action', 'nextMsftAction'],
  ['next customer action', 'nextCustomerAction'],
  ["next customer's actions", 'nextCustomerAction'],
  ['partner tickets', 'partnerTicket'],
  ['handoff note', 'handoffNotes'],
  ['hand over notes', 'handoffNotes'],
  ['handover notes', 'handoffNotes'],
  ['hand-off notes', 'handoffNotes'],
  ['if this happens, then', 'contingencies'],
  ['if this happens then...', 'contingencies'],
  ['if this happens then', 'contingencies'],
  ['ticket checklist', 'checklist'],
  ["ticket's check list", 'checklist'],
  ['checklist', 'checklist'],
] as const)
  HEADINGS.set(alias, id);

/** A list marker before a heading: `- `, `* `, `+ `, `• `, `1. `, `2) `. */
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;

/**
 * The section a line is the heading of, or null. Accepts the template's
 * heading text in any case, with Markdown `#`s, bold markers, a trailing
 * colon, or a list marker before it (`- Summary`, `1. Summary`).
 */
export function headingOf(line: string): HeadingId | null {
  // Every known heading, decorated, fits in 80 characters: skip the work for longer lines.
  if (line.length > 80) return null;
  const core = fold(line)
    .replace(LIST_MARKER, '')
    // An ATX heading's closing `#`s close it only when it opened with `#`s: `Summary: #` is text.
    .replace(/^#{1,6}\s*(.*?)\s*#*$/, '$1')
    // One colon, inside the bold or after it: `**Summary:**`, `**Summary**:` (`Summary::` is `Summary` and its text).
    .replace(/^(\*\*|__)(.*)\1(\s*:)?$/, '$2$3')
    .replace(/\s*:$/, '')
    .trim();
  return HEADINGS.get(core) ?? null;
}

/**
 * What separates a heading from its text on the same line: a colon, a dash
 * with spaces around it (a hyphen inside a word is not one), or an en or em
 * dash. Taken from the first 90 characters only, where every heading ends.
 */
const INLINE_SEPARATOR = /\s*(?::|\s-(?=\s|$)|[–—])\s*/;

/** A heading line: the heading as written, and the text after it when the line carries it. */
export interface HeadingLine {
  id: HeadingId;
  /** The heading part, decorations included (`**Summary:**` gives `**Summary**`). */
  head: string;
  /** The text on the heading's line (`Summary: text`), '' for a heading alone. */
  text: string;
}

/**
 * Reads a line that is a heading (`headingOf`), or a heading with its text on
 * the same line: `Summary: text`, `Next MSFT Action - text`, `**Summary:** text`.
 * Only a known heading before the first separator counts, so `IcM ID?: 123`
 * and ordinary sentences are not headings.
 * @example headingLineOf('Next MSFT Action – call at 9') // { id: 'nextMsftAction', head: 'Next MSFT Action', text: 'call at 9' }
 */
export function headingLineOf(line: string): HeadingLine | null {
  const whole = headingOf(line);
  if (whole) return { id: whole, head: line, text: '' };
  const lead = LIST_MARKER.exec(line)?.[0] ?? '';
  const sep = INLINE_SEPARATOR.exec(line.slice(lead.length, lead.length + 90));
  if (!sep) return null;
  let head = line.slice(0, lead.length + sep.index);
  let text = line.slice(lead.length + sep.index + sep[0].length);
  // `**Summary:** text`: the closing bold marker comes after the colon.
  const bold = /^(\*\*|__)/.exec(head.slice(lead.length))?.[1];
  if (bold && text.startsWith(bold) && !head.endsWith(bold)) {
    head += bold;
    text = text.slice(bold.length).replace(/^\s+/, '');
  }
  const id = headingOf(head);
  return id ? { id, head, text } : null;
}

/** True for the template's `......` placeholder of an empty section. */
export function isPlaceholder(line: string): boolean {
  return /^\s*(\.{3,}|…+)\s*$/.test(line);
}

const stripBackslashes = (line: string) => line.replace(/^\\+/, '');

/** Lines of typed text that would read as structure in a plain-text note: headings, with their text or not, and placeholders. */
function isPlainStructure(core: string): boolean {
  return headingLineOf(core) !== null || isPlaceholder(core);
}

/**
 * Characters a Markdown renderer could read as markup, escaped wherever they
 * appear: links and images (`[` `]` `(` `)` `!`), emphasis (`*` `_`), headings
 * (`#`), HTML and autolinks (`<` `>`), tables (`|`), code (backtick), and also
 * strikethrough and fences (`~`), the math some renderers offer (`$`), and
 * a `&` that would start a character reference (`&amp;`, `&#60;`).
 */
const MARKDOWN_SPECIAL = /[\\[\]()!*_#<>|`~$]|&(?=#?[0-9A-Za-z]+;)/g;

/**
 * Escapes a single-line value for Markdown: every character that could be
 * markup gets a backslash, so a renderer shows the text as typed.
 * @example escapeMarkdownInline('![x](http://tracker.example/x.png)') // '\\!\\[x\\]\\(http://tracker.example/x.png\\)'
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * Reads Markdown backslash escapes back: a backslash before ASCII punctuation
 * is dropped (as CommonMark renders it); any other backslash stays.
 */
export function unescapeMarkdownInline(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Escapes one line of typed text for Markdown: `escapeMarkdownInline`, plus
 * what only matters at the start of a line: a list marker (`-`, `+`, `1.`),
 * a setext underline (`===`) or the template's `......` placeholder. Leading
 * spaces and tabs are written as `&nbsp;` and `&#9;`, so an indented line is
 * neither a code block nor a list item and keeps its indentation when shown.
 */
function escapeMarkdownLine(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0];
  let body = escapeMarkdownInline(line.slice(indent.length))
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d{1,9})\./, '$1\\.');
  if (/^=+\s*$/.test(body)) body = `\\${body}`;
  else if (isPlaceholder(body)) body = body.replace(/^\./, '\\.').replace(/^…/, '&#8230;');
  return indent.replace(/ /g, '&nbsp;').replace(/\t/g, '&#9;') + body;
}

/** Undoes `escapeMarkdownLine`. */
function unescapeMarkdownLine(line: string): string {
  const lead = /^(?:&nbsp;|&#\d{1,7};)+/.exec(line)?.[0] ?? '';
  const decoded = lead.replace(/&nbsp;|&#(\d+);/g, (entity, n?: string) => {
    if (n === undefined) return ' ';
    const codePoint = Number(n);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
  return decoded + unescapeMarkdownInline(line.slice(lead.length));
}

/**
 * Escapes one line of typed text for a format.
 * - Plain text: nothing changes but a line that would read as a heading or
 *   placeholder, which gets one more leading backslash (a line already
 *   starting with backslashes gets one more, and loses exactly one on the
 *   way back), so the note stays exactly the team's template.
 * - Markdown: `escapeMarkdownLine`: a renderer shows exactly what was typed.
 * Reversible by `unescapeLine`, whatever the text.
 */
export function escapeLine(line: string, format: 'plain' | 'markdown'): string {
  if (format === 'markdown') return escapeMarkdownLine(line);
  return isPlainStructure(stripBackslashes(line)) ? `\\${line}` : line;
}

/** Undoes `escapeLine`. */
export function unescapeLine(line: string, format: 'plain' | 'markdown'): string {
  if (format === 'markdown') return unescapeMarkdownLine(line);
  return line.startsWith('\\') && isPlainStructure(stripBackslashes(line)) ? line.slice(1) : line;
}
