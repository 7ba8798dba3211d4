/**
 * What the note's text formats have in common: how a heading is recognised,
 * how the case-details header and the checklist lines are labelled, and how a
 * line of typed text that would look like structure is escaped (one leading
 * backslash) so a note always parses back into the fields it came from.
 */
import type { CaseDetails } from '../case-details';
import type { AnySectionId } from './note';
import { CHECKLIST, CHECKLIST_HEADING, OPTIONAL_SECTIONS, SECTIONS, type ChecklistId } from './template';

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

/** Lower-cases, unifies quotes, dots and spaces, so hand-typed headings match. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

type HeadingId = AnySectionId | 'checklist';

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
  ['tried and ruled out:', 'ruledOut'],
  ['ticket checklist', 'checklist'],
  ["ticket's check list", 'checklist'],
  ['checklist', 'checklist'],
] as const)
  HEADINGS.set(alias, id);

/**
 * The section a line is the heading of, or null. Accepts the template's
 * heading text in any case, with Markdown `#`s, bold markers or a trailing colon.
 */
export function headingOf(line: string): HeadingId | null {
  // Every known heading, decorated, fits in 80 characters: skip the work for longer lines.
  if (line.length > 80) return null;
  const core = fold(line)
    .replace(/^#{1,6}\s*/, '')
    .replace(/\s*#+$/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/\s*:$/, '')
    .trim();
  return HEADINGS.get(core) ?? null;
}

/** True for a line that is a Markdown ATX heading of a known section. */
export function isMarkdownHeading(line: string): boolean {
  return /^\s{0,3}#{1,6}\s/.test(line) && headingOf(line) !== null;
}

/** True for the template's heading underline (or a Markdown setext one). */
export function isUnderline(line: string): boolean {
  return /^\s*(=+|-{3,})\s*$/.test(line);
}

/** True for the template's `......` placeholder of an empty section. */
export function isPlaceholder(line: string): boolean {
  return /^\s*(\.{3,}|…+)\s*$/.test(line);
}

/** Checklist labels, folded, for matching hand-typed lines. */
const CHECKLIST_LABELS: readonly { id: ChecklistId; folded: string }[] = CHECKLIST.map((c) => ({
  id: c.id,
  folded: fold(c.label),
}));

/** Extra spellings people use for checklist labels. */
const CHECKLIST_ALIASES: readonly { id: ChecklistId; folded: string }[] = [
  { id: 'customerReachable', folded: 'customer reachable' },
  { id: 'waitingForRca', folded: 'waiting for rca' },
  { id: 'acceptsEnglish', folded: 'customer accepts english support?' },
  { id: 'acceptsEnglish', folded: 'customer accept english support' },
  { id: 'acceptsEnglish', folded: 'customer accepts english support' },
  { id: 'pendingOn', folded: 'now the issue is pending on' },
  { id: 'pendingOn', folded: 'now pending on' },
  { id: 'pendingOn', folded: 'pending on' },
  { id: 'icmId', folded: 'icm id' },
  { id: 'icmId', folded: 'icm' },
  { id: 'critsitReason', folded: 'reason for critsit?' },
];

/**
 * Splits a `Label: value` line; null when there is no colon. Accepts the
 * Markdown output's `- **Label:** value` and the template's `<Label: value>`.
 */
function splitLabel(line: string): { label: string; value: string } | null {
  let plain = line.trim().replace(/^[-*+]\s+/, '');
  if (plain.startsWith('<')) plain = plain.replace(/^<(.*?)>?$/, '$1');
  const at = plain.indexOf(':');
  if (at < 0) return null;
  const rawLabel = plain.slice(0, at).trim();
  const bold = /^(\*\*|__)/.exec(rawLabel)?.[1];
  let value = plain.slice(at + 1);
  // `**Label:** value`: the closing bold marker sits right after the colon.
  if (bold && value.startsWith(bold)) value = value.slice(bold.length);
  return { label: fold(bold ? rawLabel.slice(bold.length) : rawLabel), value: value.trim() };
}

/** Reads a checklist line (`IcM ID?: 123`, `- **IcM ID?:** 123`, `<Reason for Critsit: x>`), or null. */
export function checklistLineOf(line: string): { id: ChecklistId; value: string } | null {
  const parts = splitLabel(line);
  if (!parts) return null;
  const hit = [...CHECKLIST_LABELS, ...CHECKLIST_ALIASES].find((c) => c.folded === parts.label);
  return hit ? { id: hit.id, value: parts.value } : null;
}

/** Reads a case-details header line (`Case number: 123`), or null. */
export function caseLineOf(line: string): { id: keyof CaseDetails; value: string } | null {
  const parts = splitLabel(line);
  if (!parts) return null;
  const hit = CASE_LINES.find((c) => fold(c.label) === parts.label);
  return hit ? { id: hit.id, value: parts.value } : null;
}

const stripBackslashes = (line: string) => line.replace(/^\\+/, '');

/** Lines of typed text that would read as structure in a plain-text note. */
function isPlainStructure(core: string): boolean {
  return headingOf(core) !== null || isPlaceholder(core);
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

/**
 * True when a line of a Markdown note is a heading written as such: `## …`,
 * bold on its own line, or underlined. A section's own text in Markdown
 * output never is (its markup is escaped), so plain words that happen to be
 * a heading's text stay text.
 */
export function isDecoratedHeading(line: string, next: string | undefined): boolean {
  return (
    /^\s{0,3}#{1,6}\s/.test(line) ||
    /^\s*(\*\*|__).*\1\s*:?\s*$/.test(line) ||
    (next !== undefined && isUnderline(next))
  );
}
