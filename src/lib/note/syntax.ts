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

/** Lines of typed text that would read as structure in Markdown. */
function isMarkdownStructure(core: string): boolean {
  return isPlainStructure(core) || /^\s{0,3}#/.test(core) || isUnderline(core) || /^\s*=+\s*$/.test(core);
}

/**
 * Escapes one line of typed text for a format: a line that would read as a
 * heading or placeholder gets one more leading backslash. Reversible by
 * `unescapeLine`, whatever the text (a line already starting with
 * backslashes gets one more, and loses exactly one on the way back).
 */
export function escapeLine(line: string, format: 'plain' | 'markdown'): string {
  if (format === 'markdown') line = line.replace(/</g, '\\<');
  const test = format === 'markdown' ? isMarkdownStructure : isPlainStructure;
  return test(stripBackslashes(line)) ? `\\${line}` : line;
}

/** Undoes `escapeLine`. */
export function unescapeLine(line: string, format: 'plain' | 'markdown'): string {
  const test = format === 'markdown' ? isMarkdownStructure : isPlainStructure;
  if (line.startsWith('\\') && test(stripBackslashes(line))) line = line.slice(1);
  return format === 'markdown' ? line.replace(/\\</g, '<') : line;
}
