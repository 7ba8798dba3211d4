/** The pasted note, read: its case details, sections and checklist, as the receiver sees them. */
import { For, Show, type JSX } from 'solid-js';
import { ALL_SECTION_IDS, isSectionShown } from '../../lib/note/note';
import type { ParsedNote } from '../../lib/note/parse';
import { caseItems } from '../../lib/note/render';
import { CHECKLIST, OPTIONAL_SECTIONS, SECTIONS } from '../../lib/note/template';
import { EMPTY_CASE_DETAILS } from '../../lib/case-details';

const HEADINGS = new Map([...SECTIONS, ...OPTIONAL_SECTIONS].map((s) => [s.id, s.heading]));

export default function NoteView(props: { parsed: ParsedNote; headingId: string }): JSX.Element {
  const details = () => caseItems({ ...EMPTY_CASE_DETAILS, ...props.parsed.caseDetails });
  const sections = () => ALL_SECTION_IDS.filter((id) => isSectionShown(props.parsed.note, id));
  return (
    <section class="rn-block" aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>What the note says</h3>
      <Show when={props.parsed.recognised.unmatchedLines > 0}>
        <p class="field-message">
          {props.parsed.recognised.unmatchedLines} line(s) matched no section of the template; they are shown under
          Handoff Notes.
        </p>
      </Show>
      <Show when={details().length > 0}>
        <h4>Case details</h4>
        <dl class="rn-pairs">
          <For each={details()}>
            {(item) => (
              <div>
                <dt>{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
      <For each={sections()}>
        {(id) => (
          <>
            <h4>{HEADINGS.get(id)}</h4>
            <Show when={props.parsed.note.sections[id].trim()} fallback={<p class="rn-missing">(empty)</p>}>
              <p class="rn-text">{props.parsed.note.sections[id]}</p>
            </Show>
          </>
        )}
      </For>
      <h4>Ticket's checklist</h4>
      <dl class="rn-pairs">
        <For each={CHECKLIST}>
          {(item) => (
            <div>
              <dt>{item.label}</dt>
              <Show when={props.parsed.note.checklist[item.id]} fallback={<dd class="rn-missing">not answered</dd>}>
                <dd>{props.parsed.note.checklist[item.id]}</dd>
              </Show>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}
