/**
 * Reads the guided page's stored progress back (`guided-progress.ts` writes
 * it): validated with zod, expired after 14 days, never a throw. Pure: the
 * caller passes the stored text and the time. The page loads this module only
 * when something is stored.
 */
import * as z from 'zod/mini';
import { cleanAnswers } from './handoff-decision';
import { STEP_KINDS } from './handoff-workflows';
import { DRAFT_MAX_AGE_MS, type GuidedDraft } from './guided-progress';

export * from './guided-progress';

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
