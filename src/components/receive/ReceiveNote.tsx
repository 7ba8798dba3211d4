/**
 * Receiving a handoff: paste the note (plain, Markdown, or HTML from Dynamics
 * or Outlook), see it read into the template's parts with the checks worded
 * for the receiver, the sender's clock, and a read-back reply. Review mode
 * gives leads stricter checks and a printable feedback sheet. Thin over
 * `src/lib/receive`; nothing typed or pasted leaves the page.
 */
import { Match, Show, Switch, createMemo, createSignal, createUniqueId, onCleanup, onMount, type JSX } from 'solid-js';
import type { Accessor } from 'solid-js';
import { PRACTICE_NOTE } from '../../lib/receive/example';
import { READ_MESSAGES, readNote, toReceivedCase } from '../../lib/receive/read-note';
import { receiverChecks } from '../../lib/receive/receiver-checks';
import { reviewChecks } from '../../lib/receive/review-checks';
import { senderNow, senderRegionOf, type SenderRegionData } from '../../lib/receive/sender';
import { isoDate, localDate } from '../../lib/schedule/zone';
import { createNow } from '../regions/create-now';
import FeedbackSheet from './FeedbackSheet';
import Findings from './Findings';
import NoteView from './NoteView';
import ReadBack from './ReadBack';
import SenderPanel from './SenderPanel';
import { htmlToText } from './html-text';

export interface ReceiveNoteProps {
  /** The regions from the data file, passed by `ReceiveNote.astro`. */
  regions: SenderRegionData[];
}

type Mode = 'receive' | 'review';

export default function ReceiveNote(props: ReceiveNoteProps): JSX.Element {
  const id = createUniqueId();
  const fid = (name: string) => `${id}-${name}`;
  const [mode, setMode] = createSignal<Mode>('receive');
  const [text, setText] = createSignal('');
  const [announcement, setAnnouncement] = createSignal('');
  const [zone, setZone] = createSignal<string>();
  const [clock, setClock] = createSignal<Accessor<number>>();
  const [receivedAt, setReceivedAt] = createSignal(0);
  const [regionChoice, setRegionChoice] = createSignal<string>();
  const [senderName, setSenderName] = createSignal('');
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let area: HTMLTextAreaElement | undefined;

  // The clock and the zone are the browser's: never read at build time.
  onMount(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    setClock(() => createNow());
  });
  onCleanup(() => clearTimeout(announceTimer));
  const now = () => clock()?.();

  const read = createMemo(() => readNote(text()));
  const note = createMemo(() => {
    const r = read();
    return r.status === 'read' ? r : undefined;
  });
  const detected = createMemo(() => {
    const r = note();
    return r ? senderRegionOf(r.text, props.regions) : undefined;
  });
  const regionId = () => regionChoice() ?? detected() ?? '';
  const senderRegion = () => props.regions.find((r) => r.id === regionId());
  const received = createMemo(() => {
    const r = note();
    return r ? toReceivedCase(r, { name: senderName(), regionId: regionId() }, receivedAt()) : undefined;
  });
  const findings = createMemo(() => {
    const r = note();
    if (!r) return [];
    const input = { note: r.parsed.note, caseDetails: r.parsed.caseDetails, text: r.text };
    if (mode() === 'review') return reviewChecks(input);
    const region = senderRegion();
    const t = now();
    const shiftEnds = region && t !== undefined ? senderNow(region, t).shiftEnds : undefined;
    return receiverChecks({ ...input, ...(shiftEnds ? { senderShiftEnds: shiftEnds } : {}) });
  });
  const today = () => {
    const z = zone();
    const t = now();
    return z && t !== undefined ? isoDate(localDate(t, z)) : '';
  };

  /** Says something in the one live region; cleared later so the same words are announced again. */
  const announce = (message: string) => {
    setAnnouncement('');
    queueMicrotask(() => setAnnouncement(message));
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => setAnnouncement(''), 8000);
  };

  const update = (value: string) => {
    const wasRead = note() !== undefined;
    setText(value);
    if (!wasRead && note()) {
      setReceivedAt(Date.now());
      setRegionChoice(undefined);
    }
  };

  const announceRead = () => {
    const r = read();
    if (r.status === 'empty') return announce(READ_MESSAGES.empty);
    if (r.status === 'unrecognised') return announce(READ_MESSAGES.unrecognised);
    const { sections, checklist } = r.parsed.recognised;
    const count = findings().length;
    const one = mode() === 'review' ? 'finding' : 'thing to ask';
    const many = mode() === 'review' ? 'findings' : 'things to ask';
    announce(
      `Read the note: ${sections.length} section(s) and ${checklist.length} checklist line(s); ${count} ${count === 1 ? one : many}.`,
    );
  };

  /** Pasted HTML is read as text in an inert document; plain text pastes as the browser does it. */
  const onPaste = (event: ClipboardEvent) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (html.trim() !== '' && area) {
      event.preventDefault();
      area.setRangeText(htmlToText(html), area.selectionStart, area.selectionEnd, 'end');
      update(area.value);
    }
    setTimeout(announceRead);
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
          if (note()) announceRead();
        }}
      />
      {label}
    </label>
  );

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
          aria-describedby={
            read().status === 'unrecognised' ? `${fid('note-error')} ${fid('note-hint')}` : fid('note-hint')
          }
          aria-invalid={read().status === 'unrecognised' ? 'true' : undefined}
          onInput={(e) => update(e.currentTarget.value)}
          onPaste={onPaste}
        />
        <Show when={read().status === 'unrecognised'}>
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
            announceRead();
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

      <Show when={received()}>
        {(c) => (
          <>
            <Findings findings={findings()} review={mode() === 'review'} headingId={fid('findings')} />
            <Switch>
              <Match when={mode() === 'receive'}>
                <SenderPanel
                  id={fid('sender')}
                  regions={props.regions}
                  detected={detected()}
                  regionId={regionId()}
                  onRegion={setRegionChoice}
                  name={senderName()}
                  onName={setSenderName}
                  now={now()}
                />
              </Match>
              <Match when={mode() === 'review'}>
                <div class="rn-actions">
                  <button type="button" onClick={() => window.print()}>
                    Print the feedback sheet
                  </button>
                </div>
                <FeedbackSheet text={c().noteText} findings={findings()} date={today()} />
              </Match>
            </Switch>
            <NoteView parsed={note()!.parsed} headingId={fid('view')} />
            <Show when={mode() === 'receive'}>
              <ReadBack
                id={fid('rb')}
                received={c()}
                zone={zone()}
                theirZone={senderRegion()?.timeZone}
                today={today()}
                announce={announce}
              />
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
