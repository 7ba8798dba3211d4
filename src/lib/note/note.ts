/**
 * The hand-over note as data: the text of each section, the checklist
 * answers, and which optional sections are switched on. Every output
 * (plain text, Markdown, rich HTML) renders from this; import parses back
 * into it; the saved draft stores it (validated by `NoteSchema` in `draft.ts`).
 */
import {
  CHECKLIST,
  OPTIONAL_SECTIONS,
  SECTIONS,
  type ChecklistId,
  type OptionalSectionId,
  type SectionId,
} from './template';

export type AnySectionId = SectionId | OptionalSectionId;

export interface Note {
  /** The text of every section, the optional ones included ('' when empty). */
  sections: Record<AnySectionId, string>;
  /** The checklist answers; '' means unanswered. */
  checklist: Record<ChecklistId, string>;
  /** Which optional sections are switched on (off by default). */
  optional: Record<OptionalSectionId, boolean>;
}

/** All section ids, in the order every output gives them (optional ones after Handoff Notes). */
export const ALL_SECTION_IDS: readonly AnySectionId[] = [
  ...SECTIONS.map((s) => s.id),
  ...OPTIONAL_SECTIONS.map((s) => s.id),
];

/** A fresh, empty note. */
export function emptyNote(): Note {
  return {
    sections: Object.fromEntries(ALL_SECTION_IDS.map((id) => [id, ''])) as Record<AnySectionId, string>,
    checklist: Object.fromEntries(CHECKLIST.map((c) => [c.id, ''])) as Record<ChecklistId, string>,
    optional: { contingencies: false, ruledOut: false },
  };
}

/**
 * The text of a field as every output writes it: line breaks as LF, no white
 * space at line ends, no blank lines before or after. Round trips compare
 * normalised text, since a plain-text note cannot carry trailing spaces.
 */
export function normaliseText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

/** A single-line answer as outputs write it: white space collapsed to single spaces, trimmed. */
export function normaliseLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** True when a section is part of the outputs: the template's always, optional ones when on. */
export function isSectionShown(note: Note, id: AnySectionId): boolean {
  return id in note.optional ? note.optional[id as OptionalSectionId] : true;
}

/** True when nothing is written and nothing answered: an empty template is not a note. */
export function isNoteEmpty(note: Note): boolean {
  return Object.values(note.sections).every((s) => !s.trim()) && Object.values(note.checklist).every((c) => !c.trim());
}
