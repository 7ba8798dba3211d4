/**
 * A stored draft too big for the form, read-only: what each field holds (the
 * start of it), and the choice to download it whole or discard it. Loaded
 * only when such a draft is found (`draftStatus().oversized`), so no page
 * carries it otherwise. Nothing here puts megabytes in the page: each field
 * shows its first characters, the download holds everything.
 */
import { For, Show, createSignal, type JSX } from 'solid-js';
import type { Draft } from '../../lib/note/draft-format';
import { ALL_SECTION_IDS } from '../../lib/note/note';
import { CASE_LINES } from '../../lib/note/syntax';
import { CHECKLIST, CHECKLIST_HEADING, HEADING_RULE, OPTIONAL_SECTIONS, SECTIONS } from '../../lib/note/template';
import { formatCount } from '../../lib/text-limit';
import { download } from './clipboard';
import { discardOversized, draftStatus } from './draft-sync';

/** How much of each field the view shows. */
const PREVIEW_CHARS = 600;

/**
 * The whole draft as text in the template's layout, every field as stored.
 * Not `renderPlain`: its line-by-line clean-up of megabytes takes most of a
 * second, and this copy is for keeping, not for pasting into a case.
 */
function draftText({ caseDetails, note }: Draft): string {
  const caseLines = CASE_LINES.map(({ id, label }) => [label, caseDetails[id]] as const)
    .filter(([, v]) => v !== '' && v !== null)
    .map(([label, v]) => `${label}: ${typeof v === 'boolean' ? (v ? 'Yes' : 'No') : v}`);
  const sections = [...SECTIONS, ...OPTIONAL_SECTIONS]
    .filter((s) => note.sections[s.id] !== '' || !OPTIONAL_SECTIONS.some((o) => o.id === s.id))
    .map((s) => `${s.heading}\n${HEADING_RULE}\n${note.sections[s.id]}\n`);
  const checklist = CHECKLIST.map((c) => `${c.label}: ${note.checklist[c.id]}`).join('\n');
  return [
    caseLines.length ? `${caseLines.join('\n')}\n` : '',
    ...sections,
    `${CHECKLIST_HEADING}\n${HEADING_RULE}\n\n${checklist}\n`,
  ]
    .filter(Boolean)
    .join('\n');
}

export default function OversizedDraft(): JSX.Element {
  const [said, setSaid] = createSignal('');
  const oversized = () => draftStatus().oversized;

  /** Every field that holds something, labelled as in the form, with its length. */
  const fields = () => {
    const o = oversized();
    if (!o) return [];
    const { note, caseDetails } = o.draft;
    const labels = new Map<string, string>([...SECTIONS, ...OPTIONAL_SECTIONS].map((s) => [s.id, s.label]));
    const rows = [
      ...CASE_LINES.map(({ id, label }) => ({ label, text: String(caseDetails[id] ?? '') })),
      ...ALL_SECTION_IDS.map((id) => ({ label: labels.get(id) ?? id, text: note.sections[id] })),
      ...CHECKLIST.map((c) => ({ label: c.formLabel, text: note.checklist[c.id] })),
    ];
    return rows.filter((r) => r.text !== '' && r.text !== 'null');
  };

  const save = () => {
    const o = oversized();
    if (!o) return;
    const digits = o.draft.caseDetails.caseNumber.replace(/\D/g, '').slice(0, 40);
    const name = `handoff-note-draft${digits ? `-${digits}` : ''}.txt`;
    download(draftText(o.draft), name, 'text/plain');
    setSaid(`Downloaded ${name}: the whole draft, as plain text.`);
  };

  return (
    <Show when={oversized()}>
      {
        <section class="tool-banner draft-oversized" aria-label="Saved draft, read-only">
          <p>
            <strong>Your saved draft is too big to open in the form</strong>, so it is shown here read-only:{' '}
            {(oversized()?.fields ?? [])
              .map((f) => `${f.label} has ${formatCount(f.length)} characters (the maximum is ${formatCount(f.max)})`)
              .join('; ')}
            . Download it to keep it, then discard it to start again. Until then nothing typed on this page is saved.
          </p>
          <button type="button" onClick={save}>
            Download the draft (.txt)
          </button>
          <button type="button" class="secondary" onClick={discardOversized}>
            Discard the saved draft
          </button>
          <p class="field-message" role="status">
            {said()}
          </p>
          <dl class="draft-preview">
            <For each={fields()}>
              {(field) => (
                <>
                  <dt>
                    {field.label} ({formatCount(field.text.length)} characters)
                  </dt>
                  <dd>
                    <pre tabindex="0">
                      {field.text.slice(0, PREVIEW_CHARS)}
                      {field.text.length > PREVIEW_CHARS
                        ? `… and ${formatCount(field.text.length - PREVIEW_CHARS)} more characters, in the download.`
                        : ''}
                    </pre>
                  </dd>
                </>
              )}
            </For>
          </dl>
        </section>
      }
    </Show>
  );
}
