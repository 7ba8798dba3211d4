/**
 * Checks that help and never block: each looks at the note (and the shared
 * case details) and returns a finding or null. Each is a pure function with
 * its own unit test; `runChecks` runs them all, in the order shown.
 */
import type { CaseDetails } from '../case-details';
import type { AnySectionId, Note } from './note';
import type { ChecklistId } from './template';

export interface Finding {
  /** Stable id, for tests and keys. */
  id: string;
  /** What to look at, in the person's words. */
  message: string;
  /** The field the finding is about, to link to it. */
  field: AnySectionId | ChecklistId | keyof CaseDetails;
}

export interface CheckInput {
  note: Note;
  caseDetails: CaseDetails;
}

export type Check = (input: CheckInput) => Finding | null;

const blank = (text: string | undefined) => (text ?? '').trim() === '';

/** The next engineer needs to know what to do first. */
export const nextMsftActionEmpty: Check = ({ note }) =>
  blank(note.sections.nextMsftAction)
    ? {
        id: 'next-msft-action-empty',
        field: 'nextMsftAction',
        message: 'Next MSFT Action is empty: say what the engineer who takes the case does first, and when.',
      }
    : null;

/** Pending on the customer: then the customer has something to do. */
export const pendingOnCustomerWithoutAction: Check = ({ note }) =>
  note.checklist.pendingOn === 'Customer' && blank(note.sections.nextCustomerAction)
    ? {
        id: 'customer-action-missing',
        field: 'nextCustomerAction',
        message:
          "The issue is pending on the customer, but Next Customer's Action is empty: say what they will do or send.",
      }
    : null;

/**
 * Pending on PG with the IcM ID line empty: a reminder to fill the line if the
 * case has an IcM. The wiki's template asks for both; it gives no rule linking
 * them, nor a form for an IcM ID, so this never says what an ID looks like.
 */
export const pendingOnPgWithoutIcm: Check = ({ note }) =>
  note.checklist.pendingOn === 'PG' && blank(note.checklist.icmId)
    ? {
        id: 'icm-missing',
        field: 'icmId',
        message: 'The issue is pending on PG and the IcM ID line is empty: if the case has an IcM, add its ID.',
      }
    : null;

const DELIVERED =
  /\b(solution|fix|workaround|resolution|answer|mitigation)\b[^.!?\n]{0,40}\b(delivered|provided|shared|applied|given|sent|implemented)\b|\b(issue|problem|error|it)\b[^.!?\n]{0,30}\b(resolved|fixed|mitigated|solved)\b/gi;
const NEGATION = /\b(not|never|no)\b|n't\b/i;

/** True when some sentence says the solution is delivered, and does not deny it. */
function saysDelivered(text: string): boolean {
  for (const match of text.matchAll(DELIVERED)) if (!NEGATION.test(match[0])) return true;
  return false;
}
const CONFIRMATION_PENDING =
  /\b(pending|waiting|await(?:ing)?|wait)\b[^.!?\n]{0,40}\b(confirm(?:ation|s|ed)?|closure|close|closing|sign[- ]?off)\b|\b(confirm(?:ation)?|closure)\b[^.!?\n]{0,30}\b(pending|awaited|outstanding)\b/i;

/**
 * From the Don't list: a case whose solution is delivered and which only
 * waits for the customer's confirmation to close is not transferred.
 */
export const solutionDeliveredPendingConfirmation: Check = ({ note }) => {
  const summary = note.sections.summary ?? '';
  return saysDelivered(summary) && CONFIRMATION_PENDING.test(summary)
    ? {
        id: 'keep-the-case',
        field: 'summary',
        message:
          "The summary says the solution is delivered and only the customer's confirmation is pending: don't transfer the case; keep it in your own queue.",
      }
    : null;
};

/** Every check, in the order findings are shown. */
export const CHECKS: readonly Check[] = [
  solutionDeliveredPendingConfirmation,
  nextMsftActionEmpty,
  pendingOnCustomerWithoutAction,
  pendingOnPgWithoutIcm,
];

/** Runs every check; the findings, in order. */
export function runChecks(input: CheckInput): Finding[] {
  return CHECKS.map((check) => check(input)).filter((f): f is Finding => f !== null);
}
