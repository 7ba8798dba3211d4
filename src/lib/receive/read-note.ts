/**
 * Reading a note someone handed you: the pasted text (plain, Markdown, or the
 * text of pasted HTML) tidied and parsed with the generator's own parser
 * (`note/parse.ts`), and told apart from text that is not a note at all.
 */
import type { CaseDetails } from '../case-details';
import type { Note } from '../note/note';
import { parseNote, type ParsedNote } from '../note/parse';

export { READ_MESSAGES } from './messages';

/** What reading the pasted text found. */
export type ReadResult =
  { status: 'empty' } | { status: 'unrecognised' } | { status: 'read'; text: string; parsed: ParsedNote };

/**
 * Tidies pasted text: LF line ends, no-break and zero-width spaces as plain
 * spaces or nothing, no white space at line ends, at most one blank line in a row.
 * @example tidyPastedText('a\u00a0b \r\n\r\n\r\nc') // 'a b\n\nc'
 */
export function tidyPastedText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * Reads pasted text. It is a note when at least one section heading or
 * checklist line is recognised; case-detail lines alone are not a note.
 * @example readNote('   ').status // 'empty'
 */
export function readNote(input: string): ReadResult {
  const text = tidyPastedText(input);
  if (text.trim() === '') return { status: 'empty' };
  const parsed = parseNote(text);
  const { sections, checklist } = parsed.recognised;
  if (sections.length === 0 && checklist.length === 0) return { status: 'unrecognised' };
  return { status: 'read', text, parsed };
}

/**
 * A case you received, as a plain object: what a later "My cases" list can
 * keep (issue 13). Nothing in it refers to the page or to signals.
 */
export interface ReceivedCase {
  /** The case details the note carried (only those present). */
  caseDetails: Partial<CaseDetails>;
  /** The note as read (tidied text). */
  noteText: string;
  /** The note's fields. */
  note: Note;
  /** Who handed it over, as the receiver knows it. */
  sender: { name: string; regionId: string };
  /** When the note was read, ms since the epoch. */
  receivedAt: number;
}

/** Builds the received case from a note that was read. */
export function toReceivedCase(
  read: Extract<ReadResult, { status: 'read' }>,
  sender: ReceivedCase['sender'],
  receivedAt: number,
): ReceivedCase {
  return {
    caseDetails: { ...read.parsed.caseDetails },
    noteText: read.text,
    note: read.parsed.note,
    sender: { ...sender },
    receivedAt,
  };
}
