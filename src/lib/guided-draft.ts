/**
 * What the guided "Hand off a case" page keeps in the browser besides the
 * shared draft: the answers to "Should this case move?" and the ticked
 * steps. Same rules as the note's draft: localStorage only, validated on
 * load, removed after 14 days. Pure: the caller passes the stored text and
 * the time.
 */
import * as z from 'zod/mini';
import { cleanAnswers, type Answers } from './handoff-decision';
import { STEP_KINDS, type StepKind } from './handoff-workflows';

/** The localStorage key (kept with the site's other keys). */
export { GUIDED_DRAFT_KEY } from './storage-keys';

/** Drafts older than this are removed on load (they may describe a customer's case). */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The stored record. */
export interface GuidedDraft {
  /** When it was last saved, in ms since the epoch. */
  savedAt: number;
  answers: Answers;
  /** The steps ticked as done, in checklist order. */
  done: StepKind[];
  /** The case's internal title as pasted for the prefix step ('' when none). */
  caseTitle: string;
}

/** What the page saves: the draft without its time stamp. */
export type GuidedProgress = Omit<GuidedDraft, 'savedAt'>;

/** Nothing answered, ticked or typed. */
export const EMPTY_PROGRESS: Readonly<GuidedProgress> = Object.freeze({ answers: {}, done: [], caseTitle: '' });

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

/** The text to store for this progress, stamped with `now`. */
export function serializeGuidedDraft(progress: GuidedProgress, now: number): string {
  return JSON.stringify({
    version: 1,
    savedAt: now,
    answers: cleanAnswers(progress.answers),
    done: STEP_KINDS.filter((k) => progress.done.includes(k)),
    caseTitle: progress.caseTitle,
  });
}

/** True when there is nothing worth storing. */
export function isEmptyProgress(progress: GuidedProgress): boolean {
  return (
    Object.keys(cleanAnswers(progress.answers)).length === 0 &&
    progress.done.length === 0 &&
    progress.caseTitle.trim() === ''
  );
}
