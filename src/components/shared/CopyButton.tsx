/**
 * The site's one copy button. It copies through `clipboard.ts` (the Clipboard API, or the legacy
 * copy command where a plain-http intranet page has no Clipboard API) and says what happened in
 * the site's one set of words (`lib/copy-messages.ts`) through the island's status line
 * (`createStatus`). When the browser blocks copying, the element `select` returns has its text
 * selected, for Ctrl+C.
 */
import type { JSX } from 'solid-js';
import { copyMessage } from '../../lib/copy-messages';
import { copyPlain, copyRich, selectContents } from './clipboard';

export interface CopyButtonProps {
  /** The plain text to copy (read at the click). */
  text: () => string;
  /** HTML copied with the text (both formats), for rich targets such as Outlook or Teams. */
  html?: () => string;
  /** What is copied, as it reads after "Copied" ("the subject"). */
  what: string;
  /** Where the outcome is said: the island's status line. */
  say: (message: string) => void;
  /** The element whose text is selected when copying is blocked, and how it is named ("the note in the output"). */
  select?: () => Element | null | undefined;
  selected?: string;
  /** Asked first: false stops the copy (it says why itself, for example what is still missing). */
  ready?: () => boolean;
  class?: string;
  disabled?: boolean;
  children: JSX.Element;
}

export default function CopyButton(props: CopyButtonProps): JSX.Element {
  const onClick = async () => {
    if (props.ready && !props.ready()) return;
    const text = props.text();
    const outcome = props.html ? await copyRich(props.html(), text) : await copyPlain(text);
    const target = outcome === 'failed' ? props.select?.() : undefined;
    if (target) selectContents(target);
    props.say(copyMessage(outcome, props.what, target ? (props.selected ?? props.what) : undefined));
  };
  return (
    <button type="button" class={props.class} disabled={props.disabled} onClick={onClick}>
      {props.children}
    </button>
  );
}
