/**
 * The generator's output pane: the note in its three formats (tabs), the copy,
 * download and print buttons, and the checks' findings, with the state only
 * they use (the open tab, the Markdown made on demand, the findings). Apart
 * from `HandoffNote.tsx`, which keeps the pane's outline (its headings and the
 * live region) and calls these where each part goes. They are plain
 * functions, not components, on purpose: a component adds a level to Solid's
 * hydration keys, so the pane's server-rendered HTML would change with the
 * file it is written in.
 */
import { For, Index, Match, Show, Switch, createEffect, createMemo, createSignal, type JSX } from 'solid-js';
import type { CaseDetails } from '../../lib/case-details';
type ChecksModule = typeof import('./checks-list');
import type { OverLimit } from '../../lib/note/limits';
import { linesInBlocks } from '../../lib/note/line-blocks';
import { renderHtml, renderMarkdown, renderPlainParts } from '../../lib/note/render';
import { formatCount } from '../../lib/text-limit';
import { caseDetails } from '../shared/case-store';
import { download } from '../shared/clipboard';
import CopyButton from '../shared/CopyButton';
import { draftState, isDraftEmpty, note } from '../shared/note-store';
import { RichNote, RichPreview, needRichNote } from './rich-preview';

/** Said where a part of the tool, fetched when first needed, could not be downloaded. */
export const PART_MISSING = 'Part of this page did not download, so this did not run: reload the page and try again.';

type Tab = 'plain' | 'markdown' | 'rich';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'plain', label: 'Plain text' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'rich', label: 'Rich text preview' },
];

/**
 * The pane's two parts: the note (the format tabs, the note in the open one, and the copy /
 * download / print buttons; while a field is past its maximum, which fields instead), and the
 * checks' findings, each with a link to its field. A pair, as Solid's own `createSignal` gives,
 * because the names of an object's fields would be shipped to every visitor and a pair's are not.
 */
export type NoteOutput = [formats: () => JSX.Element, checks: () => JSX.Element];

/**
 * The output pane of one generator. `fieldId` gives the id of one of its elements (fields, tabs,
 * panel); `details` the case details when the note starts with them; `overLimit` the fields past
 * their maximum (while there are any, no note is made); `announce` says something in its live
 * region.
 */
export function createNoteOutput(
  fieldId: (field: string) => string,
  details: () => CaseDetails | undefined,
  overLimit: () => OverLimit[],
  announce: (text: string) => void,
): NoteOutput {
  const fits = () => overLimit().length === 0;
  const [tab, setTab] = createSignal<Tab>('plain');
  let outputRef: HTMLPreElement | undefined;
  const plainParts = createMemo(() => (fits() ? renderPlainParts(note, details()) : []));
  const plain = () => plainParts().join('\n');
  const markdown = createMemo(() => (fits() && tab() === 'markdown' ? renderMarkdown(note, details()) : ''));
  // The checks are fetched once there is something to check: on an empty form they would only list
  // every field as empty, and a first visit downloads them when the person starts writing.
  const [check, setCheck] = createSignal<ChecksModule | 'waiting' | 'loading' | 'failed'>('waiting');
  createEffect(() => {
    if (check() !== 'waiting' || isDraftEmpty(draftState())) return;
    setCheck('loading');
    import('./checks-list').then(
      (m) => setCheck(m),
      () => setCheck('failed'),
    );
  });
  const findings = createMemo(() => {
    const m = check();
    return fits() && typeof m === 'object' ? m.runChecks({ note, caseDetails }) : [];
  });
  const goTo = (field: string) =>
    (document.getElementById(fieldId(field)) ?? document.querySelector<HTMLElement>(`[id$="-${field}"]`))?.focus();
  // The rich preview is fetched once there is a note to preview (tried again when its tab is chosen).
  createEffect(() => RichNote() === undefined && !isDraftEmpty(draftState()) && needRichNote());
  createEffect(() => tab() === 'rich' && needRichNote());

  /** When copying is blocked: the plain-text tab, whose note is selected for Ctrl+C. */
  const plainOutput = () => {
    setTab('plain');
    return outputRef;
  };
  const IN_OUTPUT = 'the note in the output';

  const fileName = (ext: string) => {
    const n = caseDetails.caseNumber.replace(/\D/g, '');
    return `handoff-note${n ? `-${n}` : ''}.${ext}`;
  };

  const onTabKey = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab());
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    else return;
    event.preventDefault();
    setTab(TABS[next]!.id);
    document.getElementById(fieldId(`tab-${TABS[next]!.id}`))?.focus();
  };

  const formats = () => (
    <Show
      when={fits()}
      fallback={
        <div class="hn-over-limit">
          <p>
            No note is made while a field is past its maximum. Nothing you typed is cut: shorten the field, and the note
            is back as soon as it fits.
          </p>
          <ul>
            <For each={overLimit()}>
              {(item) => (
                <li>
                  {item.label}: {formatCount(item.length)} characters, the maximum is {formatCount(item.max)}.{' '}
                  <button type="button" class="hn-link" onClick={() => goTo(item.field)}>
                    Go to the field
                  </button>
                </li>
              )}
            </For>
          </ul>
        </div>
      }
    >
      <div role="tablist" aria-label="Format" class="hn-tabs">
        <For each={TABS}>
          {(t) => (
            <button
              type="button"
              role="tab"
              id={fieldId(`tab-${t.id}`)}
              aria-selected={tab() === t.id}
              aria-controls={fieldId('panel')}
              tabindex={tab() === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={onTabKey}
            >
              {t.label}
            </button>
          )}
        </For>
      </div>
      <div role="tabpanel" id={fieldId('panel')} aria-labelledby={fieldId(`tab-${tab()}`)} class="hn-panel">
        <Switch>
          <Match when={tab() === 'plain'}>
            <pre ref={outputRef} tabindex="0" aria-label="The note as plain text" class="hn-text">
              {/* Blocks of a few lines each: a key press re-lays out the block it changed, not 20,000 characters. */}
              <Index each={plainParts()}>
                {(part, i) => (
                  <For each={linesInBlocks(i === 0 ? part() : `\n${part()}`)}>
                    {(block) => <span class="hn-lines">{block}</span>}
                  </For>
                )}
              </Index>
            </pre>
          </Match>
          <Match when={tab() === 'markdown'}>
            <pre tabindex="0" aria-label="The note as Markdown" class="hn-text">
              {markdown()}
            </pre>
          </Match>
          <Match when={tab() === 'rich'}>
            <div class="hn-paper" tabindex="0" aria-label="The note as rich text">
              <RichPreview
                details={details()}
                fallback={<p class="field-message">{RichNote() === false ? PART_MISSING : 'Loading the preview…'}</p>}
              />
            </div>
          </Match>
        </Switch>
      </div>

      <div class="hn-actions" role="group" aria-label="Copy and download">
        <CopyButton select={plainOutput} selected={IN_OUTPUT} say={announce} text={plain} what="the note as plain text">
          Copy as plain text
        </CopyButton>
        <CopyButton
          select={plainOutput}
          selected={IN_OUTPUT}
          say={announce}
          text={plain}
          html={() => renderHtml(note, details())}
          what="the note as rich text (with plain text)"
        >
          Copy rich
        </CopyButton>
        <CopyButton
          select={plainOutput}
          selected={IN_OUTPUT}
          say={announce}
          class="secondary"
          text={() => renderMarkdown(note, details())}
          what="the note as Markdown"
        >
          Copy Markdown
        </CopyButton>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            download(plain(), fileName('txt'), 'text/plain');
            announce(`Downloaded ${fileName('txt')}.`);
          }}
        >
          Download .txt
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            download(renderMarkdown(note, details()), fileName('md'), 'text/markdown');
            announce(`Downloaded ${fileName('md')}.`);
          }}
        >
          Download .md
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
    </Show>
  );

  const checksState = () => {
    const state = check();
    if (!fits()) return 'The checks run again once every field fits its maximum.';
    if (state === 'waiting') return 'The checks start once you write: they look for what the next engineer would miss.';
    if (state === 'loading') return 'Checking…';
    if (state === 'failed') return PART_MISSING;
    return 'Nothing to point out. The checks help; they never block.';
  };

  const checks = () => (
    <Show when={findings().length > 0} fallback={<p class="field-message">{checksState()}</p>}>
      {(() => {
        const { FindingsList } = check() as ChecksModule;
        return <FindingsList findings={findings()} goTo={goTo} />;
      })()}
    </Show>
  );

  return [formats, checks];
}
