import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../src/lib/case-details';
import {
  CHECKS,
  caseNumberInvalid,
  checklistPlaceholder,
  checklistUnanswered,
  credentialInNote,
  nextCustomerActionNoTime,
  nextMsftActionEmpty,
  nextMsftActionNoTime,
  pendingOnCustomerWithoutAction,
  pendingOnPgWithoutIcm,
  runChecks,
  solutionDeliveredPendingConfirmation,
  summaryEmpty,
  summaryTooLong,
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
      ...['......', '...', '…', 'TBD', 'todo', 'n/a', 'N/A', '-', '?', 'same as above', 'TBD.'].map((mark) => ({
        name: `only “${mark}”`,
        sections: { nextMsftAction: ` ${mark} ` },
        fires: true,
      })),
      { name: 'a placeholder inside a sentence', sections: { nextMsftAction: 'Call at 9; IcM TBD' }, fires: false },
      { name: 'filled', sections: { nextMsftAction: 'Call at 9' }, fires: false },
    ],
  ],
  [
    'summaryEmpty',
    summaryEmpty,
    'summary-empty',
    [
      { name: 'empty', fires: true },
      { name: 'white space only', sections: { summary: '\n  \n' }, fires: true },
      { name: 'the template’s dots', sections: { summary: '......' }, fires: true },
      { name: 'TBD', sections: { summary: 'TBD' }, fires: true },
      { name: 'same as above', sections: { summary: 'Same as above' }, fires: true },
      { name: 'written', sections: { summary: 'Copy activity fails with 403; firewall rule added.' }, fires: false },
    ],
  ],
  [
    'summaryTooLong',
    summaryTooLong,
    'summary-long',
    [
      { name: '4,000 characters', sections: { summary: 'x'.repeat(4000) }, fires: false },
      { name: '4,001 characters', sections: { summary: 'x'.repeat(4001) }, fires: true },
      {
        name: 'long only with white space around it',
        sections: { summary: `  ${'x'.repeat(3990)}\n\n\n   ` },
        fires: false,
      },
      { name: 'empty', fires: false },
    ],
  ],
  [
    'nextMsftActionNoTime',
    nextMsftActionNoTime,
    'msft-action-no-time',
    [
      { name: 'no time', sections: { nextMsftAction: 'Call the customer' }, fires: true },
      { name: 'a clock time', sections: { nextMsftAction: 'Call the customer at 09:00 UTC' }, fires: false },
      {
        name: 'a moment of the shift',
        sections: { nextMsftAction: 'Check the run at the start of your shift' },
        fires: false,
      },
      { name: 'a day', sections: { nextMsftAction: 'Call on Monday' }, fires: false },
      { name: 'ASAP (not a time)', sections: { nextMsftAction: 'Restart the IR ASAP' }, fires: true },
      { name: 'empty (the empty check says it)', fires: false },
      { name: 'a placeholder (the empty check says it)', sections: { nextMsftAction: 'TBD' }, fires: false },
    ],
  ],
  [
    'nextCustomerActionNoTime',
    nextCustomerActionNoTime,
    'customer-action-no-time',
    [
      { name: 'no time', sections: { nextCustomerAction: 'Send the logs' }, fires: true },
      { name: 'by when', sections: { nextCustomerAction: 'Send the logs by 17:00 their time' }, fires: false },
      { name: '“None”', sections: { nextCustomerAction: 'None for now' }, fires: false },
      { name: 'empty', fires: false },
      { name: 'n/a', sections: { nextCustomerAction: 'n/a' }, fires: false },
    ],
  ],
  [
    'checklistUnanswered',
    checklistUnanswered,
    'checklist-unanswered',
    [
      { name: 'nothing answered', fires: true },
      {
        name: 'one of four left',
        checklist: { customerReachable: 'Yes', waitingForRca: 'No', acceptsEnglish: 'Yes' },
        fires: true,
      },
      {
        name: 'four answered, no IcM or critsit (they may rightly be empty)',
        checklist: { customerReachable: 'Yes', waitingForRca: 'No', acceptsEnglish: 'Yes', pendingOn: 'CSS' },
        fires: false,
      },
    ],
  ],
  [
    'checklistPlaceholder',
    checklistPlaceholder,
    'checklist-placeholder',
    [
      { name: 'IcM ID n/a', checklist: { icmId: 'n/a' }, fires: true },
      { name: 'critsit TBD', checklist: { critsitReason: 'TBD' }, fires: true },
      { name: 'IcM ID empty', fires: false },
      { name: 'IcM ID given', checklist: { icmId: '402133' }, fires: false },
    ],
  ],
  [
    'caseNumberInvalid',
    caseNumberInvalid,
    'case-number-invalid',
    [
      { name: 'letters', details: { caseNumber: '2311O1OO4OOO1234' }, fires: true },
      { name: 'a hash', details: { caseNumber: '#2311010040001234' }, fires: true },
      {
        name: 'digits with spaces and dashes (the field takes them out)',
        details: { caseNumber: '2311 0100-4000 1234' },
        fires: false,
      },
      { name: 'empty', fires: false },
    ],
  ],
  [
    'credentialInNote',
    credentialInNote,
    'secret',
    [
      {
        name: 'a connection string with a key',
        sections: { handoffNotes: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abcdEFGH1234abcd==' },
        fires: true,
      },
      { name: 'a password', sections: { summary: 'Server=tcp:x;User ID=sa;Password=hunter22;' }, fires: true },
      {
        name: 'a SAS signature',
        sections: { partnerTicket: 'https://x.blob.core.windows.net/c?sv=2022&sig=abcdEFGH1234abcd%3D' },
        fires: true,
      },
      {
        name: 'a bearer token',
        sections: { nextMsftAction: 'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abc"' },
        fires: true,
      },
      { name: 'a private key', sections: { handoffNotes: '-----BEGIN RSA PRIVATE KEY-----\nMIIE' }, fires: true },
      { name: 'a masked password', sections: { summary: 'Password=*** in the linked service' }, fires: false },
      { name: 'talk about keys', sections: { summary: 'The customer rotated the account key' }, fires: false },
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

it('every check is in the table above', () => {
  expect(new Set(TABLE.map(([, check]) => check))).toEqual(new Set(CHECKS));
});

describe.each(TABLE)('%s says why, and where its rule is', (_name, check, _id, cases) => {
  it.each(cases.filter((c) => c.fires))('$name', (c) => {
    const finding = check(input(c))!;
    expect(finding.reason).toMatch(/^[A-Z].{20,}\.$/);
    expect(finding.source?.path).toMatch(/^\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/);
    expect(finding.source?.label.length).toBeGreaterThan(3);
  });
});

it('the Don’t-list finding says to keep the case', () => {
  expect(
    solutionDeliveredPendingConfirmation(
      input({ name: '', sections: { summary: 'Solution delivered, pending confirmation' }, fires: true }),
    )?.message,
  ).toMatch(/don't transfer.*keep/i);
});

const ANSWERED = { customerReachable: 'Yes', waitingForRca: 'No', acceptsEnglish: 'Yes' } as const;

it('runChecks lists every finding in order and nothing for a complete note', () => {
  const all = runChecks(
    input({ name: '', checklist: { ...ANSWERED, pendingOn: 'PG', critsitReason: 'x' }, fires: true }),
  );
  // A critsit reason is never checked against the severity: the wiki ties a critsit to none.
  expect(all.map((f) => f.id)).toEqual(['summary-empty', 'next-msft-action-empty', 'icm-missing']);
  const complete = input({
    name: '',
    sections: { summary: 'Copy fails with 403; firewall rule added.', nextMsftAction: 'Call at 09:00 UTC' },
    checklist: { ...ANSWERED, pendingOn: 'CSS' },
    fires: false,
  });
  expect(runChecks(complete)).toEqual([]);
});

it('the empty template itself is not a note anyone can act on', () => {
  expect(runChecks(input({ name: '', fires: true })).map((f) => f.id)).toEqual([
    'summary-empty',
    'next-msft-action-empty',
    'checklist-unanswered',
  ]);
});

it('a placeholder is named in the message', () => {
  expect(summaryEmpty(input({ name: '', sections: { summary: ' TBD ' }, fires: true }))?.message).toMatch(
    /^Summary says only “TBD”/,
  );
});

it('the credential hint names the kind, never the value', () => {
  const finding = credentialInNote(input({ name: '', sections: { summary: 'Password=hunter22;' }, fires: true }));
  expect(finding?.hint).toBe(true);
  expect(finding?.message).toContain('a password');
  expect(finding?.message).not.toContain('hunter22');
});
