/**
 * Everything shown once a note is read: the findings, the sender, the note
 * itself, and the read-back (receive mode) or the feedback sheet (review
 * mode). Loaded by `ReceiveNote.tsx` the first time something is pasted or
 * typed, with the note's parser, so the page carries only the paste box at
 * load (JavaScript budget), and the note modules stay one chunk shared with
 * the note generator.
 */
import { Match, Show, Switch, createMemo, type JSX } from 'solid-js';
import type { Finding } from '../../lib/note/checks';
import { toReceivedCase, type ReadResult } from '../../lib/receive/read-note';

export { readNote } from '../../lib/receive/read-note';
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

export type Mode = 'receive' | 'review';
type ReadNote = Extract<ReadResult, { status: 'read' }>;

/** The findings of a read note in a mode; `senderShiftEnds` only changes the receiver's wording. */
export function findingsFor(mode: Mode, read: ReadNote, senderShiftEnds?: string): Finding[] {
  const input = { note: read.parsed.note, caseDetails: read.parsed.caseDetails, text: read.text };
  if (mode === 'review') return reviewChecks(input);
  return receiverChecks({ ...input, ...(senderShiftEnds ? { senderShiftEnds } : {}) });
}

export interface ReceivedViewProps {
  id: string;
  read: ReadNote;
  mode: Mode;
  regions: readonly SenderRegionData[];
  /** The receiver's zone (the browser's). */
  zone: string | undefined;
  /** The region the receiver chose, undefined to follow the note. */
  regionChoice: string | undefined;
  onRegion: (id: string) => void;
  senderName: string;
  onName: (name: string) => void;
  receivedAt: number;
  announce: (text: string) => void;
}

export default function ReceivedView(props: ReceivedViewProps): JSX.Element {
  const fid = (name: string) => `${props.id}-${name}`;
  const now = createNow();
  const detected = createMemo(() => senderRegionOf(props.read.text, props.regions));
  const regionId = () => props.regionChoice ?? detected() ?? '';
  const senderRegion = () => props.regions.find((r) => r.id === regionId());
  const received = createMemo(() =>
    toReceivedCase(props.read, { name: props.senderName, regionId: regionId() }, props.receivedAt),
  );
  const findings = createMemo(() => {
    const region = senderRegion();
    return findingsFor(props.mode, props.read, region ? senderNow(region, now()).shiftEnds : undefined);
  });
  const today = () => (props.zone ? isoDate(localDate(now(), props.zone)) : '');

  return (
    <>
      <Findings findings={findings()} review={props.mode === 'review'} headingId={fid('findings')} />
      <Switch>
        <Match when={props.mode === 'receive'}>
          <SenderPanel
            id={fid('sender')}
            regions={props.regions}
            detected={detected()}
            regionId={regionId()}
            onRegion={props.onRegion}
            name={props.senderName}
            onName={props.onName}
            now={now()}
          />
        </Match>
        <Match when={props.mode === 'review'}>
          <div class="rn-actions">
            <button type="button" onClick={() => window.print()}>
              Print the feedback sheet
            </button>
          </div>
          <FeedbackSheet text={received().noteText} findings={findings()} date={today()} />
        </Match>
      </Switch>
      <NoteView parsed={props.read.parsed} headingId={fid('view')} />
      <Show when={props.mode === 'receive'}>
        <ReadBack
          id={fid('rb')}
          received={received()}
          zone={props.zone}
          theirZone={senderRegion()?.timeZone}
          today={today()}
          announce={props.announce}
        />
      </Show>
    </>
  );
}
