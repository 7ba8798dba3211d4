/**
 * The reassignment request builder (steps 2 and 6 of both handoff
 * workflows): the exact email subject for the DM mailbox, a ready-to-send
 * `mailto:` link, and the case's internal title with its region prefix.
 * Thin over `src/lib/reassign/`: signals and markup only.
 */
import { Show, createMemo, createSignal, createUniqueId, onMount, type JSX } from 'solid-js';
import { buildReadyMail, SAFE_MAILTO_LENGTH } from '../../lib/reassign/mailto';
import { buildRequestBodies } from '../../lib/reassign/request-body';
import { buildSubject, describeProblems, type SubjectField } from '../../lib/reassign/subject';
import CaseDetailsFields, { type CaseOptions } from '../shared/CaseDetailsFields';
import { caseDetails } from '../shared/case-store';
import DraftConflict from '../shared/DraftConflict';
import { startDraftSync } from '../shared/draft-sync';
import Later, { whenTakenOver } from '../shared/later';
import { pageNoteText } from '../shared/note-text';
import { copyPlain } from '../shared/clipboard';
import { createStatus } from '../shared/announce';
import CaseTitle from '../shared/CaseTitle';
import CopyButton from '../shared/CopyButton';

export interface ReassignEmailProps {
  /** Plans, severities, regions and skills from the data file. */
  options: CaseOptions;
  /** The DM reassignment mailbox (`reassignment.mailbox`). */
  mailbox: string;
  /** `reassignment.subjectPattern`, placeholders {plan} {severity} {caseNumber} {region} {skill}. */
  subjectPattern: string;
  /** `reassignment.titlePrefixPattern`, placeholder {region}. */
  titlePrefixPattern: string;
  /** Every name a region goes by (ids and aliases such as IGTSC): their prefixes are replaced in titles. */
  regionNames?: readonly string[];
  /**
   * The handoff note's plain text for the mail body. Default: the note the
   * page offers through `shared/note-text.ts` ('' when there is none).
   */
  getNoteText?: () => string;
  /** Longest mailto link that carries the whole note. Default {@link SAFE_MAILTO_LENGTH}. */
  maxLinkLength?: number;
  /** False where the page has the case-title field elsewhere (the guided page's own step). Default true. */
  withTitle?: boolean;
}

/** The fields the subject needs, in the subject's order. */
const FIELDS: readonly SubjectField[] = ['supportPlan', 'severity', 'caseNumber', 'targetRegion', 'productSkill'];

const TEXT = {
  noteCopied: 'The handoff note was copied to the clipboard: paste it into the mail body.',
  noteNotCopied:
    'The handoff note is too long for the mail link and could not be copied: copy it from the note and paste it into the mail body.',
} as const;

export default function ReassignEmail(props: ReassignEmailProps): JSX.Element {
  const id = createUniqueId();
  const [ready, setReady] = createSignal(false);
  const [status, say] = createStatus();
  let subjectOutput: HTMLParagraphElement | undefined;
  let bodyOutput: HTMLPreElement | undefined;

  onMount(() => {
    // Once every part is taken over (see later.ts): the stored draft changes what they show.
    whenTakenOver(startDraftSync);
    // The form is disabled in the server-rendered HTML (it does nothing
    // without JavaScript) and enabled once the island runs.
    setReady(true);
  });

  const subject = createMemo(() =>
    buildSubject(props.subjectPattern, caseDetails, {
      supportPlans: props.options.supportPlans,
      severities: props.options.severities,
      regions: props.options.regions.map((r) => r.id),
    }),
  );
  const note = createMemo(() => (props.getNoteText ?? pageNoteText)());
  const mail = createMemo(() => {
    const s = subject();
    if (!s.ok) return undefined;
    const bodies = buildRequestBodies(s.values, note());
    const ready = buildReadyMail(
      { to: props.mailbox, subject: s.subject, fullBody: bodies.full, shortBody: bodies.short },
      props.maxLinkLength ?? SAFE_MAILTO_LENGTH,
    );
    return { ...ready, hasNote: bodies.hasNote };
  });

  const onOpenMail = () => {
    const m = mail();
    // The click is the user's action browsers require for copying; the link
    // still opens the mail app as usual.
    if (m && m.hasNote && !m.fullBodyIncluded) {
      void copyPlain(note()).then((outcome) => say(outcome === 'copied' ? TEXT.noteCopied : TEXT.noteNotCopied));
    }
  };

  return (
    <>
      <DraftConflict />
      <fieldset class="reassign-form" disabled={!ready()}>
        {/* Each <Later> part is taken over in a task of its own (see later.ts). */}
        <Later>
          <CaseDetailsFields options={props.options} fields={FIELDS} required={FIELDS} legend="Case to reassign" />
        </Later>

        <Later>
          <div class="reassign-block">
            <p class="reassign-label" id={`${id}-subject-label`}>
              Email subject
            </p>
            <Show when={subject().ok}>
              <p
                class="reassign-output"
                aria-labelledby={`${id}-subject-label`}
                id={`${id}-subject`}
                ref={subjectOutput}
              >
                <code>{subjectText()}</code>
              </p>
            </Show>
            {/* One polite live region: says what is still missing, then that the subject is complete,
            without reading out the subject at every keystroke. */}
            <p class="reassign-missing" classList={{ complete: subject().ok }} aria-live="polite">
              {(() => {
                const s = subject();
                return s.ok ? 'Complete: ready to copy and send.' : `Not complete yet. ${describeProblems(s.problems)}`;
              })()}
            </p>
            <p class="reassign-label">
              To: <code>{props.mailbox}</code>
            </p>
            <div class="reassign-actions">
              <Show when={subject().ok}>
                <CopyButton text={subjectText} what="the subject" select={() => subjectOutput} say={say}>
                  Copy subject
                </CopyButton>
              </Show>
              <CopyButton class="secondary" text={() => props.mailbox} what="the mailbox address" say={say}>
                Copy mailbox address
              </CopyButton>
              <Show when={mail()}>
                {(m) => (
                  <a class="reassign-button-link" href={m().href} onClick={onOpenMail}>
                    Open in mail app
                  </a>
                )}
              </Show>
            </div>
            <Show when={mail()}>
              {(m) => (
                <>
                  <p class="field-message">
                    {m().hasNote
                      ? m().fullBodyIncluded
                        ? 'The mail body carries the handoff note from this page.'
                        : `The handoff note (${note().length.toLocaleString('en')} characters) is too long for a mail link. "Open in mail app" copies it to the clipboard: paste it into the mail body.`
                      : 'No handoff note on this page: the mail body is a short request with the case details.'}
                    {m().overLimit ? ' This link is long; if your mail app cuts it, copy the subject instead.' : ''}
                  </p>
                  <details class="reassign-body">
                    <summary>Mail body</summary>
                    <pre ref={bodyOutput}>{m().body.replace(/\r\n/g, '\n')}</pre>
                    <CopyButton
                      class="secondary"
                      text={() => m().body.replace(/\r\n/g, '\n')}
                      what="the mail body"
                      select={() => bodyOutput}
                      say={say}
                    >
                      Copy mail body
                    </CopyButton>
                  </details>
                </>
              )}
            </Show>
          </div>
        </Later>

        <Show when={props.withTitle !== false}>
          <Later>
            <CaseTitle pattern={props.titlePrefixPattern} regionNames={props.regionNames} say={say} />
          </Later>
        </Show>

        <p class="reassign-status" role="status">
          {status()}
        </p>
      </fieldset>
    </>
  );

  function subjectText(): string {
    const s = subject();
    return s.ok ? s.subject : '';
  }
}
