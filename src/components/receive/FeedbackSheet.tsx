/**
 * Review mode's printable feedback sheet: the note, each finding with room
 * for the lead's comments, and room for general comments. Kept at the end of
 * <body> (a portal) and shown only in print, where it is all that prints.
 * A credential-looking value in the note is printed as `[hidden]`: paper travels.
 */
import { For, Show, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Finding } from '../../lib/note/checks';
import { maskSecrets } from '../../lib/note/secrets';

export default function FeedbackSheet(props: { text: string; findings: Finding[]; date: string }): JSX.Element {
  return (
    <Portal>
      <div class="rn-sheet">
        <h1>Feedback on a handoff note</h1>
        <p class="rn-sheet-meta">
          <span>Reviewed on {props.date || '__________'}</span>
          <span>Engineer: ____________________</span>
          <span>Lead: ____________________</span>
        </p>
        <h2>The note</h2>
        <pre>{maskSecrets(props.text)}</pre>
        <h2>Findings</h2>
        <Show when={props.findings.length > 0} fallback={<p>No findings, even with the stricter checks.</p>}>
          <ol>
            <For each={props.findings}>
              {(finding) => (
                <li>
                  <p>{finding.message}</p>
                  <div class="rn-sheet-room">Comments:</div>
                </li>
              )}
            </For>
          </ol>
        </Show>
        <h2>Other comments</h2>
        <div class="rn-sheet-room rn-sheet-room-large" />
      </div>
    </Portal>
  );
}
