/**
 * Receiving a handoff: paste the note (plain, Markdown, or HTML from Dynamics
 * or Outlook), see it read into the template's parts with the checks worded
 * for the receiver, the sender's clock, and a read-back reply. Review mode
 * gives leads stricter checks and a printable feedback sheet. Thin over
 * `src/lib/receive`; nothing typed or pasted leaves the page.
 *
 * At load this is the paste box only; the reading and what shows a read note
 * (`ReceivedView.tsx`) are fetched the first time there is text to read.
 */
import { Show, createEffect, createMemo, createSignal, createUniqueId, onMount, type JSX } from 'solid-js';
import { PRACTICE_NOTE } from '../../lib/receive/example';
import { READ_MESSAGES } from '../../lib/receive/messages';
import type { ReadResult } from '../../lib/receive/read-note';
import type { SenderRegionData } from '../../lib/receive/sender';
import { htmlToText } from './html-text';
import { createStatus } from '../shared/announce';
import type { Mode } from './ReceivedView';

export interface ReceiveNoteProps {
  /** The regions from the data file, passed by `ReceiveNote.astro`. */
  regions: SenderRegionData[];
}

type ViewModule = typeof import('./ReceivedView');
let viewModule: Promise<ViewModule> | undefined;

export default function ReceiveNote(props: ReceiveNoteProps): JSX.Element {
  const id = createUniqueId();
  const fid = (name: string) => `${id}-${name}`;
  const [mode, setMode] = createSignal<Mode>('receive');
  const [text, setText] = createSignal('');
  const [announcement, announce] = createStatus();
  const [zone, setZone] = createSignal<string>();
  const [receivedAt, setReceivedAt] = createSignal(0);
  const [regionChoice, setRegionChoice] = createSignal<string>();
  const [senderName, setSenderName] = createSignal('');
  const [view, setView] = createSignal<ViewModule>();
  const [loadFailed, setLoadFailed] = createSignal(false);
  let area: HTMLTextAreaElement | undefined;

  // The zone is the browser's: never read at build time.
  onMount(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone));

  /** What the text reads as; undefined while the reader is being fetched. */
  const read = createMemo((): ReadResult | undefined => {
    if (text().trim() === '') return { status: 'empty' };
    return view()?.readNote(text());
  });
  const note = createMemo(() => {
    const r = read();
    return r?.status === 'read' ? r : undefined;
  });

  const loadView = (): Promise<ViewModule> => {
    viewModule ??= import('./ReceivedView');
    return viewModule.then(
      (m) => (setView(() => m), m),
      (error: unknown) => {
        viewModule = undefined;
        setLoadFailed(true);
        throw error;
      },
    );
  };
  createEffect(() => {
    if (text().trim() !== '' && !view()) loadView().catch(() => {});
  });

  // A new note (none before): a new receipt, and the sender's region follows the note again.
  createEffect((wasRead: boolean) => {
    const isRead = note() !== undefined;
    if (isRead && !wasRead) {
      setReceivedAt(Date.now());
      setRegionChoice(undefined);
    }
    return isRead;
  }, false);

  const update = (value: string) => setText(value);

  const announceRead = async () => {
    if (text().trim() === '') return announce(READ_MESSAGES.empty);
    let m: ViewModule;
    try {
      m = await loadView();
    } catch {
      return announce('The part of the tool that reads the note could not be downloaded.');
    }
    const r = read() ?? m.readNote(text());
    if (r.status === 'empty') return announce(READ_MESSAGES.empty);
    if (r.status === 'unrecognised') return announce(READ_MESSAGES.unrecognised);
    const { sections, checklist } = r.parsed.recognised;
    const found = `Read the note: ${sections.length} section(s) and ${checklist.length} checklist line(s)`;
    const count = m.findingsFor(mode(), r).length;
    const what =
      mode() === 'review' ? (count === 1 ? 'finding' : 'findings') : count === 1 ? 'thing to ask' : 'things to ask';
    announce(`${found}; ${count} ${what}.`);
  };

  /** Pasted HTML is read as text in an inert document; plain text pastes as the browser does it. */
  const onPaste = (event: ClipboardEvent) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (html.trim() !== '' && area) {
      event.preventDefault();
      area.setRangeText(htmlToText(html), area.selectionStart, area.selectionEnd, 'end');
      update(area.value);
    }
    setTimeout(() => void announceRead());
  };

  const modeRadio = (value: Mode, label: string) => (
    <label>
      <input
        type="radio"
        name={fid('mode')}
        value={value}
        checked={mode() === value}
        onChange={() => {
          setMode(value);
          if (note()) void announceRead();
        }}
      />
      {label}
    </label>
  );

  const unrecognised = () => read()?.status === 'unrecognised';

  return (
    <div class="tool receive-note">
      <fieldset class="field field-choice rn-mode">
        <legend>Mode</legend>
        {modeRadio('receive', 'Receive a case')}
        {modeRadio('review', 'Review a note (for leads)')}
      </fieldset>

      <div class="field">
        <label for={fid('note')}>Paste the note</label>
        <p id={fid('note-hint')} class="field-message">
          {READ_MESSAGES.empty}
        </p>
        <textarea
          ref={area}
          id={fid('note')}
          rows={10}
          spellcheck={false}
          value={text()}
          aria-describedby={unrecognised() ? `${fid('note-error')} ${fid('note-hint')}` : fid('note-hint')}
          aria-invalid={unrecognised() ? 'true' : undefined}
          onInput={(e) => update(e.currentTarget.value)}
          onPaste={onPaste}
        />
        <Show when={unrecognised()}>
          <p id={fid('note-error')} class="field-message error">
            {READ_MESSAGES.unrecognised}
          </p>
        </Show>
      </div>
      <div class="rn-actions">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            update(PRACTICE_NOTE);
            void announceRead();
          }}
        >
          Paste a fictional example
        </button>
        <Show when={text() !== ''}>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              update('');
              area?.focus();
              announce('Cleared: the box is empty.');
            }}
          >
            Clear
          </button>
        </Show>
      </div>
      <p class="rn-announce" role="status" aria-live="polite">
        {announcement()}
      </p>

      <Show when={text().trim() !== '' && loadFailed() && !view()}>
        <p class="tool-banner">
          The part of the tool that reads the note could not be downloaded. Check the connection, then reload the page;
          the note you pasted is still in the box.
        </p>
      </Show>
      <Show when={note() && view()}>
        {(m) => {
          const View = m().default;
          return (
            <View
              id={id}
              read={note()!}
              mode={mode()}
              regions={props.regions}
              zone={zone()}
              regionChoice={regionChoice()}
              onRegion={setRegionChoice}
              senderName={senderName()}
              onName={setSenderName}
              receivedAt={receivedAt()}
              announce={announce}
            />
          );
        }}
      </Show>
    </div>
  );
}
