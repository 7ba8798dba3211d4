/**
 * The maximum of every field of the draft (case details and note), and the
 * fields a note or a stored draft holds past theirs. Past a maximum the note
 * generator keeps the text but makes no note from it, and a stored draft
 * opens read-only (to download) instead of in the form.
 */
import type { CaseDetails } from '../case-details';
import { LINE_MAX, SECTION_MAX } from '../text-limit';
import { ALL_SECTION_IDS, type AnySectionId, type Note } from './note';
import { CASE_LINES } from './syntax';
import { CHECKLIST, OPTIONAL_SECTIONS, SECTIONS, type ChecklistId } from './template';

export type DraftField = AnySectionId | ChecklistId | keyof CaseDetails;

/** One field past its maximum. */
export interface OverLimit {
  field: DraftField;
  /** The field's label in the form. */
  label: string;
  length: number;
  max: number;
}

const SECTION_LABELS = new Map<string, string>([...SECTIONS, ...OPTIONAL_SECTIONS].map((s) => [s.id, s.label]));

/** The fields past their maximum, in form order (case details, sections, checklist); [] when all fit. */
export function fieldsOverLimit(note: Note, caseDetails?: CaseDetails): OverLimit[] {
  const over: OverLimit[] = [];
  const test = (field: DraftField, label: string, value: unknown, max: number) => {
    if (typeof value === 'string' && value.length > max) over.push({ field, label, length: value.length, max });
  };
  if (caseDetails) for (const { id, label } of CASE_LINES) test(id, label, caseDetails[id], LINE_MAX);
  for (const id of ALL_SECTION_IDS) test(id, SECTION_LABELS.get(id) ?? id, note.sections[id], SECTION_MAX);
  for (const c of CHECKLIST) test(c.id, c.formLabel, note.checklist[c.id], LINE_MAX);
  return over;
}

/** The maximum of one field of the draft. */
export function maxLengthOf(field: DraftField): number {
  return (ALL_SECTION_IDS as readonly string[]).includes(field) ? SECTION_MAX : LINE_MAX;
}
