/**
 * The handoff-note generator: the team's template as a form, the note live
 * in three formats, checks beside it, copy / download / print, drafts that
 * survive reloads, and import. Thin over `src/lib/note`; the note and case
 * details live in the page-wide stores so other islands share them.
 */
import {
  For,
  Index,
  Match,
  Show,
  Switch,
  createMemo,
  createSignal,
  createUniqueId,
  onCleanup,
  onMount,
  type JSX,
} from 'solid-js';
import { Portal } from 'solid-js/web';
import { runChecks } from '../../lib/note/checks';
import { fieldsOverLimit } from '../../lib/note/limits';
import type { ParsedNote } from '../../lib/note/parse';
import type { ImportNoteProps } from './ImportNote';
import { renderHtml, renderMarkdown, renderPlainParts } from '../../lib/note/render';
import { linesInBlocks } from '../../lib/note/line-blocks';
import { CHECKLIST, OPTIONAL_SECTIONS, SECTIONS } from '../../lib/note/template';
import { formatCount } from '../../lib/text-limit';
import CaseDetailsFields, { type CaseOptions } from '../shared/CaseDetailsFields';
import DraftConflict from '../shared/DraftConflict';
import { caseDetails } from '../shared/case-store';
import { discardSetAside, draftStatus, forgetDrafts, setDraftMessage, startDraftSync } from '../shared/draft-sync';
import {
  draftState,
  emptyDraftState,
  includeCaseDetails,
  note,
  setDraftState,
  setIncludeCaseDetails,
  setNote,
  type DraftState,
} from '../shared/note-store';
import { copyPlain, copyRich, download, selectContents } from '../shared/clipboard';
import { adoptEarlyInput } from '../shared/early-input';
import type { HeadingLevel } from '../shared/Heading';
import { createNoteFields } from './note-fields';
import RichNote from './RichNote';

export interface HandoffNoteProps {
  /** Choices from the data file, passed by `HandoffNote.astro`. */
  options: CaseOptions;
  /** Heading level of "Your note" (its "Checks" one below): 2 (default) on its page, 3 in a guided step. */
  level?: Extract<HeadingLevel, 2 | 3>;
}

type Tab = 'plain' | 'markdown' | 'rich';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'plain', label: 'Plain text' },
  { id: 'markdown', label: 'Markdown' },
  { id: 'rich', label: 'Rich text preview' },
];

export default function HandoffNote(props: HandoffNoteProps): JSX.Element {
  const id = createUniqueId();
  const fieldId = (field: string) => `${id}-${field}`;
  const [printing, setPrinting] = createSignal(false);
  const [tab, setTab] = createSignal<Tab>('plain');
  const [announcement, setAnnouncement] = createSignal('');
  const [undo, setUndo] = createSignal<{ state: DraftState; what: string } | null>(null);
  /** The "Import a note" panel, fetched when it is first opened; false when that failed. */
  const [ImportPanel, setImportPanel] = createSignal<((props: ImportNoteProps) => JSX.Element) | false>();
  let outputRef: HTMLPreElement | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  let formRef: HTMLFormElement | undefined;

  onMount(() => {
    startDraftSync();
    // Once the draft store watches the state (its effects start after this mount), so what was typed
    // is saved, or offered beside a stored draft that is still being read.
    queueMicrotask(() => formRef && adoptEarlyInput(formRef));
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    onCleanup(() => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      clearTimeout(announceTimer);
    });
  });

  const details = () => (includeCaseDetails() ? caseDetails : undefined);
  // A field past its maximum keeps its text, but no note is made from it: rendering and
  // checking megabytes at every key press is what froze the page.
  const overLimit = createMemo(() => fieldsOverLimit(note, caseDetails));
  const fits = () => overLimit().length === 0;
  const plainParts = createMemo(() => (fits() ? renderPlainParts(note, details()) : []));
  const plain = () => plainParts().join('\n');
  const markdown = createMemo(() => (fits() && tab() === 'markdown' ? renderMarkdown(note, details()) : ''));
  const findings = createMemo(() => (fits() ? runChecks({ note, caseDetails }) : []));
  const goTo = (field: string) => document.getElementById(fieldId(field))?.focus();

  /** Says something in the live region; cleared later so the same words are announced again next time. */
  const announce = (text: string) => {
    setAnnouncement('');
    queueMicrotask(() => setAnnouncement(text));
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => setAnnouncement(''), 8000);
  };

  const [sectionField, checklistItem] = createNoteFields(fieldId);

  const replaceDraft = (state: DraftState, what: string) => {
    setUndo({ state: draftState(), what });
    setDraftState(state);
  };

  const copied = (result: 'copied' | 'failed', what: string) => {
    if (result === 'copied') announce(`Copied ${what}.`);
    else {
      setTab('plain');
      queueMicrotask(() => outputRef && selectContents(outputRef));
      announce('This browser blocked copying. The note is selected in the output: press Ctrl+C (or ⌘+C) to copy it.');
    }
  };

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

  /** Code used only on a click (the import panel with its reader, the example) is fetched then, not with the page. */
  const PART_MISSING = 'Part of this page did not download, so this did not run: reload the page and try again.';

  const openImport = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || ImportPanel()) return;
    import('./ImportNote').then(
      (m) => setImportPanel(() => m.default),
      () => setImportPanel(false),
    );
  };

  const onImport = (parsed: ParsedNote) => {
    replaceDraft(
      {
        caseDetails: { ...draftState().caseDetails, ...parsed.caseDetails },
        note: parsed.note,
        includeCaseDetails: includeCaseDetails(),
      },
      'Import',
    );
    setDraftMessage('Imported: the fields are filled from the pasted note. Use Undo to bring the previous note back.');
  };

  return (
    <div class="tool handoff-note">
      <div class="hn-toolbar" role="group" aria-label="Note actions">
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            try {
              replaceDraft((await import('./example')).exampleDraft(props.options), 'Example');
            } catch {
              setDraftMessage(PART_MISSING);
            }
          }}
        >
          Fill with an example
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            replaceDraft(emptyDraftState(), 'New note');
            announce('New note: the form is empty. Use Undo to bring the previous note back.');
          }}
        >
          New note
        </button>
        <Show when={undo()}>
          {(u) => (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                const { state, what } = u();
                setDraftState(state);
                setUndo(null);
                announce(`Undone: ${what}.`);
              }}
            >
              Undo {u().what.toLowerCase()}
            </button>
          )}
        </Show>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setUndo(null);
            forgetDrafts();
          }}
        >
          Forget drafts on this browser
        </button>
      </div>

      <div class="hn-status" role="status" aria-live="polite">
        <Show when={draftStatus().saving === 'on' && !draftStatus().message}>
          <p>Drafts are saved in this browser only, as you type, for 14 days.</p>
        </Show>
        <Show when={draftStatus().message}>
          <p classList={{ 'hn-warning': draftStatus().saving === 'off' }}>{draftStatus().message}</p>
        </Show>
      </div>

      <DraftConflict />

      <Show when={draftStatus().setAside}>
        {(raw) => (
          <div class="tool-banner">
            <p>A saved draft that could not be read is set aside on this browser.</p>
            <button
              type="button"
              class="secondary"
              onClick={() => download(raw(), 'set-aside-draft.txt', 'text/plain')}
            >
              Download the set-aside draft
            </button>
            <button type="button" class="secondary" onClick={discardSetAside}>
              Discard it
            </button>
          </div>
        )}
      </Show>

      <details class="hn-import" onToggle={openImport}>
        <summary>Import a note</summary>
        <Show
          when={ImportPanel()}
          fallback={
            <p class="field-message" role="status">
              {ImportPanel() === false ? PART_MISSING : 'Loading…'}
            </p>
          }
        >
          {(Panel) => Panel()({ id: fieldId('import'), onImport })}
        </Show>
      </details>

      {/* A stored draft too big for the form is shown read-only above (DraftConflict), not in a frozen form. */}
      <Show when={!draftStatus().oversized}>
        <div class="hn-layout">
          <form ref={formRef} class="hn-form" aria-label="Handoff note" onSubmit={(e) => e.preventDefault()}>
            <CaseDetailsFields options={props.options} idPrefix={id} />
            <div class="field field-check">
              <label>
                <input
                  type="checkbox"
                  checked={includeCaseDetails()}
                  onChange={(e) => setIncludeCaseDetails(e.currentTarget.checked)}
                />
                Start the note with the case details
              </label>
            </div>

            <For each={SECTIONS}>{(section) => sectionField(section)}</For>

            <fieldset class="hn-optional">
              <legend>Optional sections</legend>
              <p class="field-message">Off by default, so the note stays exactly the team's template.</p>
              <For each={OPTIONAL_SECTIONS}>
                {(section) => (
                  <label>
                    <input
                      type="checkbox"
                      checked={note.optional[section.id]}
                      onChange={(e) => setNote('optional', section.id, e.currentTarget.checked)}
                    />
                    Add “{section.label}”
                  </label>
                )}
              </For>
            </fieldset>
            <For each={OPTIONAL_SECTIONS}>
              {(section) => <Show when={note.optional[section.id]}>{sectionField(section)}</Show>}
            </For>

            <fieldset class="hn-checklist">
              <legend>Ticket's checklist</legend>
              <For each={CHECKLIST}>{(item) => checklistItem(item)}</For>
            </fieldset>
          </form>

          <section class="hn-output" aria-labelledby={fieldId('output-heading')}>
            {/* One level below what holds the tool (2 on its page, 3 in a guided step); no shared Heading
                chunk on this page, which is closest to its JavaScript budget. */}
            {props.level === 3 ? (
              <h3 id={fieldId('output-heading')}>Your note</h3>
            ) : (
              <h2 id={fieldId('output-heading')}>Your note</h2>
            )}
            <Show
              when={fits()}
              fallback={
                <div class="hn-over-limit">
                  <p>
                    No note is made while a field is past its maximum. Nothing you typed is cut: shorten the field, and
                    the note is back as soon as it fits.
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
                      <RichNote note={note} details={details()} />
                    </div>
                  </Match>
                </Switch>
              </div>

              <div class="hn-actions" role="group" aria-label="Copy and download">
                <button type="button" onClick={async () => copied(await copyPlain(plain()), 'the note as plain text')}>
                  Copy as plain text
                </button>
                <button
                  type="button"
                  onClick={async () =>
                    copied(
                      await copyRich(renderHtml(note, details()), plain()),
                      'the note as rich text (with plain text)',
                    )
                  }
                >
                  Copy rich
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={async () => copied(await copyPlain(renderMarkdown(note, details())), 'the note as Markdown')}
                >
                  Copy Markdown
                </button>
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
            <p class="hn-announce" role="status" aria-live="polite">
              {announcement()}
            </p>

            <section class="hn-checks" aria-labelledby={fieldId('checks-heading')}>
              {props.level === 3 ? (
                <h4 id={fieldId('checks-heading')}>Checks</h4>
              ) : (
                <h3 id={fieldId('checks-heading')}>Checks</h3>
              )}
              <Show
                when={findings().length > 0}
                fallback={
                  <p class="field-message">
                    {fits()
                      ? 'Nothing to point out. The checks help; they never block.'
                      : 'The checks run again once every field fits its maximum.'}
                  </p>
                }
              >
                <ul>
                  <For each={findings()}>
                    {(finding) => (
                      <li>
                        {finding.message}{' '}
                        <Show when={finding.field !== 'severity'}>
                          <button type="button" class="hn-link" onClick={() => goTo(finding.field)}>
                            Go to the field
                          </button>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </section>
        </div>
      </Show>

      <Show when={printing() && fits()}>
        {/* At the end of <body>, so print CSS can place it at the top of the first page. */}
        <Portal>
          <div class="hn-print">
            <RichNote note={note} details={details()} />
          </div>
        </Portal>
      </Show>
    </div>
  );
}
