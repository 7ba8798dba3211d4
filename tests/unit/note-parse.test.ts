import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/lib/note/parse';
import { renderBareTemplate } from '../../src/lib/note/template';

describe('parseNote', () => {
  it('reads the bare template as an empty note with nothing unanswered guessed', () => {
    const { note, recognised } = parseNote(renderBareTemplate());
    expect(Object.values(note.sections).every((t) => t === '')).toBe(true);
    expect(Object.values(note.checklist).every((t) => t === '')).toBe(true);
    expect(recognised.unmatchedLines).toBe(0);
  });

  const HAND_TYPED = [
    '',
    '  Summary (What’s the progress so far)  ',
    '=============',
    '',
    'Copy activity fails with 403.',
    '',
    '',
    'Handoff Notes',
    '=============',
    '......',
    'Customer is in Sydney.',
    '',
    'Next MSFT Action',
    '=============',
    'Check the firewall logs.',
    '',
    "Ticket's checklist",
    '=============',
    'Customer Reachable?:Yes',
    'Waiting for RCA?:Yes/No',
    'Customer accept English Support?: yes',
    'Now the issue is pending on?: PG/CSS/Customer',
    'IcM ID?: 402133',
    '<Reason for Critsit: Production down>',
  ].join('\r\n');

  it('reads a hand-typed note: CRLF, reordered and missing sections, placeholders, spaces', () => {
    const { note, recognised } = parseNote(HAND_TYPED);
    expect(note.sections).toMatchObject({
      summary: 'Copy activity fails with 403.',
      nextMsftAction: 'Check the firewall logs.',
      nextCustomerAction: '',
      partnerTicket: '',
      handoffNotes: 'Customer is in Sydney.',
    });
    expect(note.checklist).toEqual({
      customerReachable: 'Yes',
      waitingForRca: '',
      acceptsEnglish: 'Yes',
      pendingOn: '',
      icmId: '402133',
      critsitReason: 'Production down',
    });
    expect(recognised.sections).toEqual(['summary', 'handoffNotes', 'nextMsftAction']);
    expect(recognised.unmatchedLines).toBe(0);
  });

  describe.each([
    ['## Next MSFT Action\n\nCall back', 'nextMsftAction', 'Call back'],
    ['### next msft action ###\nCall back', 'nextMsftAction', 'Call back'],
    ['**Partner Ticket**\nTicket 77', 'partnerTicket', 'Ticket 77'],
    ['Partner Ticket:\nTicket 77', 'partnerTicket', 'Ticket 77'],
    ['Summary\n-------------\nStuck', 'summary', 'Stuck'],
    ['Next Customer’s Action\n====\nSend logs', 'nextCustomerAction', 'Send logs'],
    ['Tried and ruled out\n=============\nDNS', 'ruledOut', 'DNS'],
    ['Summary\n=====\n## Summary\nmore', 'summary', 'more'],
  ] as const)('heading variants: %j', (text, id, value) => {
    it(`fills ${id}`, () => expect(parseNote(text).note.sections[id]).toBe(value));
  });

  it('switches on an optional section it finds', () => {
    expect(parseNote('If this happens, then...\n=====\nIf 500, restart').note.optional).toEqual({
      contingencies: true,
      ruledOut: false,
    });
  });

  it('puts text matching no section in Handoff Notes, dropping nothing', () => {
    const { note, recognised } = parseNote(
      "Hello team,\nthis one is urgent.\n\nHandoff Notes\n=====\nBe quick.\n\nTicket's checklist\n=====\nIcM ID?: 9\nPending on: Mars\nRandom line",
    );
    expect(note.sections.handoffNotes).toBe(
      'Be quick.\n\nHello team,\nthis one is urgent.\nPending on: Mars\nRandom line',
    );
    expect(note.checklist.pendingOn).toBe('');
    expect(recognised.unmatchedLines).toBe(4);
  });

  it('reads checklist lines without a checklist heading', () => {
    const { note } = parseNote('Handoff Notes\n====\nWatch it.\nIcM ID?: 5\nCustomer Reachable?: No');
    expect(note.checklist.icmId).toBe('5');
    expect(note.checklist.customerReachable).toBe('No');
    expect(note.sections.handoffNotes).toBe('Watch it.');
  });

  it('reads the case-details header', () => {
    const { caseDetails, recognised } = parseNote(
      'Case number: 2311010040001234\n7x24 case: No\nSeverity: B\n\nSummary\n=====\nx',
    );
    expect(caseDetails).toEqual({ caseNumber: '2311010040001234', is24x7: false, severity: 'B' });
    expect(recognised.caseDetails).toEqual(['caseNumber', 'is24x7', 'severity']);
  });

  it('reads Markdown lists and unescapes what the Markdown output escaped', () => {
    const { note, caseDetails } = parseNote(
      "- **Case number:** 42\n\n## Summary\n\n\\<script> and  \n\\# hash\n\n## Ticket's checklist\n\n- **IcM ID?:** _(not answered)_\n- **Now the issue is pending on?:** CSS",
    );
    expect(caseDetails.caseNumber).toBe('42');
    expect(note.sections.summary).toBe('<script> and\n# hash');
    expect(note.checklist.icmId).toBe('');
    expect(note.checklist.pendingOn).toBe('CSS');
  });

  it('keeps an XSS payload as text', () => {
    expect(parseNote('Summary\n=====\n<img src=x onerror=alert(1)>').note.sections.summary).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('an empty paste gives an empty note', () => {
    const { note, recognised } = parseNote('');
    expect(note.sections.handoffNotes).toBe('');
    expect(recognised).toEqual({ sections: [], checklist: [], caseDetails: [], unmatchedLines: 0 });
  });
});
