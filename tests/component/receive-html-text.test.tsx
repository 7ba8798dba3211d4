import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/components/receive/html-text';
import { emptyNote } from '../../src/lib/note/note';
import { renderHtml } from '../../src/lib/note/render';
import { readNote } from '../../src/lib/receive/read-note';

describe('the text of pasted HTML', () => {
  it.each<[string, string, string]>([
    ['paragraphs and breaks', '<p>Summary</p><p>a<br>b</p>', 'Summary\na\nb'],
    ['source line wraps collapse', '<p>one\n   two</p>', 'one two'],
    ['no-break spaces are kept', '<p>&nbsp;&nbsp;indented</p>', '  indented'],
    ['nested blocks give one break', '<div><div><p>a</p></div></div><div>b</div>', 'a\nb'],
    ['a two-cell row is a label and its value', '<table><tr><th>IcM ID?</th><td>123</td></tr></table>', 'IcM ID?: 123'],
    ['a label that has its colon', '<table><tr><td>IcM ID?:</td><td>123</td></tr></table>', 'IcM ID?: 123'],
    ['lists', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['preformatted text keeps its spaces', '<pre>a   b\n  c</pre>', 'a   b\n  c'],
    ['scripts, styles and images give no text', '<style>p{}</style><script>x()</script><img alt="logo">ok', 'ok'],
    ['entities decoded, tags in text stay text', '<p>&lt;b&gt; &amp; more</p>', '<b> & more'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads the generator’s own rich note back into the same fields', () => {
    const note = emptyNote();
    note.sections.summary = 'Copy fails with 403.\n  Checked: the firewall.';
    note.sections.nextMsftAction = 'Call at 09:00 <their time> & confirm';
    note.checklist.pendingOn = 'PG';
    note.checklist.icmId = '402133';
    const details = {
      caseNumber: '123',
      severity: 'B',
      supportPlan: 'Pro',
      productSkill: 'Azure Data Factory',
      targetRegion: 'US',
      is24x7: true,
    };
    const read = readNote(htmlToText(renderHtml(note, details)));
    if (read.status !== 'read') throw new Error('not read');
    expect(read.parsed.note.sections).toEqual(note.sections);
    expect(read.parsed.note.checklist).toEqual(note.checklist);
    expect(read.parsed.caseDetails).toEqual(details);
  });
});
