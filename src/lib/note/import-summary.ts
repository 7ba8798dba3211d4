/**
 * The sentence the generator's "Import a note" panel shows once a pasted note
 * is read: which sections, how many checklist lines and case details it
 * recognised, and how many lines went to Handoff Notes. Apart from the panel
 * (`ImportNote.tsx`) so the wording is tested without a browser.
 */
import type { ParsedNote } from './parse';
import { OPTIONAL_SECTIONS, SECTIONS } from './template';

/**
 * A sentence saying what an import recognised.
 * @example describeImport(parseNote('')) // 'No section headings were recognised.'
 */
export function describeImport(parsed: Pick<ParsedNote, 'recognised'>): string {
  const { recognised } = parsed;
  const labels = [...SECTIONS, ...OPTIONAL_SECTIONS];
  const sections = recognised.sections.map((s) => labels.find((l) => l.id === s)?.label ?? s);
  const parts: string[] = [];
  if (sections.length) parts.push(`sections: ${sections.join('; ')}`);
  if (recognised.checklist.length) parts.push(`${recognised.checklist.length} checklist line(s)`);
  if (recognised.caseDetails.length) parts.push(`${recognised.caseDetails.length} case detail(s)`);
  let text = parts.length ? `Recognised ${parts.join(', ')}.` : 'No section headings were recognised.';
  if (recognised.unmatchedLines)
    text += ` ${recognised.unmatchedLines} line(s) that matched no section were put in Handoff Notes.`;
  return text;
}
