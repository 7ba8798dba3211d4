import { describe, expect, it } from 'vitest';
import { emptyNote, type Note } from '../../src/lib/note/note';
import { readNote } from '../../src/lib/receive/read-note';
import { PRACTICE_NOTE } from '../../src/lib/receive/example';
import { placeholderIn, reviewChecks, saysWhatWasTried, saysWhen } from '../../src/lib/receive/review-checks';

/** A note the review has nothing to say about, changed by each case. */
function ids(sections: Partial<Note['sections']> = {}, checklist: Partial<Note['checklist']> = {}, text = '') {
  const note = emptyNote();
  Object.assign(
    note.sections,
    {
      summary: 'Copy fails with 403. Checked the firewall: the runtime IP is missing.',
      nextMsftAction: 'At the start of your shift, ask whether the IP was added.',
      nextCustomerAction: 'Add the IP by 10:00 their time.',
      partnerTicket: 'None.',
      handoffNotes: 'Contact prefers Teams.',
    },
    sections,
  );
  Object.assign(
    note.checklist,
    { customerReachable: 'Yes', waitingForRca: 'No', acceptsEnglish: 'Yes', pendingOn: 'Customer' },
    checklist,
  );
  return reviewChecks({ note, caseDetails: {}, text }).map((f) => f.id);
}

describe('review mode’s stricter checks', () => {
  it.each<[string, Partial<Note['sections']>, Partial<Note['checklist']>, string, string[]]>([
    ['a good note', {}, {}, '', []],
    ['an empty Partner Ticket', { partnerTicket: '' }, {}, '', ['empty-partnerTicket']],
    ['TBD in Partner Ticket', { partnerTicket: 'TBD' }, {}, '', ['placeholder-partnerTicket']],
    ['n/a in Partner Ticket', { partnerTicket: 'N/A' }, {}, '', ['placeholder-partnerTicket']],
    ['TODO in Handoff Notes', { handoffNotes: 'Contacts: TODO' }, {}, '', ['placeholder-handoffNotes']],
    ['dots left in a sentence', { handoffNotes: 'Call ...... at the start' }, {}, '', ['placeholder-handoffNotes']],
    ['an ellipsis in prose is fine', { handoffNotes: 'Waiting... then retry' }, {}, '', []],
    ['empty next MSFT action: the generator’s finding', { nextMsftAction: '' }, {}, '', ['next-msft-action-empty']],
    [
      'next MSFT action with no time',
      { nextMsftAction: 'Follow up with the customer.' },
      {},
      '',
      ['msft-action-no-time'],
    ],
    ['customer action with no time', { nextCustomerAction: 'Send the logs.' }, {}, '', ['customer-action-no-time']],
    ['customer action "None"', { nextCustomerAction: 'None.' }, {}, '', []],
    ['checklist unanswered', {}, { customerReachable: '', pendingOn: '' }, '', ['checklist-unanswered']],
    ['empty IcM and critsit are fine', {}, { icmId: '', critsitReason: '' }, '', []],
    ['summary without what was tried', { summary: 'Copy fails with 403 since Monday.' }, {}, '', ['summary-not-tried']],
    [
      'summary without it, but a ruled-out section',
      { summary: 'Copy fails with 403.', ruledOut: 'The runtime version.' },
      {},
      '',
      [],
    ],
    ['a key in the note', {}, {}, 'AccountKey=abcd1234EFGH==', ['secret']],
    ['pending on PG, no IcM', {}, { pendingOn: 'PG' }, '', ['icm-missing']],
  ])('%s', (_name, sections, checklist, text, expected) => {
    expect(ids(sections, checklist, text)).toEqual(expected);
  });

  it('finds every planted fault in the practice note', () => {
    const read = readNote(PRACTICE_NOTE);
    if (read.status !== 'read') throw new Error('the practice note is not read');
    const found = reviewChecks({ note: read.parsed.note, caseDetails: read.parsed.caseDetails, text: read.text });
    expect(found.map((f) => f.id)).toEqual([
      'secret',
      'msft-action-no-time',
      'customer-action-no-time',
      'checklist-unanswered',
      'placeholder-partnerTicket',
      'placeholder-handoffNotes',
      'summary-not-tried',
    ]);
    expect(found.find((f) => f.id === 'checklist-unanswered')?.message).toBe(
      'Not answered in the checklist: “Customer Reachable?”, “Now the issue is pending on?”. Answer each line you can.',
    );
  });
});

describe('what the strict checks recognise', () => {
  it.each<[string, string | undefined]>([
    ['TBD', 'TBD'],
    ['tbc by PG', 'tbc'],
    ['n/a', 'n/a'],
    ['see ......', '......'],
    ['…', '…'],
    ['Owner ??', '??'],
    ['XXXX', 'XXXX'],
    ['todo: call', 'todo'],
    ['None.', undefined],
    ['Wait... retry', undefined],
    ['TBDs are bad', undefined],
    ['email at contoso.com', undefined],
  ])('placeholder in %j', (text, mark) => {
    expect(placeholderIn(text)).toBe(mark);
  });

  it.each<[string, boolean]>([
    ['Call at 09:00', true],
    ['Call at 9', true],
    ['Call at 9am', true],
    ['Rerun by 10.30 their time', true],
    ['At the start of your shift, rerun', true],
    ['Before end of day', true],
    ['Tomorrow morning', true],
    ['On Monday', true],
    ['By 2026-12-02', true],
    ['On 3 Dec', true],
    ['Within 2 hours', true],
    ['Follow up with the customer', false],
    ['Check the firewall again', false],
    ['ASAP', false],
  ])('%j says when: %s', (text, expected) => {
    expect(saysWhen(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Checked the firewall logs.', true],
    ['Found: the IP is missing.', true],
    ['We tried a new runtime.', true],
    ['Reproduced in a test factory.', true],
    ['Customer says the firewall was changed.', false],
    ['Copy fails with 403.', false],
  ])('%j says what was tried: %s', (text, expected) => {
    expect(saysWhatWasTried(text)).toBe(expected);
  });
});
