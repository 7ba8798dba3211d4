/**
 * The generator's checks (`note/checks.ts`), worded from the receiver's side:
 * not "fill this in" but "ask the sender for it". Plus what only a receiver
 * needs to ask: who tracks an RCA, how to reach a customer who cannot be
 * reached, which language a customer needs, and a secret that must not travel.
 */
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../case-details';
import { runChecks, type Finding } from '../note/checks';
import type { Note } from '../note/note';
import { findSecrets } from '../note/secrets';

export interface ReceiverCheckInput {
  note: Note;
  /** The case details the note carried (only those present). */
  caseDetails: Partial<CaseDetails>;
  /** The full note text, for the secrets check. */
  text: string;
  /** When the sender is known and on shift: `18:00 their time, in 3 h 55 min`. */
  senderShiftEnds?: string;
}

type Wording = (finding: Finding, input: ReceiverCheckInput) => string;

/** The receiver's words for each of the generator's findings, by id. */
const RECEIVER_WORDING: Record<string, Wording> = {
  'keep-the-case': () =>
    "The summary says the solution is delivered and only the customer's confirmation is pending. Such a case is not transferred (Do and don't): ask the sender whether it should stay with them.",
  'next-msft-action-empty': (_f, input) =>
    `No next MSFT action: ask the sender before their shift ends${input.senderShiftEnds ? ` (${input.senderShiftEnds})` : ''}.`,
  'customer-action-missing': () =>
    "Pending on the customer and no Next Customer's Action: ask what the customer will do or send, and by when.",
  'icm-missing': () => 'Pending on PG and no IcM ID: ask for it.',
  'summary-empty': () => 'No summary: ask the sender what has been done and found, and where the case stands.',
  'msft-action-no-time': () => 'The next MSFT action has no time: ask by when it is due, and in which time zone.',
  'customer-action-no-time': () => "Next Customer's Action has no time: ask by when the customer will do it.",
  'checklist-unanswered': (finding) => finding.message.replace(/ Answer each line you can\.$/, ' Ask the sender.'),
  'checklist-placeholder': (finding) =>
    finding.message.replace(/: leave the line empty.*$/, ': ask the sender whether there is one.'),
  'case-number-invalid': (finding) => finding.message.replace(/ Correct it.*$/, ' Check it with the sender.'),
};

/** The generator's findings a receiver has no use for: its own credential finding reads the whole paste. */
const NOT_FOR_RECEIVER = new Set(['secret', 'summary-long']);

/** Checks only the receiver needs; each returns a finding or null. */
const RECEIVER_ONLY: readonly ((input: ReceiverCheckInput) => Finding | null)[] = [
  ({ note }) =>
    note.checklist.waitingForRca === 'Yes'
      ? { id: 'rca-owner', field: 'waitingForRca', message: 'Waiting for RCA: yes. Who tracks the RCA request?' }
      : null,
  ({ note }) =>
    note.checklist.customerReachable === 'No'
      ? {
          id: 'customer-unreachable',
          field: 'customerReachable',
          message: 'Customer reachable: no. Ask how and when you can reach the customer.',
        }
      : null,
  ({ note }) =>
    note.checklist.acceptsEnglish === 'No'
      ? {
          id: 'language',
          field: 'acceptsEnglish',
          message: 'The customer does not accept English support: ask which language they need.',
        }
      : null,
];

/** The secrets finding, shared with the review; `advice` is what to do about it. */
export function secretsFinding(text: string, advice: string): Finding | null {
  const kinds = findSecrets(text);
  if (kinds.length === 0) return null;
  return {
    id: 'secret',
    field: 'handoffNotes',
    message: `The note holds what looks like ${kinds.map((k) => k.label).join(' and ')}: ${advice}`,
  };
}

/**
 * The findings a receiver sees, in order: a credential first (it matters
 * most), then the generator's checks in the receiver's words, then the
 * receiver's own questions.
 */
export function receiverChecks(input: ReceiverCheckInput): Finding[] {
  const caseDetails: CaseDetails = { ...EMPTY_CASE_DETAILS, ...input.caseDetails };
  const secret = secretsFinding(
    input.text,
    "don't copy it anywhere else, and tell the sender so it can be removed from the case.",
  );
  const base = runChecks({ note: input.note, caseDetails })
    .filter((finding) => !NOT_FOR_RECEIVER.has(finding.id))
    .map((finding) => {
      const wording = RECEIVER_WORDING[finding.id];
      return wording ? { ...finding, message: wording(finding, input) } : finding;
    });
  const own = RECEIVER_ONLY.map((check) => check(input)).filter((f): f is Finding => f !== null);
  return [...(secret ? [secret] : []), ...base, ...own];
}
