/**
 * The handoff-note generator: the team's template as a form, the note live
 * in three formats, checks beside it, copy / download / print, drafts that
 * survive reloads, and import. Thin over `src/lib/note`; the note and case
 * details live in the page-wide stores so other islands share them.
 * This file is the island and its layout; its parts are `note-fields.tsx`
 * (the note's fields), `note-output.tsx` (the formats, buttons and checks)
 * and `RichNote.tsx` (the rich preview, also printed).
 */
import {
  For,
  Show,
  createEffect,
  createMemo,
  createSignal,
  createUniqueId,
  onCleanup,
  onMount,
  type Component,
  type JSX,
} from 'solid-js';
import { Portal } from 'solid-js/web';
import { fieldsOverLimit } from '../../lib/note/limits';
import type { ParsedNote } from '../../lib/note/parse';
import { CHECKLIST, OPTIONAL_SECTIONS, SECTIONS } from '../../lib/note/template';
import CaseDetailsFields, { type CaseOptions } from '../shared/CaseDetailsFields';
import DraftConflict from '../shared/DraftConflict';
import { caseDetails } from '../shared/case-store';
import { draftStatus, setDraftMessage, startDraftSync } from '../shared/draft-sync';
import { pausedFor } from '../shared/draft-status';
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
import { adoptEarlyInput } from '../shared/early-input';
import Later, { whenTakenOver } from '../shared/later';
import { createStatus } from '../shared/announce';
import type { HeadingLevel } from '../shared/Heading';
import { createNoteFields } from './note-fields';
import { renderPlain } from '../../lib/note/render';
import { PART_MISSING, createNoteOutput } from './note-output';
import { RichPreview } from './rich-preview';
import { createViewSwitch } from './view-switch';
import { importPanel } from './import-panel';
import { forgetControl } from './forget-drafts';

export interface HandoffNoteProps {
  /** Choices from the data file, passed by `HandoffNote.astro`. */
  options: CaseOptions;
  /** Heading level of "Your note" (its "Checks" one below): 2 (default) on its page, 3 in a guided step. */
  level?: Extract<HeadingLevel, 2 | 3>;
  /** In a guided step: no case-details fields of its own (the page has them above, shared with the note). */
  compact?: boolean;
}

export default function HandoffNote(props: HandoffNoteProps): JSX.Element {
  const id = createUniqueId();
  const fieldId = (field: string) => `${id}-${field}`;
  const [printing, setPrinting] = createSignal(false);
  const [announcement, announce] = createStatus();
  const [undo, setUndo] = createSignal<{ state: DraftState; what: string } | null>(null);

  /** The set-aside drafts' banner, fetched once there are any (most visits have none); false when that failed. */
  const [SetAside, setSetAside] = createSignal<Component | false>();
  createEffect(() => {
    if (draftStatus().setAside.length === 0 || SetAside() !== undefined) return;
    import('../shared/SetAsideDraft').then(
      (m) => setSetAside(() => m.default),
      () => setSetAside(false),
    );
  });

  let formRef: HTMLFormElement | undefined;
  let layoutRef: HTMLDivElement | undefined;
  const [view, switchBar, rememberField] = createViewSwitch(() => layoutRef);

  onMount(() => {
    // Once every part of the form is taken over (nothing may change what it shows before), and the
    // draft store watches the state, so what was typed is saved, or offered beside a stored draft
    // that is still being read.
    whenTakenOver(() => {
      startDraftSync();
      queueMicrotask(() => formRef && adoptEarlyInput(formRef));
    });
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    onCleanup(() => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    });
  });

  const details = () => (includeCaseDetails() ? caseDetails : undefined);
  // A field past its maximum keeps its text, but no note is made from it: rendering and
  // checking megabytes at every key press is what froze the page.
  const overLimit = createMemo(() => fieldsOverLimit(note, caseDetails));
  const fits = () => overLimit().length === 0;

  /** The status line while nothing waits for a choice. */
  const savingLine = () => (
    <Show when={draftStatus().saving === 'on' && !draftStatus().message}>
      <p>Drafts are saved in this browser only, as you type, for 14 days.</p>
    </Show>
  );

  const [sectionField, checklistItem] = createNoteFields(fieldId);
  /** The output pane's content: built (its note and checks worked out) in the task that takes it over. */
  const outputPane = () => {
    const [formats, checks] = createNoteOutput(fieldId, details, overLimit, announce);
    return (
      <>
        {formats()}
        <p class="hn-announce" role="status" aria-live="polite">
          {announcement()}
        </p>

        <section class="hn-checks" aria-labelledby={fieldId('checks-heading')}>
          {props.level === 3 ? (
            <h4 id={fieldId('checks-heading')}>Checks</h4>
          ) : (
            <h3 id={fieldId('checks-heading')}>Checks</h3>
          )}
          {checks()}
        </section>
      </>
    );
  };

  const replaceDraft = (state: DraftState, what: string) => {
    setUndo({ state: draftState(), what });
    setDraftState(state);
  };

  // Code used only on a click (the import panel with its reader, the example) is fetched then, not with the page.

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
    <div class="tool handoff-note" classList={{ 'hn-compact': !!props.compact }}>
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
        {forgetControl(fieldId, () => setUndo(null))}
      </div>

      <div class="hn-status" role="status" aria-live="polite">
        <Show when={pausedFor(draftStatus())} fallback={savingLine()}>
          {(paused) => <p class="hn-warning">{paused()}</p>}
        </Show>
        <Show when={draftStatus().message}>
          <p classList={{ 'hn-warning': draftStatus().saving === 'off' }}>{draftStatus().message}</p>
        </Show>
      </div>

      <DraftConflict />

      <Show when={draftStatus().setAside.length > 0}>
        <Show when={SetAside()} fallback={<p class="field-message">{SetAside() === false ? PART_MISSING : ''}</p>}>
          {(View) => View()({})}
        </Show>
      </Show>

      {importPanel(fieldId('import'), onImport)}

      {/* A stored draft too big for the form is shown read-only above (DraftConflict), not in a frozen form. */}
      <Show when={!draftStatus().oversized}>
        <div class="hn-layout" ref={layoutRef} data-view={view()}>
          {switchBar()}
          <form
            ref={formRef}
            class="hn-form"
            aria-label="Handoff note"
            onSubmit={(e) => e.preventDefault()}
            // A listener of its own, not Solid's delegated `onFocusIn`: with that one, text typed while parts
            // still waited to be taken over never reached the note (e2e "typing before the last part…").
            on:focusin={rememberField}
          >
            {/* Each <Later> part is taken over in a task of its own (see later.ts). */}
            <Later>
              <Show when={!props.compact}>
                <CaseDetailsFields options={props.options} idPrefix={id} />
              </Show>
              <div class="field field-check">
                <label>
                  <input
                    type="checkbox"
                    checked={includeCaseDetails()}
                    onChange={(e) => setIncludeCaseDetails(e.currentTarget.checked)}
                  />
                  Start the note with the case details
                </label>
                <p class="field-message">
                  Off by default, so the note is the team's template: the case shows its own details, and the
                  reassignment email writes them itself.
                </p>
              </div>
            </Later>

            <Later>
              <For each={SECTIONS}>{(section) => sectionField(section)}</For>
            </Later>

            <Later>
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
            </Later>
          </form>

          <section class="hn-output" aria-labelledby={fieldId('output-heading')}>
            {/* One level below what holds the tool (2 on its page, 3 in a guided step); no shared Heading
                chunk on this page, which is closest to its JavaScript budget. */}
            {props.level === 3 ? (
              <h3 id={fieldId('output-heading')}>Your note</h3>
            ) : (
              <h2 id={fieldId('output-heading')}>Your note</h2>
            )}
            <Later>{outputPane()}</Later>
          </section>
        </div>
      </Show>

      <Show when={printing() && fits()}>
        {/* At the end of <body>, so print CSS can place it at the top of the first page. */}
        <Portal>
          <div class="hn-print">
            {/* The rich preview is fetched once the note has something in it; until then (or if it could
                not be), the plain text is printed. */}
            <RichPreview details={details()} fallback={<pre class="hn-text">{renderPlain(note, details())}</pre>} />
          </div>
        </Portal>
      </Show>
    </div>
  );
}
