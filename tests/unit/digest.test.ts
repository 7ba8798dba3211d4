import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../src/lib/case-details';
import {
  digestEntries,
  renderDigestHtml,
  renderDigestMarkdown,
  renderDigestPlain,
  type DigestEntry,
  type DigestInput,
  type DigestOptions,
} from '../../src/lib/digest';
import { emptyNote, type Note } from '../../src/lib/note/note';
import { RICH_STYLE } from '../../src/lib/note/render';

const OPTIONS: DigestOptions = {
  regions: [
    { id: 'APAC', name: 'APAC', sme: 'Mei Lin' },
    { id: 'IST', name: 'IST', sme: 'Arjun Rao' },
    { id: 'EMEA', name: 'EMEA', sme: 'Ryszard Gawron' },
    { id: 'US', name: 'US', sme: '' },
  ],
  severities: ['A', 'B', 'C'],
};

const input = (details: Partial<CaseDetails>, edit: (n: Note) => void = () => {}): DigestInput => {
  const note = emptyNote();
  edit(note);
  return { caseDetails: { ...EMPTY_CASE_DETAILS, ...details }, note };
};

const entry = (fields: Partial<DigestEntry> = {}): DigestEntry => ({
  caseNumber: '',
  severity: '',
  plan: '',
  regionId: '',
  regionName: '',
  sme: '',
  summary: '',
  nextMsftAction: '',
  pendingOn: '',
  ...fields,
});

describe('digestEntries order', () => {
  // Each case as `number/severity/region`; each input's summary is its index, so the result shows the order.
  it.each([
    ['regions in rotation order, not alphabetical', ['1/A/US', '2/A/EMEA', '3/A/APAC', '4/A/IST'], [2, 3, 1, 0]],
    ['region before severity', ['1/A/US', '2/C/APAC'], [1, 0]],
    ['no or unknown region last, alike', ['5/A/XX', '4/A/', '6/C/US'], [2, 1, 0]],
    [
      'severity most severe first, empty or unknown last',
      ['1/C/EMEA', '2//EMEA', '3/A/EMEA', '4/Z/EMEA', '5/B/EMEA'],
      [2, 4, 0, 1, 3],
    ],
    ['then case number, numerically, none last', ['10/A/IST', '9/A/IST', '/A/IST', '100/A/IST'], [1, 0, 3, 2]],
    ['stable for cases alike', ['7/B/IST', '7/B/IST', '7/B/IST'], [0, 1, 2]],
    ['values trimmed before ranking', [' 2 /A/ EMEA ', '1/ B/EMEA'], [0, 1]],
  ])('%s', (_, cases, order) => {
    const inputs = cases.map((c, i) => {
      const [caseNumber, severity, targetRegion] = c.split('/');
      return input({ caseNumber, severity, targetRegion }, (n) => (n.sections.summary = String(i)));
    });
    expect(digestEntries(inputs, OPTIONS).map((e) => Number(e.summary))).toEqual(order);
  });
});

describe('digestEntries fields', () => {
  it.each<[string, DigestInput, Partial<DigestEntry>]>([
    [
      'case details, trimmed',
      input({ caseNumber: ' 2311 ', severity: 'A ', supportPlan: ' Prem' }),
      { caseNumber: '2311', severity: 'A', plan: 'Prem' },
    ],
    [
      'a known region: its name and SME',
      input({ targetRegion: 'EMEA' }),
      { regionId: 'EMEA', regionName: 'EMEA', sme: 'Ryszard Gawron' },
    ],
    ['an unknown region: the id only', input({ targetRegion: 'XX' }), { regionId: 'XX', regionName: '', sme: '' }],
    ['nothing given: all empty', input({}), entry()],
    [
      'summary: first non-empty line, trimmed',
      input({}, (n) => (n.sections.summary = '\n  \n  Copy fails with 403  \nmore')),
      { summary: 'Copy fails with 403' },
    ],
    ['summary: CRLF lines', input({}, (n) => (n.sections.summary = '\r\n\r\nFirst\r\nSecond')), { summary: 'First' }],
    [
      'summary: U+2028 and NEL are line breaks',
      input({}, (n) => (n.sections.summary = '\u2028First\u0085Second\u2028Third')),
      { summary: 'First' },
    ],
    [
      'summary: white space collapsed',
      input({}, (n) => (n.sections.summary = 'a\t\t b\u00a0 c')),
      { summary: 'a b c' },
    ],
    [
      'next MSFT action: lines joined',
      input({}, (n) => (n.sections.nextMsftAction = 'Call at 09:00\r\n  then\tlogs\u2028\n\ntoday ')),
      { nextMsftAction: 'Call at 09:00 then logs today' },
    ],
    ['pending on: the answer', input({}, (n) => (n.checklist.pendingOn = ' Customer ')), { pendingOn: 'Customer' }],
  ])('%s', (_, given, expected) => {
    expect(digestEntries([given], OPTIONS)[0]).toMatchObject(expected);
  });
});

const TITLE = 'Shift handoff digest, 2 Dec 2026 18:00 UTC (2 cases)';

const TWO_CASES = [
  input({ caseNumber: '2311010040005678', severity: 'B', supportPlan: 'Pro', targetRegion: 'US' }, (n) => {
    n.sections.summary = 'Spark job slow after runtime upgrade.';
  }),
  input({ caseNumber: '2311010040001234', severity: 'A', supportPlan: 'Prem', targetRegion: 'EMEA' }, (n) => {
    n.sections.summary = 'Copy activity fails with 403 on the ADLS sink.\nSince Monday.';
    n.sections.nextMsftAction = 'Call the customer at 09:00 CET,\nthen check the firewall logs.';
    n.checklist.pendingOn = 'Customer';
  }),
];

describe('renderers, two cases', () => {
  const entries = digestEntries(TWO_CASES, OPTIONS);

  it('plain text', () => {
    expect(renderDigestPlain(entries, TITLE)).toBe(
      'Shift handoff digest, 2 Dec 2026 18:00 UTC (2 cases)\n\n' +
        'Case 2311010040001234 · Sev A · Prem → EMEA (SME Ryszard Gawron)\n' +
        'Summary: Copy activity fails with 403 on the ADLS sink.\n' +
        'Next MSFT action: Call the customer at 09:00 CET, then check the firewall logs.\n' +
        'Pending on: Customer\n\n' +
        'Case 2311010040005678 · Sev B · Pro → US\n' +
        'Summary: Spark job slow after runtime upgrade.\n' +
        'Next MSFT action: not written\n' +
        'Pending on: not answered\n',
    );
  });

  it('Markdown', () => {
    expect(renderDigestMarkdown(entries, TITLE)).toBe(
      '**Shift handoff digest, 2 Dec 2026 18:00 UTC \\(2 cases\\)**\n\n' +
        '- **Case 2311010040001234** · Sev A · Prem → EMEA (SME Ryszard Gawron)\n' +
        '  - Summary: Copy activity fails with 403 on the ADLS sink.\n' +
        '  - Next MSFT action: Call the customer at 09:00 CET, then check the firewall logs.\n' +
        '  - Pending on: Customer\n' +
        '- **Case 2311010040005678** · Sev B · Pro → US\n' +
        '  - Summary: Spark job slow after runtime upgrade.\n' +
        '  - Next MSFT action: not written\n' +
        '  - Pending on: not answered\n',
    );
  });

  it('HTML', () => {
    const ul = '<ul style="margin:0 0 8px;padding:0 0 0 20px">';
    const li = '<li style="margin:0">';
    expect(renderDigestHtml(entries, TITLE)).toBe(
      `<div style="${RICH_STYLE.root}">` +
        `<p style="margin:0 0 8px"><strong>Shift handoff digest, 2 Dec 2026 18:00 UTC (2 cases)</strong></p>` +
        '<p style="margin:8px 0 2px"><strong>Case 2311010040001234</strong> · Sev A · Prem → EMEA (SME Ryszard Gawron)</p>' +
        `${ul}${li}Summary: Copy activity fails with 403 on the ADLS sink.</li>` +
        `${li}Next MSFT action: Call the customer at 09:00 CET, then check the firewall logs.</li>` +
        `${li}Pending on: Customer</li></ul>` +
        '<p style="margin:8px 0 2px"><strong>Case 2311010040005678</strong> · Sev B · Pro → US</p>' +
        `${ul}${li}Summary: Spark job slow after runtime upgrade.</li>` +
        `${li}Next MSFT action: not written</li>${li}Pending on: not answered</li></ul></div>`,
    );
  });

  it('says what is missing, and shows an unknown region as given', () => {
    expect(renderDigestPlain([entry(), entry({ regionId: 'XX', caseNumber: '1' })], 'T')).toBe(
      'T\n\n' +
        'Case no number yet · Sev not set · plan not set → no target region\n' +
        'Summary: not written\nNext MSFT action: not written\nPending on: not answered\n\n' +
        'Case 1 · Sev not set · plan not set → XX\n' +
        'Summary: not written\nNext MSFT action: not written\nPending on: not answered\n',
    );
  });
});

describe('renderers, no cases', () => {
  it.each([
    [renderDigestPlain, 'Digest <1>\n\nNo cases to hand off.\n'],
    [renderDigestMarkdown, '**Digest \\<1\\>**\n\nNo cases to hand off.\n'],
    [
      renderDigestHtml,
      `<div style="${RICH_STYLE.root}"><p style="margin:0 0 8px"><strong>Digest &#60;1&#62;</strong></p>` +
        '<p style="margin:0 0 8px">No cases to hand off.</p></div>',
    ],
  ])('%o', (render, expected) => {
    expect(render([], 'Digest <1>')).toBe(expected);
  });
});

/** Every value of a case, and the title, set to the same hostile text. */
const hostile = (value: string): [DigestEntry[], string] => [
  [
    entry({
      caseNumber: value,
      severity: value,
      plan: value,
      regionId: value,
      regionName: value,
      sme: value,
      summary: value,
      nextMsftAction: value,
      pendingOn: value,
    }),
  ],
  value,
];

/** Our own tags, with their style attributes: anything else left would be markup from a value. */
const OWN_TAGS = /<\/?(?:div|p|strong|ul|li)(?: style="[^"]*")?>/g;

describe('hostile values stay text', () => {
  it.each([
    // [value, as plain text, as Markdown, as HTML]
    [
      '<img src=x onerror=alert(1)>',
      '<img src=x onerror=alert(1)>',
      '\\<img src=x onerror=alert\\(1\\)\\>',
      '&#60;img src=x onerror=alert(1)&#62;',
    ],
    [
      '<script>alert("x")</script>',
      '<script>alert("x")</script>',
      '\\<script\\>alert\\("x"\\)\\</script\\>',
      '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;',
    ],
    ['**bold** _it_', '**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_', '**bold** _it_'],
    ['[link](http://x)', '[link](http://x)', '\\[link\\]\\(http://x\\)', '[link](http://x)'],
    ['# heading', '# heading', '\\# heading', '# heading'],
    ['`code` ```', '`code` ```', '\\`code\\` \\`\\`\\`', '`code` ```'],
    ['- item', '- item', '\\- item', '- item'],
    ['1. item', '1. item', '1\\. item', '1. item'],
    ['a | b', 'a | b', 'a \\| b', 'a | b'],
    ['"q" & \'s\' &lt;', '"q" & \'s\' &lt;', '"q" & \'s\' \\&lt;', '&#34;q&#34; &#38; &#39;s&#39; &#38;lt;'],
    [
      'one\r\ntwo\rthree\u2028four\u0085five\nsix',
      'one two three four five six',
      'one two three four five six',
      'one two three four five six',
    ],
  ])('%j', (value, plain, markdown, html) => {
    const [entries, title] = hostile(value);
    expect(renderDigestPlain(entries, title)).toBe(
      `${plain}\n\nCase ${plain} · Sev ${plain} · ${plain} → ${plain} (SME ${plain})\n` +
        `Summary: ${plain}\nNext MSFT action: ${plain}\nPending on: ${plain}\n`,
    );
    expect(renderDigestMarkdown(entries, title)).toBe(
      `**${markdown}**\n\n- **Case ${markdown}** · Sev ${markdown} · ${markdown} → ${markdown} (SME ${markdown})\n` +
        `  - Summary: ${markdown}\n  - Next MSFT action: ${markdown}\n  - Pending on: ${markdown}\n`,
    );
    const out = renderDigestHtml(entries, title);
    expect(out).toContain(`<strong>${html}</strong></p><p style="margin:8px 0 2px"><strong>Case ${html}</strong>`);
    expect(out).toContain(`<li style="margin:0">Pending on: ${html}</li></ul></div>`);
    expect(out.replace(OWN_TAGS, '')).not.toMatch(/[<>"']/);
  });

  it('line breaks in case details and notes are gone before rendering', () => {
    const [e] = digestEntries(
      [input({ caseNumber: '1\r\n2', targetRegion: 'EMEA\u2028' }, (n) => (n.checklist.pendingOn = 'PG\nCSS'))],
      OPTIONS,
    );
    expect(renderDigestPlain([e!], 'T').split('\n')).toEqual([
      'T',
      '',
      'Case 1 2 · Sev not set · plan not set → EMEA (SME Ryszard Gawron)',
      'Summary: not written',
      'Next MSFT action: not written',
      'Pending on: PG CSS',
      '',
    ]);
  });
});
