import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../src/lib/case-details';
import { emptyNote, type Note } from '../../src/lib/note/note';
import { escapeHtml, renderHtml, renderMarkdown, renderPlain } from '../../src/lib/note/render';
import { CHECKLIST, renderBareTemplate } from '../../src/lib/note/template';

const note = (edit: (n: Note) => void = () => {}): Note => {
  const n = emptyNote();
  edit(n);
  return n;
};

const CASE: CaseDetails = {
  caseNumber: '2311010040001234',
  supportPlan: 'Prem',
  severity: 'A',
  productSkill: 'Azure Data Factory',
  targetRegion: 'US',
  is24x7: true,
};

describe('renderPlain', () => {
  it('an empty note is the bare template line for line, each checklist answer left empty in its place', () => {
    const note = renderPlain(emptyNote()).split('\n');
    const template = renderBareTemplate().split('\n');
    expect(note).toHaveLength(template.length);
    // Each line is the template's, but for the choices (Yes/No, PG/CSS/Customer), which an empty note leaves out.
    const choices = CHECKLIST.flatMap((c) => (c.options ? [c.options.join('/')] : []));
    template.forEach((line, i) => {
      const emptied = choices.reduce((out, choice) => out.replace(choice, ''), line);
      expect(note[i], `line ${i + 1}: ${line}`).toBe(emptied);
    });
    expect(note.slice(-7, -1)).toEqual([
      'Customer Reachable?:',
      'Waiting for RCA?:',
      'Customer accept English Support?: ',
      'Now the issue is pending on?: ',
      'IcM ID?:',
      '<Reason for Critsit:>',
    ]);
  });

  it('keeps the headings in the template order, each underlined', () => {
    const lines = renderPlain(emptyNote()).split('\n');
    const headings = lines.filter((_, i) => lines[i + 1] === '=============');
    expect(headings).toEqual([
      'Summary (What’s the progress so far)',
      'Next MSFT Action',
      "Next Customer's Action",
      'Partner Ticket',
      'Handoff Notes',
      "Ticket's checklist",
    ]);
  });

  describe.each([
    ['customerReachable', 'Yes', 'Customer Reachable?:Yes'],
    ['waitingForRca', 'No', 'Waiting for RCA?:No'],
    ['acceptsEnglish', 'Yes', 'Customer accept English Support?: Yes'],
    ['pendingOn', 'Customer', 'Now the issue is pending on?: Customer'],
    ['icmId', '  402133 ', 'IcM ID?:402133'],
    ['icmId', '', 'IcM ID?:'],
    ['critsitReason', 'Production down', '<Reason for Critsit:Production down>'],
    ['critsitReason', '', '<Reason for Critsit:>'],
  ] as const)('checklist %s = %j', (id, value, line) => {
    it(`writes "${line}"`, () => {
      expect(renderPlain(note((n) => (n.checklist[id] = value))).split('\n')).toContain(line);
    });
  });

  it('writes section text under its heading, normalising line ends and edges', () => {
    const out = renderPlain(
      note((n) => (n.sections.nextMsftAction = '\r\n  Call the customer at 09:00  \r\nSend logs\n\n')),
    );
    expect(out).toContain('Next MSFT Action\n=============\n  Call the customer at 09:00\nSend logs\n\nNext Customer');
  });

  it('adds the optional sections after Handoff Notes only when switched on', () => {
    expect(renderPlain(note((n) => (n.sections.ruledOut = 'DNS')))).not.toContain('Tried and ruled out');
    const out = renderPlain(
      note((n) => {
        n.optional.ruledOut = true;
        n.optional.contingencies = true;
        n.sections.ruledOut = 'DNS';
      }),
    );
    const order = ['Handoff Notes', 'If this happens, then…', 'Tried and ruled out', "Ticket's checklist"].map((h) =>
      out.indexOf(`${h}\n=============`),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(out).toContain('Tried and ruled out\n=============\nDNS\n');
  });

  it('starts with the filled case details only', () => {
    const out = renderPlain(emptyNote(), { ...CASE, productSkill: '', is24x7: false });
    expect(
      out.startsWith(
        'Case number: 2311010040001234\nSupport plan: Prem\nSeverity: A\nTarget region: US\n7x24 case: No\n\nSummary',
      ),
    ).toBe(true);
    expect(renderPlain(emptyNote(), { ...EMPTY_CASE_DETAILS })).toBe(renderPlain(emptyNote()));
  });

  it('escapes a typed line that would read as a heading, so it cannot split the note', () => {
    expect(renderPlain(note((n) => (n.sections.summary = 'Next MSFT Action\n=============')))).toContain(
      'Summary (What’s the progress so far)\n=============\n\\Next MSFT Action\n=============\n\nNext MSFT Action',
    );
  });
});

describe('renderMarkdown', () => {
  it('uses ## headings, lists and hard line breaks', () => {
    const out = renderMarkdown(
      note((n) => {
        n.sections.summary = 'Line one\nLine two';
        n.checklist.pendingOn = 'PG';
      }),
      CASE,
    );
    expect(out.startsWith('- **Case number:** 2311010040001234\n')).toBe(true);
    expect(out).toContain('## Summary (What’s the progress so far)\n\nLine one  \nLine two\n');
    expect(out).toContain('- **Now the issue is pending on?:** PG');
    expect(out).toContain('- **IcM ID?:**\n');
    expect(out).not.toContain('not answered');
  });

  it.each([
    ['<script>alert(1)</script>', '\\<script\\>alert\\(1\\)\\</script\\>'],
    ['![x](http://tracker.example/x.png)', '\\!\\[x\\]\\(http://tracker.example/x.png\\)'],
    ['[a](javascript:alert(1))', '\\[a\\]\\(javascript:alert\\(1\\)\\)'],
    ['# not a heading', '\\# not a heading'],
    ['===', '\\==='],
    ['---', '\\---'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['12) not a list', '12\\) not a list'],
    ['> not a quote', '\\> not a quote'],
    ['*bold* _em_ `code` ~~strike~~', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~strike\\~\\~'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['C:\\Temp\\new', 'C:\\\\Temp\\\\new'],
    ['AT&T &amp; &#60;', 'AT&T \\&amp; \\&\\#60;'],
    ['    indented code?', '&nbsp;&nbsp;&nbsp;&nbsp;indented code?'],
    ['\t- tabbed', '&#9;\\- tabbed'],
    ['......', '\\......'],
    ['…', '&#8230;'],
    ['Summary', 'Summary'],
    ['2 - 1 = 1, 3 + 4', '2 - 1 = 1, 3 + 4'],
  ])('escapes %j so it stays literal', (typed, written) => {
    expect(renderMarkdown(note((n) => (n.sections.handoffNotes = typed)))).toContain(`\n\n${written}\n`);
  });

  it('escapes the values of the case details and the checklist', () => {
    const out = renderMarkdown(
      note((n) => (n.checklist.critsitReason = '![x](http://tracker.example/x.png)')),
      { ...CASE, productSkill: '[a](javascript:alert(1))' },
    );
    expect(out).toContain('- **Product skill:** \\[a\\]\\(javascript:alert\\(1\\)\\)\n');
    expect(out).toContain('- **Reason for Critsit:** \\!\\[x\\]\\(http://tracker.example/x.png\\)');
  });

  it('leaves the plain text exactly as typed (the team template has no Markdown)', () => {
    const typed = '![x](http://tracker.example/x.png) *a* _b_ <c> | `d`\n- e\n1. f';
    expect(renderPlain(note((n) => (n.sections.summary = typed)))).toContain(`=============\n${typed}\n`);
  });
});

describe('renderHtml', () => {
  const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '" onmouseover="x', "' & <b>"];

  it.each(payloads)('escapes %j everywhere it can appear', (payload) => {
    const out = renderHtml(
      note((n) => {
        n.sections.summary = payload;
        n.checklist.critsitReason = payload;
      }),
      { ...CASE, productSkill: payload },
    );
    expect(out).not.toContain(payload);
    expect(out.split(escapeHtml(payload)).length - 1).toBe(3);
    expect(out).not.toMatch(/<(script|img)/i);
  });

  it('uses inline styles only, breaks lines with <br> and keeps indentation', () => {
    const out = renderHtml(note((n) => (n.sections.summary = 'a\n  b')));
    expect(out).not.toMatch(/class=|<style/);
    expect(out).toContain('a<br>&nbsp;&nbsp;b');
    // An unanswered item is an empty cell, as the plain note leaves its line empty.
    expect(out).toMatch(/IcM ID\?<\/th><td style="[^"]*"><\/td>/);
    expect(out).not.toContain('not answered');
  });
});
