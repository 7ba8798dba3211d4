import { describe, expect, it } from 'vitest';
import type { CaseDetails } from '../../src/lib/case-details';
import { emptyNote, type Note } from '../../src/lib/note/note';
import { receiverChecks } from '../../src/lib/receive/receiver-checks';
import { findSecrets, maskSecrets } from '../../src/lib/note/secrets';

interface Case {
  name: string;
  sections?: Partial<Note['sections']>;
  checklist?: Partial<Note['checklist']>;
  details?: Partial<CaseDetails>;
  text?: string;
  senderShiftEnds?: string;
  /** The messages expected, in order. */
  expected: string[];
}

/** A note with everything answered and nothing to ask about, changed by each case. */
function run(c: Case) {
  const note = emptyNote();
  Object.assign(
    note.sections,
    {
      summary: 'Copy fails with 403; the firewall rule was checked.',
      nextMsftAction: 'Call at 09:00',
      nextCustomerAction: 'Send logs by 17:00',
    },
    c.sections,
  );
  Object.assign(
    note.checklist,
    { customerReachable: 'Yes', waitingForRca: 'No', acceptsEnglish: 'Yes', pendingOn: 'CSS' },
    c.checklist,
  );
  return receiverChecks({
    note,
    caseDetails: c.details ?? {},
    text: c.text ?? '',
    ...(c.senderShiftEnds ? { senderShiftEnds: c.senderShiftEnds } : {}),
  }).map((f) => f.message);
}

describe('receiver checks, worded from the receiver’s side', () => {
  it.each<Case>([
    { name: 'a complete note', expected: [] },
    {
      name: 'no next MSFT action',
      sections: { nextMsftAction: '' },
      expected: ['No next MSFT action: ask the sender before their shift ends.'],
    },
    {
      name: 'no next MSFT action, sender on shift',
      sections: { nextMsftAction: ' ' },
      senderShiftEnds: '18:00 their time, in 2 h 05 min',
      expected: ['No next MSFT action: ask the sender before their shift ends (18:00 their time, in 2 h 05 min).'],
    },
    {
      name: 'pending on PG, no IcM',
      checklist: { pendingOn: 'PG' },
      expected: ['Pending on PG and no IcM ID: ask for it.'],
    },
    { name: 'pending on PG with an IcM', checklist: { pendingOn: 'PG', icmId: '123456' }, expected: [] },
    {
      name: 'pending on the customer, no customer action',
      sections: { nextCustomerAction: '' },
      checklist: { pendingOn: 'Customer' },
      expected: [
        "Pending on the customer and no Next Customer's Action: ask what the customer will do or send, and by when.",
      ],
    },
    {
      name: 'waiting for RCA',
      checklist: { waitingForRca: 'Yes' },
      expected: ['Waiting for RCA: yes. Who tracks the RCA request?'],
    },
    {
      name: 'customer not reachable',
      checklist: { customerReachable: 'No' },
      expected: ['Customer reachable: no. Ask how and when you can reach the customer.'],
    },
    {
      name: 'no English support',
      checklist: { acceptsEnglish: 'No' },
      expected: ['The customer does not accept English support: ask which language they need.'],
    },
    {
      name: 'pending on not answered',
      checklist: { pendingOn: '' },
      expected: ['Not answered in the checklist: “Now the issue is pending on?”. Ask the sender.'],
    },
    {
      name: 'no summary',
      sections: { summary: '' },
      expected: ['No summary: ask the sender what has been done and found, and where the case stands.'],
    },
    {
      name: 'a next action with no time',
      sections: { nextMsftAction: 'Call the customer' },
      expected: ['The next MSFT action has no time: ask by when it is due, and in which time zone.'],
    },
    {
      name: 'a customer action with no time',
      sections: { nextCustomerAction: 'Send logs' },
      expected: ["Next Customer's Action has no time: ask by when the customer will do it."],
    },
    {
      name: 'an IcM ID of n/a',
      checklist: { icmId: 'n/a' },
      expected: ['“IcM ID?” says only “n/a”: ask the sender whether there is one.'],
    },
    {
      name: 'a case number with a letter',
      details: { caseNumber: '23110100400O1234' },
      expected: ['A case number has digits only; remove "O". Check it with the sender.'],
    },
    {
      name: 'a long summary is the writer’s business, not a question',
      sections: { summary: `Checked the logs. ${'x'.repeat(4100)}` },
      expected: [],
    },
    {
      name: 'a critsit reason, whatever the severity (the wiki ties critsit to no severity)',
      checklist: { critsitReason: 'Outage' },
      details: { severity: 'A' },
      expected: [],
    },
    {
      name: 'delivered, pending confirmation',
      sections: { summary: 'The fix was delivered; waiting for the customer to confirm closure.' },
      expected: [
        "The summary says the solution is delivered and only the customer's confirmation is pending. Such a case is not transferred (Do and don't): ask the sender whether it should stay with them.",
      ],
    },
    {
      name: 'a password, first of all',
      sections: { nextMsftAction: '' },
      text: 'Server=tcp:x;Password=hunter22;',
      expected: [
        "The note holds what looks like a password (Password=…): don't copy it anywhere else, and tell the sender so it can be removed from the case.",
        'No next MSFT action: ask the sender before their shift ends.',
      ],
    },
  ])('$name', (c) => {
    expect(run(c)).toEqual(c.expected);
  });

  it('never repeats the secret it found', () => {
    const messages = run({ name: '', text: 'AccountKey=abcdEFGH1234==', expected: [] });
    expect(messages.join(' ')).not.toContain('abcdEFGH1234');
  });
});

describe('credential-looking strings', () => {
  it.each<[string, string, string[]]>([
    ['storage key', 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abcd1234EFGH==', ['account-key']],
    ['password in a connection string', 'Server=x;User ID=sa;Password=S3cret!;', ['password']],
    ['pwd', 'pwd=letmein', ['password']],
    ['masked password', 'Password=****', []],
    ['password placeholder', 'Password=<hidden>', []],
    ['SAS URL', 'https://x.blob.core.windows.net/c?sv=2022-11-02&sig=abcdEFGH1234%2Bxyz%3D', ['sas-signature']],
    ['bearer token', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', ['bearer-token']],
    ['the word bearer', 'The bearer of bad news', []],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE…', ['private-key']],
    ['plain private key', '-----BEGIN PRIVATE KEY-----', ['private-key']],
    ['public key', '-----BEGIN PUBLIC KEY-----', []],
    [
      'shared access key',
      'Endpoint=sb://x/;SharedAccessKeyName=Root;SharedAccessKey=abcd1234EFGH=',
      ['shared-access-key'],
    ],
    ['prose about passwords', 'The customer reset the password yesterday.', []],
    ['two kinds', 'AccountKey=abcd1234EFGH== and Password=hunter22', ['account-key', 'password']],
  ])('%s', (_name, text, ids) => {
    expect(findSecrets(text).map((k) => k.id)).toEqual(ids);
  });
});

describe('credential-looking values hidden for print', () => {
  it.each<[string, string]>([
    [
      'AccountName=x;AccountKey=abcd1234EFGH==;EndpointSuffix=core',
      'AccountName=x;AccountKey=[hidden];EndpointSuffix=core',
    ],
    ['Server=x;Password=S3cret!;', 'Server=x;Password=[hidden];'],
    ['https://x/c?sv=1&sig=abcdEFGH1234%2B&se=2', 'https://x/c?sv=1&sig=[hidden]&se=2'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc', 'Authorization: Bearer [hidden]'],
    ['a\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\nb', 'a\n[private key hidden]\nb'],
    ['Password=**** stays', 'Password=**** stays'],
    ['No secrets here.', 'No secrets here.'],
  ])('%j', (text, masked) => {
    expect(maskSecrets(text)).toBe(masked);
    expect(findSecrets(maskSecrets(text))).toEqual([]);
  });
});
