/**
 * The generator's checks and the list that shows their findings: each with its kind (a check or a
 * softer hint), a link to its field, why it matters and the page its rule is on. Fetched together
 * once the form holds something (`note-output.tsx`), so an empty form downloads neither.
 */
import { For, Show, type JSX } from 'solid-js';
import type { Finding } from '../../lib/note/checks';

export { runChecks } from '../../lib/note/checks';

/**
 * A page of the site under its base path. Not `withBase` (lib/base-links.ts): importing it here as
 * well would split it into a file of its own, one more request on the guided page at load.
 */
const onSite = (path: string) => `${import.meta.env.BASE_URL.replace(/\/+$/, '')}${path}`;

export function FindingsList(props: { findings: Finding[]; goTo: (field: string) => void }): JSX.Element {
  return (
    <ul>
      <For each={props.findings}>
        {(finding) => (
          <li>
            <span class="hn-kind">{finding.hint ? 'Hint: ' : 'Check: '}</span>
            {finding.message}{' '}
            <button type="button" class="hn-link" onClick={() => props.goTo(finding.field)}>
              Go to the field
            </button>
            <Show when={finding.source}>
              {(source) => (
                <span class="hn-why">
                  {finding.reason} <a href={onSite(source().path)}>{source().label}</a>
                </span>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
