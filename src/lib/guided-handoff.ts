/**
 * What the guided "Hand off a case" page says and decides besides the
 * decision tree itself (`handoff-decision.ts`): the sentence shown when a
 * training link presets the answers, the checklist's progress line, and what
 * a tick does to the list of steps done. Pure, so a table test holds them;
 * the island (`components/guided`) only shows them.
 */
import type { StepKind } from './handoff-workflows';

/**
 * What the page says when a training link set its answers: how many, and the
 * parameters it ignored as not one of the choices.
 * @example presetSentence(2, ['impact']) // '2 answers were set by the link you opened. Ignored, as not one of the choices: impact.'
 */
export function presetSentence(count: number, invalid: readonly string[]): string {
  return (
    `${count === 1 ? 'One answer was' : `${count} answers were`} set by the link you opened.` +
    (invalid.length ? ` Ignored, as not one of the choices: ${invalid.join(', ')}.` : '')
  );
}

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
