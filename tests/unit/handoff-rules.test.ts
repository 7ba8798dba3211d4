import { describe, expect, it } from 'vitest';
import { DONT_RULES, DO_RULES, QUOTED_RULES, getRule, ruleLabel } from '../../src/lib/handoff-rules';
import { STEP_KINDS, WORKFLOWS, stepHref, stepNumber } from '../../src/lib/handoff-workflows';

// Copied from the team's wiki page, "Do & Don't during case handling / transfer".
const WIKI_DO = `- Put yourself as the case owner once the case be assigned to you, take full accountability for the IR.
- Log clear case notes in Service Desk for every cases, especially for the case needed to transfer.
- Change the case internal title to show the clear reason, if you want to transfer the case back to the queue. e.g. NEED US SE
- Double check with customer whether customer really need to continue the troubleshooting with next shift engineer, if not, reduce the severity or unselect the 24x7 option, and keep the case in your own queue
- Try best to reduce the severity from A to B, if there is no real business impact from customer, to reduce the unnecessary case handover between each regions
- Transfer the case back to queue at earliest stage if customer prefer to work with other region engineer, or any other reason, ensure there is no idle before you transfer the case to others`;
const WIKI_DONT = `- Don’t transfer your cases back to queue when you take leave, ask your team (in the same region) internally to back up you for hot cases, and set correct OOF auto-reply.
- Don’t transfer the case back to queue, if the solution has been delivered or the issue was resolved, and just pending customer’s confirmation for case closure
- Don’t be an IcM engineer, try to do some research and investigation before you create the ICM
- Don’t reject case assignment without your TA or manager’s approval
- Don’t leave the IR case in the queue until last minute, send the IR as early as possible
- Don’t suggest customer to raise the case severity only for quick resource allocation purpose
- Don’t use long backlog as an excuse to make your case idle for long time, you should reach your TA/Manager for backup or escalation`;

const items = (list: string) => list.split('\n').map((l) => l.replace(/^- /, ''));

describe('the Do & Don’t list', () => {
  it('quotes the wiki word for word, in its order', () => {
    expect(DO_RULES.map((r) => r.text)).toEqual(items(WIKI_DO));
    expect(DONT_RULES.map((r) => r.text)).toEqual(items(WIKI_DONT));
  });
  it.each([
    ['do-check-next-shift', 'Do, item 4'],
    ['dont-transfer-resolved', 'Don’t, item 2'],
    ['dont-leave', 'Don’t, item 1'],
  ] as const)('names %s as "%s"', (id, label) => {
    expect(ruleLabel(getRule(id))).toBe(label);
  });
  it('gives the guided page the rules its decisions quote, the same as in the list', () => {
    for (const [id, rule] of Object.entries(QUOTED_RULES)) {
      expect(rule.id).toBe(id);
      expect(rule).toBe(getRule(rule.id));
    }
    expect(Object.keys(QUOTED_RULES)).toHaveLength(6);
  });
});

describe('the workflows', () => {
  it('have the wiki’s 7 and 5 steps in its order', () => {
    expect(WORKFLOWS['24x7'].steps.map((s) => s.kind)).toEqual([
      'note',
      'title',
      'transfer',
      'meeting',
      'queue',
      'email',
      'brief',
    ]);
    expect(WORKFLOWS.local.steps.map((s) => s.kind)).toEqual(['note', 'title', 'transfer', 'queue', 'email']);
    expect(STEP_KINDS).toHaveLength(7);
  });
  it.each([
    ['24x7', 'meeting', 4, '/handoff/24x7/#step-4'],
    ['24x7', 'brief', 7, '/handoff/24x7/#step-7'],
    ['local', 'queue', 4, '/handoff/local/#step-4'],
    ['local', 'email', 5, '/handoff/local/#step-5'],
  ] as const)('%s: %s is step %i (%s)', (workflow, kind, number, href) => {
    expect(stepNumber(workflow, kind)).toBe(number);
    expect(stepHref(workflow, number)).toBe(href);
  });
  it('the local workflow has no meeting and no briefing', () => {
    expect(stepNumber('local', 'meeting')).toBeUndefined();
    expect(stepNumber('local', 'brief')).toBeUndefined();
  });
});
