/**
 * The read-back: the receiver writes the next action, when they will do it
 * and their questions; the reply (plain and rich) and the case-notes line are
 * built from that by `lib/receive/read-back.ts`, and copied from here.
 */
import { Show, createMemo, createSignal, type JSX } from 'solid-js';
import {
  buildReply,
  caseNotesLine,
  instantFromFields,
  readBackProblems,
  type ReadBackProblem,
} from '../../lib/receive/read-back';
import type { ReceivedCase } from '../../lib/receive/read-note';
import { formatUtcOffset } from '../../lib/schedule/zone';
import CopyButton from '../shared/CopyButton';

export interface ReadBackProps {
  id: string;
  received: ReceivedCase;
  /** The receiver's zone (the browser's); undefined until the page runs in a browser. */
  zone: string | undefined;
  /** The sender's zone, when their region is known. */
  theirZone: string | undefined;
  /** Today in the receiver's zone, `YYYY-MM-DD`, the date field's first value. */
  today: string;
  announce: (text: string) => void;
}

export default function ReadBack(props: ReadBackProps): JSX.Element {
  const fid = (name: string) => `${props.id}-${name}`;
  const [action, setAction] = createSignal('');
  const [date, setDate] = createSignal<string>();
  const [time, setTime] = createSignal('');
  const [questions, setQuestions] = createSignal('');
  const [showProblems, setShowProblems] = createSignal(false);
  let replyRef: HTMLPreElement | undefined;
  let lineRef: HTMLPreElement | undefined;

  const dateValue = () => date() ?? props.today;
  const input = createMemo(() => ({
    caseNumber: props.received.caseDetails.caseNumber ?? '',
    nextAction: action(),
    by: props.zone ? instantFromFields(dateValue(), time(), props.zone) : undefined,
    questions: questions(),
  }));
  const problems = createMemo(() => readBackProblems(input()));
  const problem = (field: ReadBackProblem['field']) =>
    showProblems() ? problems().find((p) => p.field === field)?.message : undefined;
  const reply = createMemo(() =>
    props.zone ? buildReply(input(), { mine: props.zone, theirs: props.theirZone }) : undefined,
  );
  const line = () => (props.zone ? caseNotesLine(props.received.sender, props.received.receivedAt, props.zone) : '');

  /** Says what is missing and moves to it; false when nothing is. */
  const stopAtProblems = () => {
    if (problems().length === 0) return false;
    setShowProblems(true);
    const first = problems()[0]!;
    document.getElementById(fid(first.field === 'by' ? 'date' : 'action'))?.focus();
    props.announce(
      `Before copying: ${problems()
        .map((p) => p.message)
        .join(' ')}`,
    );
    return true;
  };

  const offset = () => (props.zone ? ` (${props.zone}, ${formatUtcOffset(Date.now(), props.zone)})` : '');
  const message = (field: ReadBackProblem['field']) => (
    <Show when={problem(field)}>
      {(text) => (
        <p id={fid(`${field}-error`)} class="field-message error">
          {text()}
        </p>
      )}
    </Show>
  );

  return (
    <section class="rn-block" aria-labelledby={fid('heading')}>
      <h3 id={fid('heading')}>Read it back</h3>
      <p>
        Say in your own words what you will do and when, and ask what the note leaves open. The sender then knows the
        case is understood, or can correct you before their shift ends.
      </p>
      <div class="field">
        <label for={fid('action')}>The next action, in your words</label>
        <textarea
          id={fid('action')}
          rows={2}
          value={action()}
          aria-invalid={problem('nextAction') ? 'true' : undefined}
          aria-describedby={problem('nextAction') ? fid('nextAction-error') : undefined}
          onInput={(e) => setAction(e.currentTarget.value)}
        />
        {message('nextAction')}
      </div>
      <fieldset class="rn-when" aria-describedby={problem('by') ? fid('by-error') : undefined}>
        <legend>When you will do it, your time{offset()}</legend>
        <div class="rn-grid">
          <div class="field">
            <label for={fid('date')}>Date</label>
            <input
              id={fid('date')}
              type="date"
              value={dateValue()}
              aria-invalid={problem('by') ? 'true' : undefined}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={fid('time')}>Time</label>
            <input
              id={fid('time')}
              type="time"
              value={time()}
              aria-invalid={problem('by') ? 'true' : undefined}
              onInput={(e) => setTime(e.currentTarget.value)}
            />
          </div>
        </div>
        {message('by')}
      </fieldset>
      <div class="field">
        <label for={fid('questions')}>Questions for the sender, one a line</label>
        <textarea
          id={fid('questions')}
          rows={3}
          value={questions()}
          onInput={(e) => setQuestions(e.currentTarget.value)}
        />
      </div>

      <h4 id={fid('reply-heading')}>Reply for Teams or email</h4>
      <Show
        when={reply()}
        fallback={<p class="field-message">The reply appears here once you have written the next action and when.</p>}
      >
        {(r) => (
          <pre ref={replyRef} class="rn-output" tabindex="0" aria-labelledby={fid('reply-heading')}>
            {r().plain}
          </pre>
        )}
      </Show>
      <div class="rn-actions" role="group" aria-label="Copy the reply">
        <CopyButton
          ready={() => !stopAtProblems() && !!reply()}
          text={() => reply()!.plain}
          html={() => reply()!.html}
          what="the reply as rich text (with plain text)"
          select={() => replyRef}
          selected="the reply"
          say={props.announce}
        >
          Copy the reply
        </CopyButton>
        <CopyButton
          class="secondary"
          ready={() => !stopAtProblems() && !!reply()}
          text={() => reply()!.plain}
          what="the reply as plain text"
          select={() => replyRef}
          selected="the reply"
          say={props.announce}
        >
          Copy as plain text
        </CopyButton>
      </div>

      <h4 id={fid('line-heading')}>Line for the case notes</h4>
      <p class="field-message">Add it to the case notes once you have sent the reply.</p>
      <pre ref={lineRef} class="rn-output" tabindex="0" aria-labelledby={fid('line-heading')}>
        {line()}
      </pre>
      <div class="rn-actions">
        <CopyButton
          class="secondary"
          text={line}
          what="the case-notes line"
          select={() => lineRef}
          say={props.announce}
        >
          Copy the case-notes line
        </CopyButton>
      </div>
    </section>
  );
}
