import { describe, expect, it } from 'vitest';
import type { AnySectionId } from '../../src/lib/note/note';
import { parseNote } from '../../src/lib/note/parse';
import { renderBareTemplate, type ChecklistId } from '../../src/lib/note/template';

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
    expect(recognised).toEqual({
      sections: [],
      checklist: [],
      caseDetails: [],
      unmatchedLines: 0,
      inlineHeadings: [],
      escapedUnderlines: 0,
    });
  });
});

/** The note template as the team's wiki source writes it (Azure DevOps wiki Markdown), as people copy it. */
const WIKI_SOURCE = [
  'Summary (What’s the progress so far)',
  '\\=============',
  '......',
  '',
  'Next MSFT Action',
  '\\=============',
  '......',
  '',
  "Next Customer's Action",
  '\\=============',
  '......',
  '',
  'Partner Ticket',
  '\\=============',
  '......',
  '',
  'Handoff Notes',
  '\\=============',
  '......',
  '',
  "Ticket's checklist",
  '\\=============',
  '',
  'Customer Reachable?:Yes/No',
  'Waiting for RCA?:Yes/No',
  'Customer accept English Support?: Yes/No',
  'Now the issue is pending on?: PG/CSS/Customer',
  'IcM ID?:',
  '<Reason for Critsit:>',
].join('\n');

describe('the wiki source’s escaped underlines', () => {
  it.each([
    ['LF', WIKI_SOURCE],
    ['CRLF', WIKI_SOURCE.replace(/\n/g, '\r\n')],
  ])('read the whole wiki source block (%s) as an empty note, nothing in Handoff Notes', (_, text) => {
    const { note, recognised } = parseNote(text);
    expect(Object.values(note.sections).every((t) => t === '')).toBe(true);
    expect(Object.values(note.checklist).every((t) => t === '')).toBe(true);
    expect(recognised.sections).toEqual([
      'summary',
      'nextMsftAction',
      'nextCustomerAction',
      'partnerTicket',
      'handoffNotes',
    ]);
    expect(recognised.checklist).toHaveLength(6);
    expect(recognised.unmatchedLines).toBe(0);
    expect(recognised.escapedUnderlines).toBe(6);
  });

  it.each<[string, string, string]>([
    ['under a heading, filled in', 'Next MSFT Action\n\\=============\nCall at 9', 'Call at 9'],
    ['a dashed one', 'Next MSFT Action\n\\-------------\nCall at 9', 'Call at 9'],
    ['only the one right under the heading', 'Next MSFT Action\n\\=====\n\\=====', '\\====='],
    ['not under a heading: text', 'Next MSFT Action\nCall at 9\n\\=====', 'Call at 9\n\\====='],
    ['in a Markdown note: escaped text', '## Next MSFT Action\n\\=====\nCall at 9', '=====\nCall at 9'],
  ])('%s', (_, text, value) => {
    expect(parseNote(text).note.sections.nextMsftAction).toBe(value);
  });
});

describe('a heading with its text on the same line', () => {
  it.each<[string, AnySectionId, string]>([
    ['Summary: Copy fails with 403.', 'summary', 'Copy fails with 403.'],
    ['Summary:Copy fails', 'summary', 'Copy fails'],
    ['summary : copy fails', 'summary', 'copy fails'],
    ['Summary (What’s the progress so far): Copy fails', 'summary', 'Copy fails'],
    ['Next MSFT Action - call at 9', 'nextMsftAction', 'call at 9'],
    ['Next MSFT Action – call at 9', 'nextMsftAction', 'call at 9'],
    ['Next MSFT Action — call at 9', 'nextMsftAction', 'call at 9'],
    ['Next MSFT Action—call at 9', 'nextMsftAction', 'call at 9'],
    ['Next MSFT Action: call at 9: then 10 - or 11', 'nextMsftAction', 'call at 9: then 10 - or 11'],
    ["Next Customer's Action: send logs", 'nextCustomerAction', 'send logs'],
    ['Partner Ticket: 2403010040000001', 'partnerTicket', '2403010040000001'],
    ['Handoff notes: Contact Ana only.', 'handoffNotes', 'Contact Ana only.'],
    ['Tried and ruled out: DNS', 'ruledOut', 'DNS'],
    ['If this happens, then… - restart the IR', 'contingencies', 'restart the IR'],
    ['**Summary:** Copy fails', 'summary', 'Copy fails'],
    ['**Summary**: Copy fails', 'summary', 'Copy fails'],
    ['- Next MSFT Action: call at 9', 'nextMsftAction', 'call at 9'],
    ['• Next MSFT Action: call at 9', 'nextMsftAction', 'call at 9'],
    ['1. Summary - Copy fails', 'summary', 'Copy fails'],
    [
      'Summary: Copy fails\nwith 403\n\nafter a blank line\nNext MSFT Action: call',
      'summary',
      'Copy fails\nwith 403\n\nafter a blank line',
    ],
    ['Summary: Copy fails\nNext MSFT Action\n=====\ncall', 'summary', 'Copy fails'],
    ['Summary: ......', 'summary', ''],
  ])('%j', (text, id, value) => {
    const { note, recognised } = parseNote(text);
    expect(note.sections[id]).toBe(value);
    expect(recognised.inlineHeadings[0]).toBe(id);
    expect(recognised.unmatchedLines).toBe(0);
  });

  it('reads a note written entirely that way, checklist lines included', () => {
    const { note, caseDetails, recognised } = parseNote(
      'Case number: 2311010040001234\nSummary: 403 on copy\nNext MSFT Action – call at 9\nNext MSFT Action - and at 10\nIcM ID?: 402133\nCustomer Reachable?: Yes',
    );
    expect(caseDetails).toEqual({ caseNumber: '2311010040001234' });
    expect(note.sections.summary).toBe('403 on copy');
    expect(note.sections.nextMsftAction).toBe('call at 9\n\nand at 10');
    expect(note.checklist).toMatchObject({ icmId: '402133', customerReachable: 'Yes' });
    expect(recognised.inlineHeadings).toEqual(['summary', 'nextMsftAction']);
  });

  it('reads the checklist heading that way too', () => {
    const { note } = parseNote("Ticket's checklist: IcM ID?: 5\nPending on: PG");
    expect(note.checklist).toMatchObject({ icmId: '5', pendingOn: 'PG' });
  });

  it.each<[string, string]>([
    ['a sentence that starts with a heading’s words', 'Summary of the call: the customer agreed.'],
    ['a heading’s words after other words', 'The next MSFT action: call.'],
    ['a hyphen inside a word', 'Next MSFT Action-item list'],
    ['a dash with no space after it', 'Summary -x'],
    ['a case-detail line', 'Severity: B - urgent'],
    ['a heading word after a label', 'Product skill: Summary: none'],
    ['a backslash before it', '\\Summary: Copy fails'],
  ])('is not read from %s', (_, line) => {
    const { note, recognised } = parseNote(`Handoff Notes\n=====\n${line}`);
    expect(recognised.inlineHeadings).toEqual([]);
    expect(note.sections.handoffNotes).toBe(line.replace(/^\\/, ''));
  });

  it('in a Markdown note, only when marked up as a heading', () => {
    const { note, recognised } = parseNote(
      '## Summary\n\nNext MSFT Action: call\n\n**Partner Ticket:** 77\n- **Handoff Notes**\nh',
    );
    expect(note.sections).toMatchObject({ summary: 'Next MSFT Action: call', partnerTicket: '77', handoffNotes: 'h' });
    expect(recognised.inlineHeadings).toEqual(['partnerTicket']);
  });
});

describe('headings with a colon, a dash or a list marker', () => {
  it.each<[string, AnySectionId]>([
    ['Summary:', 'summary'],
    ['Summary :', 'summary'],
    ['Summary -', 'summary'],
    ['Summary —', 'summary'],
    ['- Summary', 'summary'],
    ['  - Summary', 'summary'],
    ['• Next MSFT Action:', 'nextMsftAction'],
    ['* Handoff Notes', 'handoffNotes'],
    ['+ Partner Ticket', 'partnerTicket'],
    ['1. Summary', 'summary'],
    ['2) Next MSFT Action', 'nextMsftAction'],
    ['**Summary**:', 'summary'],
    ['**Summary:**', 'summary'],
    ['- **Next MSFT Action**', 'nextMsftAction'],
    ['3. **Tried and ruled out:**', 'ruledOut'],
  ])('%j', (heading, id) => {
    const { note, recognised } = parseNote(`${heading}\n=====\nText`);
    expect(note.sections[id]).toBe('Text');
    expect(recognised).toMatchObject({ sections: [id], inlineHeadings: [], unmatchedLines: 0 });
  });

  it.each([['-Summary'], ['** Summary'], ['123. Summary'], ['- Summary of the call']])('not %j', (line) => {
    expect(parseNote(`Handoff Notes\n=====\n${line}`).note.sections.handoffNotes).toBe(line);
  });
});

describe('checklist lines, in every form the outputs have written', () => {
  it.each<[string, string, ChecklistId, string]>([
    ['the template’s own punctuation', 'Customer Reachable?:Yes', 'customerReachable', 'Yes'],
    [
      'the template’s own punctuation, with its space',
      'Customer accept English Support?: Yes',
      'acceptsEnglish',
      'Yes',
    ],
    ['free text, no space', 'IcM ID?:123', 'icmId', '123'],
    ['the critsit line in its brackets', '<Reason for Critsit:Production down>', 'critsitReason', 'Production down'],
    ['a bracket inside the critsit reason', '<Reason for Critsit:a > b>', 'critsitReason', 'a > b'],
    ['an unanswered item left empty', 'Customer Reachable?:', 'customerReachable', ''],
    ['an empty critsit line', '<Reason for Critsit:>', 'critsitReason', ''],
    ['an older note’s unanswered marker', 'Customer Reachable?: (not answered)', 'customerReachable', ''],
    ['an older note’s spacing', 'IcM ID?: 123', 'icmId', '123'],
    ['an older note’s critsit line', 'Reason for Critsit: Production down', 'critsitReason', 'Production down'],
    ['the template’s choices', 'Now the issue is pending on?: PG/CSS/Customer', 'pendingOn', ''],
    ['a choice in another case', 'Now the issue is pending on?: css', 'pendingOn', 'CSS'],
    ['Markdown, unanswered and empty', '- **IcM ID?:**', 'icmId', ''],
    ['Markdown, an older note’s unanswered marker', '- **IcM ID?:** _(not answered)_', 'icmId', ''],
    ['Markdown, answered', '- **Waiting for RCA?:** No', 'waitingForRca', 'No'],
    ['the rich note’s row with no answer, as pasted text', 'Customer Reachable?', 'customerReachable', ''],
  ])('%s: %j', (_, line, id, value) => {
    const markdown = line.startsWith('- **');
    const { note, recognised } = parseNote(
      markdown ? `## Ticket's checklist\n\n${line}` : `Ticket's checklist\n=====\n${line}`,
    );
    expect(note.checklist[id]).toBe(value);
    expect(recognised.checklist).toEqual([id]);
    expect(recognised.unmatchedLines).toBe(0);
  });

  it.each<[string, string, ChecklistId, string]>([
    ['with a checklist heading', "Summary\n=====\nx\n\nTicket's checklist\n=====\nIcM ID?:123", 'icmId', '123'],
    ['without one, after the last section', 'Summary\n=====\nx\nCustomer Reachable?:No', 'customerReachable', 'No'],
    ['without one, on their own', 'IcM ID?:123', 'icmId', '123'],
  ])('read as checklist lines, not headings, %s', (_, text, id, value) => {
    const { note, recognised } = parseNote(text);
    expect(note.checklist[id]).toBe(value);
    expect(recognised.inlineHeadings).toEqual([]);
  });

  it('a bare label is only read so in the checklist block', () => {
    const { note } = parseNote('Summary\n=====\nCustomer Reachable?');
    expect(note.sections.summary).toBe('Customer Reachable?');
  });
});
