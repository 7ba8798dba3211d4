/**
 * The sentence the generator's "Import a note" panel shows once a pasted note
 * is read: which sections, how many checklist lines and case details it
 * recognised, which headings it read with their text on the same line (so a
 * sentence taken for a heading is easy to spot), whether it read the wiki
 * source's escaped underlines, and how many lines went to Handoff Notes.
 * Apart from the panel (`ImportNote.tsx`) so the wording is tested without a
 * browser.
 */
import type { ParsedNote } from './parse';
import type { HeadingId } from './syntax';
import { CHECKLIST_HEADING, OPTIONAL_SECTIONS, SECTIONS } from './template';

const LABELS = new Map<HeadingId, string>([
  ...[...SECTIONS, ...OPTIONAL_SECTIONS].map((s) => [s.id, s.label] as const),
  ['checklist', CHECKLIST_HEADING],
]);

/**
 * A sentence saying what an import recognised.
 * @example describeImport(parseNote('')) // 'No section headings were recognised.'
 */
export function describeImport(parsed: Pick<ParsedNote, 'recognised'>): string {
  const { recognised } = parsed;
  const label = (id: HeadingId) => LABELS.get(id) ?? id;
  const parts: string[] = [];
  if (recognised.sections.length) parts.push(`sections: ${recognised.sections.map(label).join('; ')}`);
  if (recognised.checklist.length) parts.push(`${recognised.checklist.length} checklist line(s)`);
  if (recognised.caseDetails.length) parts.push(`${recognised.caseDetails.length} case detail(s)`);
  let text = parts.length ? `Recognised ${parts.join(', ')}.` : 'No section headings were recognised.';
  if (recognised.inlineHeadings.length)
    text += ` Heading(s) with text on the same line: ${recognised.inlineHeadings.map(label).join('; ')}.`;
  if (recognised.escapedUnderlines) text += ' The wiki source’s \\============= lines were read as underlines.';
  if (recognised.unmatchedLines)
    text += ` ${recognised.unmatchedLines} line(s) that matched no section were put in Handoff Notes.`;
  return text;
}
