/**
 * The plain-text body of the reassignment email. The subject already says
 * everything the DM mailbox routes on; the body repeats the details in a form
 * easy to read and, when the page has one, carries the handoff note.
 */
import { SUBJECT_FIELD_LABELS, type SubjectField } from './subject';

/** The lines the body is made of: user-facing wording kept as data. */
export const BODY_TEXT = {
  greeting: 'Hello,',
  request: (region: string) => `Please reassign this case to the ${region} region.`,
  noteHeading: 'Handoff note:',
  notePlaceholder: '[The handoff note is on your clipboard: paste it here.]',
  closing: 'Thank you.',
} as const;

// The order of the details lines; the region is said in the request sentence.
const DETAIL_FIELDS: readonly SubjectField[] = ['caseNumber', 'supportPlan', 'severity', 'productSkill'];

/** The body's two versions: with the note, and short (when the note is too long for a link). */
export interface RequestBodies {
  /** With the handoff note (or the short request when there is no note). */
  full: string;
  /** Without the note: a placeholder says where to paste it. Same as `full` when there is no note. */
  short: string;
  /** True when a note was given (non-blank). */
  hasNote: boolean;
}

/**
 * Builds the body from the subject's cleaned values and the note's plain text.
 * Lines are joined with LF; the mailto builder turns them into CRLF.
 */
export function buildRequestBodies(values: Record<SubjectField, string>, note = ''): RequestBodies {
  const head = [
    BODY_TEXT.greeting,
    '',
    BODY_TEXT.request(values.targetRegion),
    '',
    ...DETAIL_FIELDS.map((f) => `${SUBJECT_FIELD_LABELS[f]}: ${values[f]}`),
    '',
  ];
  const trimmed = note.replace(/^\s*\n|\s+$/g, '');
  const hasNote = trimmed.trim() !== '';
  const short = [
    ...head,
    ...(hasNote ? [BODY_TEXT.noteHeading, BODY_TEXT.notePlaceholder, ''] : []),
    BODY_TEXT.closing,
  ];
  const full = hasNote ? [...head, BODY_TEXT.noteHeading, '', trimmed, '', BODY_TEXT.closing] : short;
  return { full: full.join('\n'), short: short.join('\n'), hasNote };
}
