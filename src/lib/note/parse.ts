/**
 * Import: reads a hand-over note back into fields. Takes a note this tool
 * made (plain text or Markdown) or one typed by hand in the team's template:
 * CRLF or LF, Markdown or underlined headings (the wiki source's escaped
 * `\=============` too), headings with a colon or a list marker, a heading
 * with its text on the same line (`Summary: text`), sections missing,
 * repeated or reordered, extra blank lines and spaces, the template's
 * `......` placeholders and `Yes/No` choice lists. Nothing is dropped: any
 * line that matches no section or checklist item lands in Handoff Notes.
 */
import type { CaseDetails } from '../case-details';
import { emptyNote, normaliseLine, normaliseText, type AnySectionId, type Note } from './note';
import {
  CASE_LINES,
  fold,
  headingLineOf,
  headingOf,
  isPlaceholder,
  type HeadingId,
  unescapeLine,
  unescapeMarkdownInline,
  UNANSWERED,
} from './syntax';
import { CHECKLIST, OPTIONAL_SECTIONS, type ChecklistId } from './template';

export interface ParsedNote {
  note: Note;
  /** Case details found in the note's header lines (only those present). */
  caseDetails: Partial<CaseDetails>;
  /** What was recognised, to tell the person. */
  recognised: {
    sections: AnySectionId[];
    checklist: ChecklistId[];
    caseDetails: (keyof CaseDetails)[];
    /** Non-blank lines that matched nothing and were added to Handoff Notes. */
    unmatchedLines: number;
    /** Headings that had their text on the same line (`Summary: text`), each once, in the order found. */
    inlineHeadings: HeadingId[];
    /** Heading underlines written as the wiki source writes them, `\=============`. */
    escapedUnderlines: number;
  };
}

/*
 * The line readers below serve only the import, so they are here rather than
 * in `syntax.ts`, which the page loads with the renderer.
 */

/** True for a line that is a Markdown ATX heading of a known section. */
function isMarkdownHeading(line: string): boolean {
  return /^\s{0,3}#{1,6}\s/.test(line) && headingOf(line) !== null;
}

/** True for the template's heading underline (or a Markdown setext one). */
function isUnderline(line: string): boolean {
  return /^\s*(=+|-{3,})\s*$/.test(line);
}

/**
 * True for the underline as the team's wiki source writes it, `\=============`:
 * Azure DevOps wiki Markdown escapes it so it shows as a line of `=`. Only
 * plain text reads it as an underline; in Markdown it is escaped typed text.
 */
function isEscapedUnderline(line: string): boolean {
  return /^\s*\\(=+|-{3,})\s*$/.test(line);
}

/**
 * True when a line of a Markdown note is a heading written as such: `## …`,
 * bold on its own line (in a list item or not), or underlined. A section's
 * own text in Markdown output never is (its markup is escaped), so plain
 * words that happen to be a heading's text stay text.
 */
function isDecoratedHeading(line: string, next: string | undefined): boolean {
  return (
    /^\s{0,3}#{1,6}\s/.test(line) ||
    /^\s*(?:(?:[-*+•]|\d{1,2}[.)])\s+)?(\*\*|__).*\1\s*:?\s*$/.test(line) ||
    (next !== undefined && isUnderline(next))
  );
}

/** Checklist labels, folded, with the extra spellings people use, for matching hand-typed lines. */
const CHECKLIST_LABELS: readonly { id: ChecklistId; folded: string }[] = [
  ...CHECKLIST.map((c) => ({ id: c.id, folded: fold(c.label) })),
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
function checklistLineOf(line: string): { id: ChecklistId; value: string } | null {
  const parts = splitLabel(line);
  if (!parts) return null;
  const hit = CHECKLIST_LABELS.find((c) => c.folded === parts.label);
  return hit ? { id: hit.id, value: parts.value } : null;
}

/**
 * Reads a line that is a checklist label alone (`Customer Reachable?`) as the
 * item unanswered, or null: what the rich note's row for an unanswered item
 * gives when its text is pasted.
 */
function bareChecklistLabelOf(line: string): { id: ChecklistId; value: string } | null {
  const label = fold(line);
  const hit = CHECKLIST_LABELS.find((c) => c.folded === label);
  return hit ? { id: hit.id, value: '' } : null;
}

/** Reads a case-details header line (`Case number: 123`), or null. */
function caseLineOf(line: string): { id: keyof CaseDetails; value: string } | null {
  const parts = splitLabel(line);
  if (!parts) return null;
  const hit = CASE_LINES.find((c) => fold(c.label) === parts.label);
  return hit ? { id: hit.id, value: parts.value } : null;
}

/** Values that mean "not answered": the template's own choice lists included. */
const UNANSWERED_VALUES = new Set(['', UNANSWERED.toLowerCase(), 'not answered', 'yes/no', 'pg/css/customer']);

const CHECKLIST_OPTIONS = new Map(CHECKLIST.map((c) => [c.id, c.options]));

/**
 * Cleans a checklist answer: drops Markdown emphasis, maps the template's
 * placeholders to '' and choices to their exact spelling; undefined when the
 * answer is not one of the item's choices (the line is then kept as text).
 */
function checklistValue(id: ChecklistId, raw: string, markdown: boolean): string | undefined {
  let value = normaliseLine(raw);
  if (markdown) value = value === `_${UNANSWERED}_` ? '' : unescapeMarkdownInline(value);
  if (UNANSWERED_VALUES.has(value.toLowerCase())) return '';
  const options = CHECKLIST_OPTIONS.get(id);
  if (!options) return value;
  return options.find((o) => o.toLowerCase() === value.toLowerCase());
}

function caseValue(id: keyof CaseDetails, raw: string, markdown: boolean): string | boolean | null | undefined {
  const value = markdown ? unescapeMarkdownInline(normaliseLine(raw)) : normaliseLine(raw);
  if (id !== 'is24x7') return value;
  if (/^(yes|true|y)$/i.test(value)) return true;
  if (/^(no|false|n)$/i.test(value)) return false;
  return undefined;
}

/**
 * Parses a note into fields.
 * @example parseNote('Next MSFT Action\n=============\nCall at 9').note.sections.nextMsftAction // 'Call at 9'
 */
export function parseNote(input: string): ParsedNote {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const markdown = lines.some(isMarkdownHeading);
  const format = markdown ? 'markdown' : 'plain';

  type Target = AnySectionId | 'checklist' | 'preamble';
  const buffers = new Map<Target, string[][]>();
  let current: string[] = [];
  buffers.set('preamble', [current]);
  const order: Target[] = [];

  const inlineHeadings: HeadingId[] = [];
  let escapedUnderlines = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = headingLineOf(line);
    // In Markdown, a heading is marked up as one: typed text that reads like a heading is escaped text.
    if (heading && (!markdown || isDecoratedHeading(heading.head, heading.text ? undefined : lines[i + 1]))) {
      current = heading.text ? [heading.text] : [];
      const list = buffers.get(heading.id) ?? [];
      list.push(current);
      buffers.set(heading.id, list);
      order.push(heading.id);
      if (heading.text) {
        if (!inlineHeadings.includes(heading.id)) inlineHeadings.push(heading.id);
        continue;
      }
      const next = lines[i + 1] ?? '';
      if (isUnderline(next)) i++;
      else if (!markdown && isEscapedUnderline(next)) {
        escapedUnderlines++;
        i++;
      }
      continue;
    }
    current.push(line);
  }

  const note = emptyNote();
  const caseDetails: Partial<CaseDetails> = {};
  const recognised: ParsedNote['recognised'] = {
    sections: [],
    checklist: [],
    caseDetails: [],
    unmatchedLines: 0,
    inlineHeadings,
    escapedUnderlines,
  };
  const extra: string[] = [];
  const hasChecklistHeading = buffers.has('checklist');

  /**
   * Reads checklist lines out of `block`; returns the lines that are not checklist lines. Under the
   * checklist heading (`strict`) a label alone is an unanswered item, as pasted rich text gives it.
   */
  const takeChecklist = (block: string[], strict: boolean): string[] =>
    block.filter((line) => {
      const hit = checklistLineOf(line) ?? (strict ? bareChecklistLabelOf(line) : null);
      if (!hit || (!strict && line.startsWith('\\'))) return true;
      if (recognised.checklist.includes(hit.id)) return true;
      const value = checklistValue(hit.id, hit.value, markdown);
      if (value === undefined) return true;
      note.checklist[hit.id] = value;
      recognised.checklist.push(hit.id);
      return false;
    });

  for (const [target, blocks] of buffers) {
    if (target === 'preamble') {
      let rest = blocks.flat();
      if (!hasChecklistHeading) rest = takeChecklist(rest, false);
      for (const line of rest) {
        const hit = caseLineOf(line);
        const value = hit && !(hit.id in caseDetails) ? caseValue(hit.id, hit.value, markdown) : undefined;
        if (hit && value !== undefined) {
          (caseDetails as Record<string, unknown>)[hit.id] = value;
          recognised.caseDetails.push(hit.id);
        } else if (line.trim() !== '') extra.push(line);
      }
      continue;
    }
    if (target === 'checklist') {
      extra.push(...takeChecklist(blocks.flat(), true).filter((l) => l.trim() !== '' && !isPlaceholder(l)));
      continue;
    }
    const texts = blocks.map((block) => {
      // Without a checklist heading, a hand-typed checklist often trails the last section.
      const own = !hasChecklistHeading && target === order.at(-1) ? takeChecklist(block, false) : block;
      return normaliseText(
        own
          .filter((line) => !isPlaceholder(line))
          .map((line) => unescapeLine(line.replace(/\s+$/, ''), format))
          .join('\n'),
      );
    });
    note.sections[target] = texts.filter((t) => t !== '').join('\n\n');
    recognised.sections.push(target);
    if (OPTIONAL_SECTIONS.some((s) => s.id === target)) note.optional[target as 'contingencies' | 'ruledOut'] = true;
  }

  if (extra.length > 0) {
    recognised.unmatchedLines = extra.length;
    const moved = normaliseText(extra.map((line) => unescapeLine(line.replace(/\s+$/, ''), format)).join('\n'));
    note.sections.handoffNotes = [note.sections.handoffNotes, moved].filter((t) => t !== '').join('\n\n');
  }
  return { note, caseDetails, recognised };
}
