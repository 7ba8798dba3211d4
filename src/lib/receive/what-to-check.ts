/**
 * What a receiver checks in a note, item by item of the team's template: the
 * list the page shows without JavaScript (and beside the tool). Headings and
 * labels come from `note/template.ts`, so the list follows the template.
 */
import { CHECKLIST, SECTIONS, type ChecklistId, type SectionId } from '../note/template';

const SECTION_ASKS: Record<SectionId, string> = {
  summary: 'Do you understand the issue, what was tried and where it stands now?',
  nextMsftAction: 'Is there a first action for you, and does it say when?',
  nextCustomerAction: 'What has the customer promised to do or send, and by when?',
  partnerTicket: 'Is there a ticket with a partner or another team: its number, owner and state?',
  handoffNotes: 'Contacts, timing, access, cautions: is anything you need missing?',
};

const CHECKLIST_ASKS: Record<ChecklistId, string> = {
  customerReachable: 'If not, how and when can you reach the customer?',
  waitingForRca: 'If yes, who tracks the RCA request?',
  acceptsEnglish: 'If not, which language does the customer need?',
  pendingOn:
    'Who does the case wait on? Pending on PG needs an IcM ID; pending on the customer needs their next action.',
  icmId: 'A number, when the case is pending on PG.',
  critsitReason: 'Only for a critsit: why the case is one. Otherwise the line stays empty.',
};

/** One thing to check: the template's own label and the question to ask of it. */
export interface CheckItem {
  label: string;
  ask: string;
}

/** The sections' checks, in the template's order. */
export const SECTION_CHECKS: readonly CheckItem[] = SECTIONS.map((s) => ({
  label: s.heading,
  ask: SECTION_ASKS[s.id],
}));

/** The checklist's checks, in the template's order. */
export const CHECKLIST_CHECKS: readonly CheckItem[] = CHECKLIST.map((c) => ({
  label: c.label,
  ask: CHECKLIST_ASKS[c.id],
}));
