/**
 * The team's "Do & Don't during case handling / transfer" list and the two
 * handover workflows, as the wiki writes them. The guided page quotes these
 * words next to every outcome, so a decision always shows the rule it comes
 * from; a unit test pins the text to the wiki.
 */

/** Which list a rule belongs to. */
export type RuleList = 'do' | 'dont';

/** One item of the Do & Don't list. */
export interface HandoffRule {
  /** Stable id, used by the decision table and its tests. */
  id: RuleId;
  list: RuleList;
  /** Its position in its list, counted from 1 ("Do, item 4"). */
  number: number;
  /** The wiki's words, unchanged. */
  text: string;
}

export type RuleId =
  | 'do-own-case'
  | 'do-case-notes'
  | 'do-title-reason'
  | 'do-check-next-shift'
  | 'do-reduce-severity'
  | 'do-transfer-early'
  | 'dont-leave'
  | 'dont-transfer-resolved'
  | 'dont-icm-engineer'
  | 'dont-reject-assignment'
  | 'dont-last-minute'
  | 'dont-raise-severity'
  | 'dont-backlog-excuse';

/**
 * Each rule is a constant of its own, so that what quotes only some of them (the guided page's
 * island quotes six) carries only those; the lists are built from them.
 */
const DO_OWN_CASE: HandoffRule = {
  id: 'do-own-case',
  list: 'do',
  number: 1,
  text: 'Put yourself as the case owner once the case be assigned to you, take full accountability for the IR.',
};
const DO_CASE_NOTES: HandoffRule = {
  id: 'do-case-notes',
  list: 'do',
  number: 2,
  text: 'Log clear case notes in Service Desk for every cases, especially for the case needed to transfer.',
};
const DO_TITLE_REASON: HandoffRule = {
  id: 'do-title-reason',
  list: 'do',
  number: 3,
  text: 'Change the case internal title to show the clear reason, if you want to transfer the case back to the queue. e.g. NEED US SE',
};
const DO_CHECK_NEXT_SHIFT: HandoffRule = {
  id: 'do-check-next-shift',
  list: 'do',
  number: 4,
  text: 'Double check with customer whether customer really need to continue the troubleshooting with next shift engineer, if not, reduce the severity or unselect the 24x7 option, and keep the case in your own queue',
};
const DO_REDUCE_SEVERITY: HandoffRule = {
  id: 'do-reduce-severity',
  list: 'do',
  number: 5,
  text: 'Try best to reduce the severity from A to B, if there is no real business impact from customer, to reduce the unnecessary case handover between each regions',
};
const DO_TRANSFER_EARLY: HandoffRule = {
  id: 'do-transfer-early',
  list: 'do',
  number: 6,
  text: 'Transfer the case back to queue at earliest stage if customer prefer to work with other region engineer, or any other reason, ensure there is no idle before you transfer the case to others',
};
const DONT_LEAVE: HandoffRule = {
  id: 'dont-leave',
  list: 'dont',
  number: 1,
  text: 'Don’t transfer your cases back to queue when you take leave, ask your team (in the same region) internally to back up you for hot cases, and set correct OOF auto-reply.',
};
const DONT_TRANSFER_RESOLVED: HandoffRule = {
  id: 'dont-transfer-resolved',
  list: 'dont',
  number: 2,
  text: 'Don’t transfer the case back to queue, if the solution has been delivered or the issue was resolved, and just pending customer’s confirmation for case closure',
};
const DONT_ICM_ENGINEER: HandoffRule = {
  id: 'dont-icm-engineer',
  list: 'dont',
  number: 3,
  text: 'Don’t be an IcM engineer, try to do some research and investigation before you create the ICM',
};
const DONT_REJECT_ASSIGNMENT: HandoffRule = {
  id: 'dont-reject-assignment',
  list: 'dont',
  number: 4,
  text: 'Don’t reject case assignment without your TA or manager’s approval',
};
const DONT_LAST_MINUTE: HandoffRule = {
  id: 'dont-last-minute',
  list: 'dont',
  number: 5,
  text: 'Don’t leave the IR case in the queue until last minute, send the IR as early as possible',
};
const DONT_RAISE_SEVERITY: HandoffRule = {
  id: 'dont-raise-severity',
  list: 'dont',
  number: 6,
  text: 'Don’t suggest customer to raise the case severity only for quick resource allocation purpose',
};
const DONT_BACKLOG_EXCUSE: HandoffRule = {
  id: 'dont-backlog-excuse',
  list: 'dont',
  number: 7,
  text: 'Don’t use long backlog as an excuse to make your case idle for long time, you should reach your TA/Manager for backup or escalation',
};

/** The Do list, in the wiki's order. */
export const DO_RULES: readonly HandoffRule[] = [
  DO_OWN_CASE,
  DO_CASE_NOTES,
  DO_TITLE_REASON,
  DO_CHECK_NEXT_SHIFT,
  DO_REDUCE_SEVERITY,
  DO_TRANSFER_EARLY,
];
/** The Don't list, in the wiki's order. */
export const DONT_RULES: readonly HandoffRule[] = [
  DONT_LEAVE,
  DONT_TRANSFER_RESOLVED,
  DONT_ICM_ENGINEER,
  DONT_REJECT_ASSIGNMENT,
  DONT_LAST_MINUTE,
  DONT_RAISE_SEVERITY,
  DONT_BACKLOG_EXCUSE,
];

/** The rules a decision of the guided page quotes (`handoff-decision.ts`). */
export type QuotedRuleId =
  | 'do-title-reason'
  | 'do-check-next-shift'
  | 'do-reduce-severity'
  | 'do-transfer-early'
  | 'dont-leave'
  | 'dont-transfer-resolved';

/** Those rules by id: the guided page's island reads its quotes here, not from the whole list. */
export const QUOTED_RULES: Readonly<Record<QuotedRuleId, HandoffRule>> = {
  'do-title-reason': DO_TITLE_REASON,
  'do-check-next-shift': DO_CHECK_NEXT_SHIFT,
  'do-reduce-severity': DO_REDUCE_SEVERITY,
  'do-transfer-early': DO_TRANSFER_EARLY,
  'dont-leave': DONT_LEAVE,
  'dont-transfer-resolved': DONT_TRANSFER_RESOLVED,
};

/** The rule with this id. */
export function getRule(id: RuleId): HandoffRule {
  return [...DO_RULES, ...DONT_RULES].find((r) => r.id === id)!;
}

/** "Do, item 4" / "Don't, item 2": how the page names a rule's place in the list. */
export function ruleLabel(rule: HandoffRule): string {
  return `${rule.list === 'do' ? 'Do' : 'Don’t'}, item ${rule.number}`;
}
