import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../src/lib/case-details';
import {
  nextMsftActionEmpty,
  pendingOnCustomerWithoutAction,
  pendingOnPgWithoutIcm,
  runChecks,
  solutionDeliveredPendingConfirmation,
  type Check,
} from '../../src/lib/note/checks';
import { emptyNote, type Note } from '../../src/lib/note/note';

interface Case {
  name: string;
  sections?: Partial<Note['sections']>;
  checklist?: Partial<Note['checklist']>;
  details?: Partial<CaseDetails>;
  fires: boolean;
}

const input = (c: Case) => {
  const note = emptyNote();
  Object.assign(note.sections, c.sections);
  Object.assign(note.checklist, c.checklist);
  return { note, caseDetails: { ...EMPTY_CASE_DETAILS, ...c.details } };
};

const TABLE: [string, Check, string, Case[]][] = [
  [
    'nextMsftActionEmpty',
    nextMsftActionEmpty,
    'next-msft-action-empty',
    [
      { name: 'empty', fires: true },
      { name: 'white space only', sections: { nextMsftAction: ' \n\t' }, fires: true },
      { name: 'filled', sections: { nextMsftAction: 'Call at 9' }, fires: false },
    ],
  ],
  [
    'pendingOnCustomerWithoutAction',
    pendingOnCustomerWithoutAction,
    'customer-action-missing',
    [
      { name: 'pending on Customer, no action', checklist: { pendingOn: 'Customer' }, fires: true },
      {
        name: 'pending on Customer, with action',
        checklist: { pendingOn: 'Customer' },
        sections: { nextCustomerAction: 'Send logs' },
        fires: false,
      },
      { name: 'pending on CSS', checklist: { pendingOn: 'CSS' }, fires: false },
      { name: 'unanswered', fires: false },
    ],
  ],
  [
    'pendingOnPgWithoutIcm',
    pendingOnPgWithoutIcm,
    'icm-missing',
    [
      { name: 'PG without IcM', checklist: { pendingOn: 'PG' }, fires: true },
      { name: 'PG with IcM', checklist: { pendingOn: 'PG', icmId: '402133' }, fires: false },
      { name: 'Customer without IcM', checklist: { pendingOn: 'Customer' }, fires: false },
      { name: 'PG with an IcM ID in any form', checklist: { pendingOn: 'PG', icmId: 'ICM-402133' }, fires: false },
    ],
  ],
  [
    'solutionDeliveredPendingConfirmation',
    solutionDeliveredPendingConfirmation,
    'keep-the-case',
    [
      {
        name: 'delivered, pending confirmation',
        sections: { summary: 'Solution delivered; pending customer confirmation.' },
        fires: true,
      },
      {
        name: 'resolved, waiting to close',
        sections: { summary: 'The issue was resolved. Waiting for the customer to confirm closure.' },
        fires: true,
      },
      {
        name: 'workaround provided, awaiting confirmation',
        sections: { summary: 'Workaround has been provided and we are awaiting confirmation from the customer' },
        fires: true,
      },
      {
        name: 'not resolved',
        sections: { summary: 'Issue is not resolved yet; waiting for the customer to confirm the repro.' },
        fires: false,
      },
      {
        name: 'delivered, no confirmation pending',
        sections: { summary: 'Fix delivered. Next: monitor tonight’s run.' },
        fires: false,
      },
      { name: 'waiting for logs', sections: { summary: 'Waiting for logs from the customer.' }, fires: false },
      { name: 'empty', fires: false },
    ],
  ],
];

describe.each(TABLE)('%s', (_name, check, id, cases) => {
  it.each(cases)('$name → fires: $fires', (c) => {
    const finding = check(input(c));
    if (c.fires) {
      expect(finding?.id).toBe(id);
      expect(finding?.message.length).toBeGreaterThan(20);
    } else expect(finding).toBeNull();
  });
});

it('the Don’t-list finding says to keep the case', () => {
  expect(
    solutionDeliveredPendingConfirmation(
      input({ name: '', sections: { summary: 'Solution delivered, pending confirmation' }, fires: true }),
    )?.message,
  ).toMatch(/don't transfer.*keep/i);
});

it('runChecks lists every finding in order and nothing for a complete note', () => {
  const all = runChecks(input({ name: '', checklist: { pendingOn: 'PG', critsitReason: 'x' }, fires: true }));
  // A critsit reason is never checked against the severity: the wiki ties a critsit to none.
  expect(all.map((f) => f.id)).toEqual(['next-msft-action-empty', 'icm-missing']);
  expect(runChecks(input({ name: '', sections: { nextMsftAction: 'Call' }, fires: false }))).toEqual([]);
});
