/**
 * The site's words for what a copy did, said by every copy button
 * (`components/shared/CopyButton.tsx`) and by the note's own copy buttons.
 * One set of sentences: the same outcome reads the same in every tool.
 */

export type CopyOutcome = 'copied' | 'failed';

/** How to copy by hand, on every keyboard the team uses. */
export const COPY_KEYS = 'press Ctrl+C (or ⌘+C on a Mac)';

/**
 * What a copy did, as one sentence.
 * @param what what was copied, as it reads after "Copied" ("the subject", "“Need US SE”")
 * @param selected when copying was blocked: what is now selected for the person to copy by hand
 *   ("the note in the output"); omitted when nothing could be selected
 * @example copyMessage('copied', 'the subject') // 'Copied the subject.'
 */
export function copyMessage(outcome: CopyOutcome, what: string, selected?: string): string {
  if (outcome === 'copied') return `Copied ${what}.`;
  return selected
    ? `This browser blocked copying. ${capitalise(selected)} is selected: ${COPY_KEYS} to copy it.`
    : `This browser blocked copying. Select ${what} and ${COPY_KEYS}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
