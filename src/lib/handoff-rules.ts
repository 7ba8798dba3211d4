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

const DO: readonly [RuleId, string][] = [
  [
    'do-own-case',
    'Put yourself as the case owner once the case be assigned to you, take full accountability for the IR.',
  ],
  [
    'do-case-notes',
    'Log clear case notes in Service Desk for every cases, especially for the case needed to transfer.',
  ],
  [
    'do-title-reason',
    'Change the case internal title to show the clear reason, if you want to transfer the case back to the queue. e.g. NEED US SE',
  ],
  [
    'do-check-next-shift',
    'Double check with customer whether customer really need to continue the troubleshooting with next shift engineer, if not, reduce the severity or unselect the 24x7 option, and keep the case in your own queue',
  ],
  [
    'do-reduce-severity',
    'Try best to reduce the severity from A to B, if there is no real business impact from customer, to reduce the unnecessary case handover between each regions',
  ],
  [
    'do-transfer-early',
    'Transfer the case back to queue at earliest stage if customer prefer to work with other region engineer, or any other reason, ensure there is no idle before you transfer the case to others',
  ],
];

const DONT: readonly [RuleId, string][] = [
  [
    'dont-leave',
    'Don’t transfer your cases back to queue when you take leave, ask your team (in the same region) internally to back up you for hot cases, and set correct OOF auto-reply.',
  ],
  [
    'dont-transfer-resolved',
    'Don’t transfer the case back to queue, if the solution has been delivered or the issue was resolved, and just pending customer’s confirmation for case closure',
  ],
  [
    'dont-icm-engineer',
    'Don’t be an IcM engineer, try to do some research and investigation before you create the ICM',
  ],
  ['dont-reject-assignment', 'Don’t reject case assignment without your TA or manager’s approval'],
  ['dont-last-minute', 'Don’t leave the IR case in the queue until last minute, send the IR as early as possible'],
  [
    'dont-raise-severity',
    'Don’t suggest customer to raise the case severity only for quick resource allocation purpose',
  ],
  [
    'dont-backlog-excuse',
    'Don’t use long backlog as an excuse to make your case idle for long time, you should reach your TA/Manager for backup or escalation',
  ],
];

const toRules = (list: RuleList, items: readonly [RuleId, string][]): HandoffRule[] =>
  items.map(([id, text], i) => ({ id, list, number: i + 1, text }));

/** The Do list, in the wiki's order. */
export const DO_RULES: readonly HandoffRule[] = toRules('do', DO);
/** The Don't list, in the wiki's order. */
export const DONT_RULES: readonly HandoffRule[] = toRules('dont', DONT);

const BY_ID = new Map<RuleId, HandoffRule>([...DO_RULES, ...DONT_RULES].map((r) => [r.id, r]));

/** The rule with this id. */
export function getRule(id: RuleId): HandoffRule {
  return BY_ID.get(id)!;
}

/** "Do, item 4" / "Don't, item 2": how the page names a rule's place in the list. */
export function ruleLabel(rule: HandoffRule): string {
  return `${rule.list === 'do' ? 'Do' : 'Don’t'}, item ${rule.number}`;
}
