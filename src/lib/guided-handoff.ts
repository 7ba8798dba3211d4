/**
 * What the guided "Hand off a case" page says and decides besides the
 * decision tree itself (`handoff-decision.ts`): the checklist's progress
 * line, and what a tick does to the list of steps done (what a training link
 * does is `training-link.ts`). Pure, so a
 * table test holds them; the island (`components/guided`) only shows them.
 */
import type { StepKind } from './handoff-workflows';

/** The checklist's progress line, e.g. `2 of 5 steps done.` */
export function progressSentence(done: number, total: number): string {
  return done === total && total > 0
    ? `All ${total} steps done: the handoff is complete.`
    : `${done} of ${total} steps done.`;
}

/** The ticked steps once `kind` is ticked (`checked`) or unticked; a step is listed once. */
export function tickStep(done: readonly StepKind[], kind: StepKind, checked: boolean): StepKind[] {
  return checked ? [...new Set([...done, kind])] : done.filter((k) => k !== kind);
}
