/**
 * Step 3's helper: the short text for the case's entry in the Case Transfer
 * channel, built from the page's case details and handoff note (the shared
 * stores, restored from this browser's draft), with a Copy button. Thin over
 * `src/lib/case-transfer.ts`. Nothing goes into a URL: the text is only copied.
 */
import { createEffect, createMemo, createUniqueId, onMount, Show } from 'solid-js';
import { caseTransferEntry } from '../../lib/case-transfer';
import { caseDetails } from './case-store';
import { note } from './note-store';
import { createStatus } from './announce';
import CopyButton from './CopyButton';
import { startDraftSync } from './draft-sync';
import { whenTakenOver } from './later';

export interface CaseTransferEntryProps {
  /** The Case Transfer channel, from the data file. */
  channel: { title: string; url: string };
  /** Where the note generator is, for the hint when details are missing. */
  noteHref: string;
}

export default function CaseTransferEntry(props: CaseTransferEntryProps) {
  const id = createUniqueId();
  // After any part of another island still waiting to be taken over (see later.ts).
  onMount(() => whenTakenOver(startDraftSync));
  const entry = createMemo(() =>
    caseTransferEntry(caseDetails, { summary: note.sections.summary, nextMsftAction: note.sections.nextMsftAction }),
  );
  const [status, say] = createStatus();
  let field: HTMLTextAreaElement | undefined;
  // The field's text, set on the element itself: a server-rendered <textarea value> is only an
  // attribute, and when the draft was already in the store as the island took over, hydration left
  // the field empty (seen once on a clean clone: value "", the attribute holding the template).
  createEffect(() => {
    const text = entry().text;
    if (field && field.value !== text) field.value = text;
  });
  return (
    <div class="case-transfer-entry">
      <div class="field">
        <label for={`${id}-text`}>Text for the Case Transfer entry, from your case details and note</label>
        <textarea
          ref={field}
          id={`${id}-text`}
          readOnly
          rows={3}
          value={entry().text}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <Show when={entry().missing.length}>
        <p class="field-message">
          Still missing: {entry().missing.join(', ')}. Fill them in the{' '}
          <a href={props.noteHref}>Handoff-note generator</a> (kept in this browser) or in the case details.
        </p>
      </Show>
      <p>
        <CopyButton
          class="secondary"
          text={() => entry().text}
          what={`the text: paste it into a new entry in the ${props.channel.title}`}
          select={() => field}
          selected="the text"
          say={say}
        >
          Copy the entry
        </CopyButton>{' '}
        <a href={props.channel.url}>Open the {props.channel.title}</a>
      </p>
      <p role="status">{status()}</p>
    </div>
  );
}
