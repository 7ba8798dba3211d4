/**
 * The saved draft's format: the record, its storage keys and how it is
 * written. Reading one back (validating it with zod) is `draft.ts`, which the
 * page loads only when something is stored, so a first visit does not
 * download the validator.
 */
import type { CaseDetails } from '../case-details';
import type { Note } from './note';

/** The draft format this code writes. */
export const DRAFT_VERSION = 1;

/** Drafts older than this are removed on load. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The localStorage keys: the draft, and a draft set aside because it could not be read (kept with the site's other keys). */
export { DRAFT_KEY, SET_ASIDE_KEY } from '../storage-keys';

export interface Draft {
  version: typeof DRAFT_VERSION;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
  caseDetails: CaseDetails;
  note: Note;
  /** Whether the outputs start with the case details. */
  includeCaseDetails: boolean;
}

/** Serialises a draft for storage. */
export function encodeDraft(draft: Draft): string {
  return JSON.stringify(draft);
}
