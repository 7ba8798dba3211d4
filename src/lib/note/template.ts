/**
 * The team's hand-over note template, as data: its sections in order and its
 * checklist, with the exact wording of the team's wiki, so people find the
 * labels they know. Rendering, parsing and checks build on this.
 */

/** The underline the template puts under every heading. */
export const HEADING_RULE = '=============';

/** The placeholder the bare template puts in every empty section. */
export const SECTION_PLACEHOLDER = '......';

export type SectionId = 'summary' | 'nextMsftAction' | 'nextCustomerAction' | 'partnerTicket' | 'handoffNotes';
export type OptionalSectionId = 'contingencies' | 'ruledOut';

export interface SectionDef<Id extends string = SectionId> {
  id: Id;
  /** The heading exactly as the template writes it. */
  heading: string;
  /** The field's label in the form. */
  label: string;
  /** One line on what belongs in it. */
  hint: string;
}

/** The template's sections, in the template's order. */
export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'summary',
    heading: 'Summary (What’s the progress so far)',
    label: 'Summary (What’s the progress so far)',
    hint: 'The issue in a sentence, what has been done and found, and where it stands now.',
  },
  {
    id: 'nextMsftAction',
    heading: 'Next MSFT Action',
    label: 'Next MSFT Action',
    hint: 'What the engineer who takes the case does first, and when.',
  },
  {
    id: 'nextCustomerAction',
    heading: "Next Customer's Action",
    label: "Next Customer's Action",
    hint: 'What the customer has promised to do or send, and when.',
  },
  {
    id: 'partnerTicket',
    heading: 'Partner Ticket',
    label: 'Partner Ticket',
    hint: 'Any ticket with a partner or another team: its number, owner and state.',
  },
  {
    id: 'handoffNotes',
    heading: 'Handoff Notes',
    label: 'Handoff Notes',
    hint: 'Anything else the next engineer must know: contacts, timing, access, cautions.',
  },
];

/**
 * Two optional sections from proven handoff practice (I-PASS, SRE shift
 * handovers). Off by default, so the default note is exactly the template.
 * When used they follow Handoff Notes.
 */
export const OPTIONAL_SECTIONS: readonly SectionDef<OptionalSectionId>[] = [
  {
    id: 'contingencies',
    heading: 'If this happens, then…',
    label: 'If this happens, then…',
    hint: 'Contingency plans: if the customer reports X, do Y.',
  },
  {
    id: 'ruledOut',
    heading: 'Tried and ruled out',
    label: 'Tried and ruled out',
    hint: 'What was already tried or excluded, so nobody repeats it.',
  },
];

/** The heading of the checklist block. */
export const CHECKLIST_HEADING = "Ticket's checklist";

export type ChecklistId =
  'customerReachable' | 'waitingForRca' | 'acceptsEnglish' | 'pendingOn' | 'icmId' | 'critsitReason';

export interface ChecklistItemDef {
  id: ChecklistId;
  /** The label exactly as the template writes it (without the colon). */
  label: string;
  /** The form's label. */
  formLabel: string;
  /** The answers to choose from; absent for free text. */
  options?: readonly string[];
  /**
   * The line as the template writes it, with `{}` where the answer goes: its own punctuation,
   * kept exactly (`Customer Reachable?:{}`, `Customer accept English Support?: {}`, `<Reason for Critsit:{}>`).
   */
  line: string;
}

/** The checklist, in the template's order. */
export const CHECKLIST: readonly ChecklistItemDef[] = [
  {
    id: 'customerReachable',
    label: 'Customer Reachable?',
    formLabel: 'Customer reachable?',
    options: ['Yes', 'No'],
    line: 'Customer Reachable?:{}',
  },
  {
    id: 'waitingForRca',
    label: 'Waiting for RCA?',
    formLabel: 'Waiting for RCA?',
    options: ['Yes', 'No'],
    line: 'Waiting for RCA?:{}',
  },
  {
    id: 'acceptsEnglish',
    label: 'Customer accept English Support?',
    formLabel: 'Customer accepts English support?',
    options: ['Yes', 'No'],
    line: 'Customer accept English Support?: {}',
  },
  {
    id: 'pendingOn',
    label: 'Now the issue is pending on?',
    formLabel: 'Now pending on',
    options: ['PG', 'CSS', 'Customer'],
    line: 'Now the issue is pending on?: {}',
  },
  {
    id: 'icmId',
    label: 'IcM ID?',
    formLabel: 'IcM ID',
    line: 'IcM ID?:{}',
  },
  {
    id: 'critsitReason',
    label: 'Reason for Critsit',
    formLabel: 'Reason for critsit',
    line: '<Reason for Critsit:{}>',
  },
];

/**
 * A checklist line with its answer in the template's place; '' leaves the place empty.
 * @example checklistLine(CHECKLIST[0]!, 'Yes') // 'Customer Reachable?:Yes'
 */
export function checklistLine(item: ChecklistItemDef, value: string): string {
  return item.line.replace('{}', () => value);
}

/** The line the bare template shows for an item: its choices in the answer's place (`Yes/No`). */
export const bareLine = (item: ChecklistItemDef): string => checklistLine(item, item.options?.join('/') ?? '');

/**
 * The bare template, exactly as the team's wiki gives it (line endings LF).
 * @example renderBareTemplate().split('\n')[0] // "Summary (What’s the progress so far)"
 */
export function renderBareTemplate(): string {
  const sections = SECTIONS.map((s) => `${s.heading}\n${HEADING_RULE}\n${SECTION_PLACEHOLDER}\n`);
  const checklist = `${CHECKLIST_HEADING}\n${HEADING_RULE}\n\n${CHECKLIST.map(bareLine).join('\n')}\n`;
  return [...sections, checklist].join('\n');
}
