/**
 * Import: reads a hand-over note back into fields. Takes a note this tool
 * made (plain text or Markdown) or one typed by hand in the team's template:
 * CRLF or LF, Markdown or underlined headings, sections missing, repeated or
 * reordered, extra blank lines and spaces, the template's `......`
 * placeholders and `Yes/No` choice lists. Nothing is dropped: any line that
 * matches no section or checklist item lands in Handoff Notes.
 */
import type { CaseDetails } from '../case-details';
import { emptyNote, normaliseLine, normaliseText, type AnySectionId, type Note } from './note';
import {
  caseLineOf,
  checklistLineOf,
  headingOf,
  isMarkdownHeading,
  isPlaceholder,
  isDecoratedHeading,
  isUnderline,
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
  };
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

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // In Markdown, a heading is marked up as one: typed text that reads like a heading is escaped text.
    const heading = headingOf(line);
    if (heading && (!markdown || isDecoratedHeading(line, lines[i + 1]))) {
      current = [];
      const list = buffers.get(heading) ?? [];
      list.push(current);
      buffers.set(heading, list);
      order.push(heading);
      if (i + 1 < lines.length && isUnderline(lines[i + 1]!)) i++;
      continue;
    }
    current.push(line);
  }

  const note = emptyNote();
  const caseDetails: Partial<CaseDetails> = {};
  const recognised: ParsedNote['recognised'] = { sections: [], checklist: [], caseDetails: [], unmatchedLines: 0 };
  const extra: string[] = [];
  const hasChecklistHeading = buffers.has('checklist');

  /** Reads checklist lines out of `block`; returns the lines that are not checklist lines. */
  const takeChecklist = (block: string[], strict: boolean): string[] =>
    block.filter((line) => {
      const hit = checklistLineOf(line);
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
