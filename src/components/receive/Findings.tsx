/** The checks' findings: what to ask the sender, or (review mode) what the note's writer should fix. */
import { For, Show, type JSX } from 'solid-js';
import type { Finding } from '../../lib/note/checks';

export default function Findings(props: { findings: Finding[]; review: boolean; headingId: string }): JSX.Element {
  return (
    <section class="rn-block rn-findings" aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>{props.review ? 'Findings for the writer' : 'What to ask the sender'}</h3>
      <Show
        when={props.findings.length > 0}
        fallback={
          <p>
            {props.review
              ? 'Nothing found, even with the stricter checks.'
              : 'Nothing to ask about: the note answers every check. Read it through all the same.'}
          </p>
        }
      >
        <ul>
          <For each={props.findings}>{(finding) => <li>{finding.message}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}
