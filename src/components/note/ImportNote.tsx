/**
 * The generator's import: reads a pasted note and says what it recognised. Fetched on the first
 * click of "Fill the fields from this note", with the reader, so neither weighs on the page's load.
 */
import { parseNote, type ParsedNote } from '../../lib/note/parse';
import { OPTIONAL_SECTIONS, SECTIONS } from '../../lib/note/template';

/** The note read from `text`, and a sentence saying what was recognised. */
export function readPastedNote(text: string): { parsed: ParsedNote; description: string } {
  const parsed = parseNote(text);
  return { parsed, description: describeImport(parsed) };
}

/** A sentence saying what an import recognised. */
function describeImport(parsed: ParsedNote): string {
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
