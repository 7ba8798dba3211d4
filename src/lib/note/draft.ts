/**
 * The saved draft: what goes into localStorage and how it comes back. A
 * version number marks the format; a draft that fails validation or has
 * another version is set aside (kept, with a message), never a crash.
 * Drafts hold customer data, so they expire after 14 days.
 */
import * as z from 'zod/mini';
import { CaseDetailsSchema, type CaseDetails } from '../case-details';
import { NoteSchema, type Note } from './note';

/** The draft format this code writes. */
export const DRAFT_VERSION = 1;

/** Drafts older than this are removed on load. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The localStorage keys: the draft, and a draft set aside because it could not be read. */
export const DRAFT_KEY = 'fts-handoff:draft';
export const SET_ASIDE_KEY = 'fts-handoff:set-aside';

export interface Draft {
  version: typeof DRAFT_VERSION;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
  caseDetails: CaseDetails;
  note: Note;
  /** Whether the outputs start with the case details. */
  includeCaseDetails: boolean;
}

export const DraftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  savedAt: z.number().check(z.int(), z.nonnegative()),
  caseDetails: z.prefault(CaseDetailsSchema, {}),
  note: z.prefault(NoteSchema, {}),
  includeCaseDetails: z._default(z.boolean(), true),
});

export type DecodedDraft =
  | { kind: 'none' }
  | { kind: 'ok'; draft: Draft }
  | { kind: 'expired'; savedAt: number }
  | { kind: 'invalid'; reason: string };

/** Serialises a draft for storage. */
export function encodeDraft(draft: Draft): string {
  return JSON.stringify(draft);
}

/**
 * Reads a stored draft. `now` is passed in (lib code never reads the clock).
 * @example decodeDraft(null, Date.now()) // { kind: 'none' }
 */
export function decodeDraft(raw: string | null, now: number): DecodedDraft {
  if (raw === null || raw === '') return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', reason: 'it is not valid JSON' };
  }
  if (typeof data === 'object' && data !== null && 'version' in data && data.version !== DRAFT_VERSION) {
    return { kind: 'invalid', reason: `it was saved in another format (version ${String(data.version)})` };
  }
  const result = DraftSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the draft';
    return { kind: 'invalid', reason: `${where}: ${issue?.message ?? 'unreadable'}` };
  }
  const draft = result.data as Draft;
  if (now - draft.savedAt > DRAFT_MAX_AGE_MS) return { kind: 'expired', savedAt: draft.savedAt };
  return { kind: 'ok', draft };
}

/** A draft set aside: the raw text and when it was set aside (it expires like a draft). */
export const SetAsideSchema = z.object({ at: z.number(), raw: z.string() });

/** Reads the set-aside slot; null when empty, unreadable or expired. */
export function decodeSetAside(raw: string | null, now: number): { at: number; raw: string } | null {
  if (!raw) return null;
  try {
    const result = SetAsideSchema.safeParse(JSON.parse(raw));
    if (!result.success || now - result.data.at > DRAFT_MAX_AGE_MS) return null;
    return result.data;
  } catch {
    return null;
  }
}
