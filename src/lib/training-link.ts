/**
 * What a training link (`/handoff/start/?7x24=yes&delivered=no`) does to the
 * guided page's answers: it sets the answers it names, when valid, and
 * nothing else; the person's other answers, ticks and case title stay. Pure:
 * the island passes the answers and the address's parameters (decoded), and
 * takes the answers out of the address itself.
 */
import type { Answers, DecodedAnswers } from './handoff-decision';

/**
 * What the page says when a training link set its answers: how many, and the
 * parameters it ignored as not one of the choices.
 * @example presetSentence(2, ['impact']) // '2 answers were set by the link you opened. Ignored, as not one of the choices: impact.'
 * @example presetSentence(0, ['7x24']) // 'The link you opened set no answers; yours are unchanged. Ignored, as not one of the choices: 7x24.'
 */
export function presetSentence(count: number, invalid: readonly string[]): string {
  const ignored = invalid.length ? ` Ignored, as not one of the choices: ${invalid.join(', ')}.` : '';
  if (count === 0) return `The link you opened set no answers; yours are unchanged.${ignored}`;
  return `${count === 1 ? 'One answer was' : `${count} answers were`} set by the link you opened.${ignored}`;
}

/** The page's answers once a training link is applied. */
export interface LinkPreset {
  /** The answers before, with the link's valid ones over them. */
  answers: Answers;
  /** The person's own answers to go back to, or null when there were none or the link changed nothing. */
  undo: Answers | null;
  /** What the page says (`presetSentence`). */
  note: string;
}

/**
 * Applies a training link's answers (its parameters as `decodeAnswers` reads them) to the answers
 * `before`: only the questions the link names, and only with one of their choices; a bad value
 * changes nothing.
 * @example applyTrainingLink({ delivered: 'no' }, decodeAnswers(new URLSearchParams('7x24=garbage'))).answers // { delivered: 'no' }
 */
export function applyTrainingLink(before: Answers, { answers: preset, invalid }: DecodedAnswers): LinkPreset {
  return {
    answers: { ...before, ...preset },
    // A link that set nothing has nothing to undo.
    undo: Object.keys(before).length && Object.keys(preset).length ? before : null,
    note: presetSentence(Object.keys(preset).length, invalid),
  };
}
