/**
 * What the guided "Hand off a case" page keeps in the browser besides the
 * shared draft: the answers to "Should this case move?", the ticked steps and
 * the case title. This module writes it; `guided-draft.ts` reads it back
 * (validated with zod) and is loaded only when something is stored. Same
 * rules as the note's draft: localStorage only, removed after 14 days.
 */
import { cleanAnswers, type Answers } from './handoff-decision';
import { STEP_KINDS, type StepKind } from './handoff-workflows';

/** The localStorage key (kept with the site's other keys). */
export { GUIDED_DRAFT_KEY } from './storage-keys';

/** Progress older than this is removed on load, as the note's draft is (it may describe a customer's case). */
export { DRAFT_MAX_AGE_MS } from './note/draft-format';

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

/**
 * The progress as it would be stored, without its time: '' when there is nothing to store. Two
 * records with the same key hold the same progress, so a tab can tell another tab's real change
 * from the same progress written again, and skip a write that would change nothing.
 */
export function progressKey(progress: GuidedProgress): string {
  return isEmptyProgress(progress) ? '' : serializeGuidedDraft(progress, 0);
}
