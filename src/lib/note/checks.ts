/**
 * Checks that help and never block: each looks at the note (and the shared
 * case details) and returns a finding or null. Each is a pure function with
 * its own table test, says why it matters, and links the page its rule comes
 * from; `runChecks` runs them all, in the order shown. A `hint` is softer:
 * worth a look, and often fine as it is.
 */
import { checkCaseNumber, type CaseDetails } from '../case-details';
import { formatCount } from '../text-limit';
import { placeholderOnly, saysNothing, saysWhen } from './check-text';
import type { AnySectionId, Note } from './note';
import { findSecrets } from './secrets';
import { CHECKLIST, type ChecklistId } from './template';

/** A page of this site (its path without the base) that a finding's rule comes from. */
export interface FindingSource {
  label: string;
  path: string;
}

export interface Finding {
  /** Stable id, for tests and keys. */
  id: string;
  /** What to look at, in the person's words. */
  message: string;
  /** The field the finding is about, to link to it. */
  field: AnySectionId | ChecklistId | keyof CaseDetails;
  /** True for a soft hint (often fine as it is), false or absent for a check. */
  hint?: boolean;
  /** Why it matters, in a sentence. */
  reason?: string;
  /** Where the rule comes from. */
  source?: FindingSource;
}

export interface CheckInput {
  note: Note;
  caseDetails: CaseDetails;
}

export type Check = (input: CheckInput) => Finding | null;

const SECTIONS_RULE: FindingSource = {
  label: 'Handoff note template: the sections',
  path: '/handoff/note-template/#the-sections',
};
const CHECKLIST_RULE: FindingSource = {
  label: "Handoff note template: the ticket's checklist",
  path: '/handoff/note-template/#the-tickets-checklist',
};

/** How a field that holds only a placeholder is named in a message: `is empty` or `says only “TBD”`. */
const emptyOr = (text: string | undefined) => {
  const mark = placeholderOnly(text ?? '');
  return mark ? `says only “${mark}”` : 'is empty';
};

/** A Summary longer than this is more than a colleague reads in a handover. */
export const LONG_SUMMARY = 4000;

/**
 * A credential in the note: a suggestion, not a team rule (the wiki has none), named by its kind
 * only so no output repeats it.
 */
export const credentialInNote: Check = ({ note }) => {
  const kinds = findSecrets(Object.values(note.sections).join('\n') + '\n' + Object.values(note.checklist).join('\n'));
  return kinds.length
    ? {
        id: 'secret',
        field: 'handoffNotes',
        hint: true,
        message: `The note holds what looks like ${kinds.map((k) => k.label).join(' and ')}: you may want to remove it before you paste the note into the case.`,
        reason:
          'Case notes are read by many people, and a key, password or token in one works for anyone who reads it.',
        source: {
          label: 'Handoff note template: before you paste it',
          path: '/handoff/note-template/#before-you-paste-it',
        },
      }
    : null;
};

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
        reason: "The team's Don't list keeps such a case with its owner.",
        source: { label: "Do and don't", path: '/handoff/do-and-dont/#dont' },
      }
    : null;
};

/** The next engineer starts from the Summary. */
export const summaryEmpty: Check = ({ note }) =>
  saysNothing(note.sections.summary)
    ? {
        id: 'summary-empty',
        field: 'summary',
        message: `Summary ${emptyOr(note.sections.summary)}: say what the issue is, what has been done and found, and where it stands.`,
        reason: 'The next engineer starts from the Summary; without it they start the case over.',
        source: SECTIONS_RULE,
      }
    : null;

/** A Summary far longer than a handover has time for. */
export const summaryTooLong: Check = ({ note }) => {
  const length = note.sections.summary.trim().length;
  return length > LONG_SUMMARY
    ? {
        id: 'summary-long',
        field: 'summary',
        hint: true,
        message: `Summary is ${formatCount(length)} characters long: could the progress so far be said in a few lines, with the details left in the case?`,
        reason: `A colleague reads a handover in minutes; over ${formatCount(LONG_SUMMARY)} characters, what matters gets lost.`,
        source: SECTIONS_RULE,
      }
    : null;
};

/** The next engineer needs to know what to do first. */
export const nextMsftActionEmpty: Check = ({ note }) =>
  saysNothing(note.sections.nextMsftAction)
    ? {
        id: 'next-msft-action-empty',
        field: 'nextMsftAction',
        message: `Next MSFT Action ${emptyOr(note.sections.nextMsftAction)}: say what the engineer who takes the case does first, and when.`,
        reason: 'It is what the next engineer does first; a placeholder leaves them to guess.',
        source: SECTIONS_RULE,
      }
    : null;

/** A next action that says what, but not by when: a soft hint. */
export const nextMsftActionNoTime: Check = ({ note }) =>
  !saysNothing(note.sections.nextMsftAction) && !saysWhen(note.sections.nextMsftAction)
    ? {
        id: 'msft-action-no-time',
        field: 'nextMsftAction',
        hint: true,
        message:
          'Next MSFT Action says what, but not by when: add a time with its time zone, or “at the start of your shift”.',
        reason: 'The next engineer works in another time zone; “by when?” is the first thing they would ask.',
        source: SECTIONS_RULE,
      }
    : null;

/** Pending on the customer: then the customer has something to do. */
export const pendingOnCustomerWithoutAction: Check = ({ note }) =>
  note.checklist.pendingOn === 'Customer' && saysNothing(note.sections.nextCustomerAction)
    ? {
        id: 'customer-action-missing',
        field: 'nextCustomerAction',
        message:
          "The issue is pending on the customer, but Next Customer's Action is empty: say what they will do or send.",
        reason: 'Whoever takes the case needs to know what they are waiting for.',
        source: SECTIONS_RULE,
      }
    : null;

/** A customer's action with no time: a soft hint. "None" needs none. */
export const nextCustomerActionNoTime: Check = ({ note }) => {
  const text = note.sections.nextCustomerAction;
  return !saysNothing(text) && !/^\s*(none|nothing)\b/i.test(text) && !saysWhen(text)
    ? {
        id: 'customer-action-no-time',
        field: 'nextCustomerAction',
        hint: true,
        message: "Next Customer's Action has no time: by when will the customer do it, in their time?",
        reason: 'The next engineer decides from it when to follow up with the customer.',
        source: SECTIONS_RULE,
      }
    : null;
};

/** Checklist items that always have an answer (an IcM ID and a critsit reason may rightly be empty). */
const MUST_ANSWER: readonly ChecklistId[] = ['customerReachable', 'waitingForRca', 'acceptsEnglish', 'pendingOn'];

/** A checklist line left unanswered: the note leaves it empty, the checks say which. */
export const checklistUnanswered: Check = ({ note }) => {
  const open = CHECKLIST.filter((c) => MUST_ANSWER.includes(c.id) && note.checklist[c.id].trim() === '');
  return open.length
    ? {
        id: 'checklist-unanswered',
        field: open[0]!.id,
        message: `Not answered in the checklist: ${open.map((c) => `“${c.label}”`).join(', ')}. Answer each line you can.`,
        reason: 'The note leaves an unanswered line empty; the next engineer cannot tell whether it was skipped.',
        source: CHECKLIST_RULE,
      }
    : null;
};

/**
 * Pending on PG with the IcM ID line empty: a reminder to fill the line if the
 * case has an IcM. The wiki's template asks for both; it gives no rule linking
 * them, nor a form for an IcM ID, so this never says what an ID looks like.
 */
export const pendingOnPgWithoutIcm: Check = ({ note }) =>
  note.checklist.pendingOn === 'PG' && saysNothing(note.checklist.icmId)
    ? {
        id: 'icm-missing',
        field: 'icmId',
        message: 'The issue is pending on PG and the IcM ID line is empty: if the case has an IcM, add its ID.',
        reason: 'Work pending on the product group is usually tracked in an IcM; the next engineer follows it there.',
        source: CHECKLIST_RULE,
      }
    : null;

/** A free-text checklist line holding "n/a" or "TBD": the template leaves it empty instead, as the field says. */
export const checklistPlaceholder: Check = ({ note }) => {
  const item = CHECKLIST.find((c) => !c.options && placeholderOnly(note.checklist[c.id]));
  return item
    ? {
        id: 'checklist-placeholder',
        field: item.id,
        message: `“${item.label}” says only “${placeholderOnly(note.checklist[item.id])}”: leave the line empty when there is none, or write the answer.`,
        reason: 'An empty line says “none”; a placeholder reads as “someone will fill this in”.',
        source: CHECKLIST_RULE,
      }
    : null;
};

/** A case number the field shows as wrong: the note would print it as it is. */
export const caseNumberInvalid: Check = ({ caseDetails }) => {
  const error = caseDetails.caseNumber ? checkCaseNumber(caseDetails.caseNumber).error : undefined;
  return error
    ? {
        id: 'case-number-invalid',
        field: 'caseNumber',
        message: `${error} Correct it in the case details: the note carries it as typed.`,
        reason:
          'The case number routes the reassignment email and finds the case; a wrong one sends the next engineer elsewhere.',
        source: { label: 'Reassignment email: the subject', path: '/tools/reassign-email/' },
      }
    : null;
};

/** Every check, in the order findings are shown: what must not travel first, then the note top to bottom. */
export const CHECKS: readonly Check[] = [
  credentialInNote,
  solutionDeliveredPendingConfirmation,
  caseNumberInvalid,
  summaryEmpty,
  summaryTooLong,
  nextMsftActionEmpty,
  nextMsftActionNoTime,
  pendingOnCustomerWithoutAction,
  nextCustomerActionNoTime,
  checklistUnanswered,
  pendingOnPgWithoutIcm,
  checklistPlaceholder,
];

/** Runs every check; the findings, in order. */
export function runChecks(input: CheckInput): Finding[] {
  return CHECKS.map((check) => check(input)).filter((f): f is Finding => f !== null);
}
