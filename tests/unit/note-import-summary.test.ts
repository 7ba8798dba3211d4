import { describe, expect, it } from 'vitest';
import { describeImport } from '../../src/lib/note/import-summary';
import { parseNote, type ParsedNote } from '../../src/lib/note/parse';

type Recognised = ParsedNote['recognised'];
const NOTHING: Recognised = {
  sections: [],
  checklist: [],
  caseDetails: [],
  unmatchedLines: 0,
  inlineHeadings: [],
  escapedUnderlines: 0,
};

describe('describeImport', () => {
  it.each<[string, Partial<Recognised>, string]>([
    ['nothing recognised', {}, 'No section headings were recognised.'],
    [
      'one section, by its label',
      { sections: ['summary'] },
      'Recognised sections: Summary (What’s the progress so far).',
    ],
    [
      'sections in the order they were found, joined by semicolons',
      { sections: ['nextCustomerAction', 'nextMsftAction'] },
      "Recognised sections: Next Customer's Action; Next MSFT Action.",
    ],
    [
      'an optional section, by its label',
      { sections: ['ruledOut', 'contingencies'] },
      'Recognised sections: Tried and ruled out; If this happens, then….',
    ],
    ['checklist lines only', { checklist: ['pendingOn', 'icmId'] }, 'Recognised 2 checklist line(s).'],
    ['case details only', { caseDetails: ['caseNumber'] }, 'Recognised 1 case detail(s).'],
    [
      'all three, sections first',
      { sections: ['handoffNotes'], checklist: ['customerReachable'], caseDetails: ['severity', 'targetRegion'] },
      'Recognised sections: Handoff Notes, 1 checklist line(s), 2 case detail(s).',
    ],
    [
      'unmatched lines after what was recognised',
      { sections: ['partnerTicket'], unmatchedLines: 3 },
      'Recognised sections: Partner Ticket. 3 line(s) that matched no section were put in Handoff Notes.',
    ],
    [
      'headings read with their text on the same line, by their labels',
      { sections: ['summary', 'nextMsftAction'], inlineHeadings: ['nextMsftAction', 'checklist'] },
      "Recognised sections: Summary (What’s the progress so far); Next MSFT Action. Heading(s) with text on the same line: Next MSFT Action; Ticket's checklist.",
    ],
    [
      'the wiki source’s escaped underlines',
      { sections: ['handoffNotes'], escapedUnderlines: 2 },
      'Recognised sections: Handoff Notes. The wiki source’s \\============= lines were read as underlines.',
    ],
    [
      'all of it, unmatched lines last',
      { sections: ['partnerTicket'], inlineHeadings: ['partnerTicket'], escapedUnderlines: 1, unmatchedLines: 2 },
      'Recognised sections: Partner Ticket. Heading(s) with text on the same line: Partner Ticket. The wiki source’s \\============= lines were read as underlines. 2 line(s) that matched no section were put in Handoff Notes.',
    ],
    [
      'unmatched lines and nothing else',
      { unmatchedLines: 1 },
      'No section headings were recognised. 1 line(s) that matched no section were put in Handoff Notes.',
    ],
  ])('%s', (_, recognised, sentence) => {
    expect(describeImport({ recognised: { ...NOTHING, ...recognised } })).toBe(sentence);
  });

  it.each([
    ['an empty paste', '', 'No section headings were recognised.'],
    [
      'text with no heading',
      'Called the customer.\nWaiting on logs.',
      'No section headings were recognised. 2 line(s) that matched no section were put in Handoff Notes.',
    ],
    [
      'a heading and a checklist line',
      'Next MSFT Action\n=============\nCall at 9\n\nNow the issue is pending on?: PG',
      'Recognised sections: Next MSFT Action, 1 checklist line(s).',
    ],
    [
      'a note written as `Heading: text` lines',
      'Summary: 403 on copy\nNext MSFT Action – call at 9\nIcM ID?: 5',
      'Recognised sections: Summary (What’s the progress so far); Next MSFT Action, 1 checklist line(s). Heading(s) with text on the same line: Summary (What’s the progress so far); Next MSFT Action.',
    ],
    [
      'the wiki source’s template',
      'Next MSFT Action\n\\=============\n......\n\nHandoff Notes\n\\=============\n......',
      'Recognised sections: Next MSFT Action; Handoff Notes. The wiki source’s \\============= lines were read as underlines.',
    ],
  ])('describes what parseNote read from %s', (_, pasted, sentence) => {
    expect(describeImport(parseNote(pasted))).toBe(sentence);
  });
});
