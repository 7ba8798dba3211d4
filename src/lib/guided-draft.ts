/**
 * Reads the guided page's stored progress back (`guided-progress.ts` writes
 * it): validated with zod, expired after 14 days, never a throw. Pure: the
 * caller passes the stored text and the time. The page loads this module only
 * when something is stored (or another tab changes it). Also what becomes of
 * a record that cannot be read (set aside, never deleted), what another tab's
 * change means for this one, and what the page says about either.
 */
import * as z from 'zod/mini';
import { cleanAnswers } from './handoff-decision';
import { STEP_KINDS } from './handoff-workflows';
import {
  DRAFT_MAX_AGE_MS,
  isEmptyProgress,
  progressKey,
  type GuidedDraft,
  type GuidedProgress,
} from './guided-progress';

export * from './guided-progress';
export { GUIDED_SET_ASIDE_KEY } from './storage-keys';

const StoredSchema = z.object({
  version: z.literal(1),
  savedAt: z.int().check(z.nonnegative()),
  answers: z.record(z.string(), z.unknown()),
  done: z.array(z.string()),
  caseTitle: z._default(z.string(), ''),
});

/** What loading found. */
export type LoadedDraft =
  { status: 'none' } | { status: 'ok'; draft: GuidedDraft } | { status: 'expired' } | { status: 'corrupt' };

/**
 * Reads a stored record. Nothing stored gives `none`; older than 14 days,
 * `expired`; unreadable or of another shape, `corrupt` (never a throw).
 * Unknown answers and steps inside a valid record are dropped.
 */
export function parseGuidedDraft(stored: string | null, now: number): LoadedDraft {
  if (stored === null) return { status: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { status: 'corrupt' };
  }
  const result = StoredSchema.safeParse(json);
  if (!result.success) return { status: 'corrupt' };
  const { savedAt, answers, done, caseTitle } = result.data;
  if (now - savedAt > DRAFT_MAX_AGE_MS) return { status: 'expired' };
  return {
    status: 'ok',
    draft: {
      savedAt,
      answers: cleanAnswers(answers),
      done: STEP_KINDS.filter((k) => done.includes(k)),
      caseTitle,
    },
  };
}

/** A stored record that could not be read, kept: when it was set aside, and its text as it was stored. */
export interface SetAsideCopy {
  at: number;
  raw: string;
}

const SetAsideSchema = z.array(z.object({ at: z.number(), raw: z.string() }));

/**
 * Reads the set-aside key: its copies set aside within the last 14 days, oldest first. A value that
 * is not a list of copies is still what was stored, so it is kept whole as one copy (set aside
 * `now`), never dropped.
 */
export function decodeSetAside(stored: string | null, now: number): SetAsideCopy[] {
  if (stored === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return [{ at: now, raw: stored }];
  }
  const result = SetAsideSchema.safeParse(json);
  if (!result.success) return [{ at: now, raw: stored }];
  return result.data
    .filter((copy) => now - copy.at <= DRAFT_MAX_AGE_MS)
    .map(({ at, raw }) => ({ at, raw }))
    .sort((a, b) => a.at - b.at);
}

/** The text to store under the set-aside key. */
export function encodeSetAside(copies: readonly SetAsideCopy[]): string {
  return JSON.stringify(copies.map(({ at, raw }) => ({ at, raw })));
}

/**
 * The downloaded file: one copy exactly as it was stored; several, each after a line that says when
 * it was set aside (UTC).
 */
export function setAsideText(copies: readonly SetAsideCopy[]): string {
  if (copies.length === 1) return copies[0]!.raw;
  return copies.map((c) => `--- Set aside ${new Date(c.at).toISOString()} ---\n${c.raw}\n`).join('\n');
}

/** What another tab's write means for this tab. */
export type OtherTabChange =
  { kind: 'same' } | { kind: 'changed'; progress: GuidedProgress } | { kind: 'removed' } | { kind: 'unreadable' };

/**
 * Compares what is stored now (another tab wrote it, or removed it) with this tab's progress: the
 * same progress needs nothing (a tab that opens writes what it restored); other progress, or none
 * where this tab has some, needs the person's choice; a record this page cannot read is set aside.
 */
export function otherTabChange(stored: string | null, mine: GuidedProgress, now: number): OtherTabChange {
  const loaded = parseGuidedDraft(stored, now);
  if (loaded.status === 'corrupt') return { kind: 'unreadable' };
  if (loaded.status !== 'ok') return isEmptyProgress(mine) ? { kind: 'same' } : { kind: 'removed' };
  const { savedAt: _savedAt, ...progress } = loaded.draft;
  return progressKey(progress) === progressKey(mine) ? { kind: 'same' } : { kind: 'changed', progress };
}

/** What the page says once it has read what is stored (none when it says nothing). */
export const STORED_MESSAGES = {
  expired: 'The progress saved here more than 14 days ago was removed, as drafts with case data expire.',
  setAside:
    'The progress saved in this browser could not be read, so the questions start afresh. It is set aside on this browser (for 14 days): download it, as it may hold your case title, or discard it.',
  unkept:
    'The progress saved in this browser could not be read, and the browser has no room to set a copy aside: it is left where it is, and nothing on this page is saved until you download or discard it.',
} as const;
