import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import ImportNote from '../../src/components/note/ImportNote';
import { htmlToText } from '../../src/components/receive/html-text';
import { ALL_SECTION_IDS, isSectionShown, normaliseText, type Note } from '../../src/lib/note/note';
import { parseNote, type ParsedNote } from '../../src/lib/note/parse';
import { renderHtml } from '../../src/lib/note/render';
import { CHECKLIST } from '../../src/lib/note/template';

const OUTLOOK_HTML = `<html><head><style>p{color:red}</style></head><body>
<p class="MsoNormal" style="margin:0"><b>Summary:</b> Copy fails
with 403.</p>
<p class="MsoNormal"><b>Next MSFT Action</b></p>
<p class="MsoNormal">Rerun the pipeline at 09:00</p>
<table><tr><td>Now the issue is pending on?</td><td>PG</td></tr><tr><td>IcM ID?:</td><td>402133</td></tr></table>
<img src="https://images.example.com/logo.png" alt="logo" onerror="window.__ran = true">
<script>window.__ran = true</script></body></html>`;

const WIKI_SOURCE = [
  'Summary (What’s the progress so far)',
  '\\=============',
  '......',
  '',
  'Next MSFT Action',
  '\\=============',
  '......',
  '',
  "Ticket's checklist",
  '\\=============',
  '',
  'Customer Reachable?:Yes/No',
  'IcM ID?:',
  '<Reason for Critsit:>',
].join('\n');

function setup() {
  const user = userEvent.setup();
  const onImport = vi.fn<(parsed: ParsedNote) => void>();
  render(() => <ImportNote id="import" onImport={onImport} />);
  const box = screen.getByLabelText('Paste a note') as HTMLTextAreaElement;
  const fill = () => user.click(screen.getByRole('button', { name: 'Fill the fields from this note' }));
  return { user, box, fill, onImport, imported: () => onImport.mock.calls.at(-1)![0] };
}

const pasteHtml = (box: HTMLElement, html: string) =>
  fireEvent.paste(box, {
    clipboardData: { getData: (type: string) => (type === 'text/html' ? html : 'the plain text, ignored') },
  });

describe('the import panel', () => {
  it('reads HTML pasted from Outlook as text: blocks and table rows become lines, nothing runs or loads', async () => {
    const { box, fill, imported } = setup();
    pasteHtml(box, OUTLOOK_HTML);
    expect(box.value).toBe(
      'Summary: Copy fails with 403.\nNext MSFT Action\nRerun the pipeline at 09:00\nNow the issue is pending on?: PG\nIcM ID?: 402133',
    );
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(document.querySelector('img')).toBeNull();
    await fill();
    const { note } = imported();
    expect(note.sections.summary).toBe('Copy fails with 403.');
    expect(note.sections.nextMsftAction).toBe('Rerun the pipeline at 09:00');
    expect(note.checklist).toMatchObject({ pendingOn: 'PG', icmId: '402133' });
    expect(screen.getByRole('status').textContent).toBe(
      'Recognised sections: Summary (What’s the progress so far); Next MSFT Action, 2 checklist line(s). Heading(s) with text on the same line: Summary (What’s the progress so far).',
    );
  });

  it('puts pasted HTML where the caret is, keeping what was typed around it', async () => {
    const { user, box } = setup();
    await user.type(box, 'Hi team,');
    pasteHtml(box, '<p>Handoff Notes</p><p>Watch it.</p>');
    expect(box.value).toBe('Hi team,Handoff Notes\nWatch it.');
  });

  it('holds an HTML paste too long for the box beside it, as any other paste', async () => {
    const { box } = setup();
    pasteHtml(box, `<p>${'x'.repeat(150_000)}</p>`);
    const held = await screen.findByRole('group', { name: 'Paste kept beside Paste a note' }, { timeout: 5000 });
    expect(held.textContent).toContain('This paste has 150,000 characters');
    expect(within(held).getByRole('button', { name: 'Insert the first 100,000 characters' })).toBeTruthy();
    expect(box.value).toBe('');
  });

  it('takes a plain-text paste as the browser gives it', async () => {
    const { user, box } = setup();
    await user.click(box);
    await user.paste('Summary: stuck\nNext MSFT Action - call at 9');
    expect(box.value).toBe('Summary: stuck\nNext MSFT Action - call at 9');
  });

  it('reads the wiki source’s template as an empty note, and says it read its underlines', async () => {
    const { user, box, fill, imported } = setup();
    await user.click(box);
    await user.paste(WIKI_SOURCE);
    await fill();
    const { note, recognised } = imported();
    expect(Object.values(note.sections).every((t) => t === '')).toBe(true);
    expect(Object.values(note.checklist).every((t) => t === '')).toBe(true);
    expect(recognised.unmatchedLines).toBe(0);
    expect(screen.getByRole('status').textContent).toBe(
      'Recognised sections: Summary (What’s the progress so far); Next MSFT Action, 3 checklist line(s). The wiki source’s \\============= lines were read as underlines.',
    );
  });
});

// Words that are no heading, placeholder or underline: rich text does not escape typed text as plain text does.
const word = fc.constantFrom(
  'Copy',
  'fails',
  '403',
  'at',
  '09:00',
  '<b>',
  '<script>alert(1)</script>',
  '&amp;',
  '"x"',
  'é漢😀',
  'IcM ID?: 12',
);
const richLine = fc
  .tuple(fc.constantFrom('', '  '), fc.array(word, { minLength: 1, maxLength: 4 }))
  .map(([indent, words]) => indent + words.join(' '));
const richText = fc.array(fc.oneof(richLine, fc.constant('')), { maxLength: 4 }).map((lines) => lines.join('\n'));
const richNote: fc.Arbitrary<Note> = fc.record({
  sections: fc.record(
    Object.fromEntries(ALL_SECTION_IDS.map((id) => [id, richText])) as Record<keyof Note['sections'], typeof richText>,
  ),
  checklist: fc.record(
    Object.fromEntries(
      CHECKLIST.map((c) => [
        c.id,
        c.options
          ? fc.constantFrom('', ...c.options)
          : fc.oneof(
              fc.constant(''),
              richLine.map((l) => l.trim()),
            ),
      ]),
    ) as Record<keyof Note['checklist'], fc.Arbitrary<string>>,
  ),
  optional: fc.record({ contingencies: fc.boolean(), ruledOut: fc.boolean() }),
});

describe('the rich note, copied and pasted back as HTML', () => {
  it('gives back the same fields, unanswered items included', () => {
    fc.assert(
      fc.property(richNote, (note) => {
        const parsed = parseNote(htmlToText(renderHtml(note)));
        const sections = Object.fromEntries(
          ALL_SECTION_IDS.map((id) => [id, isSectionShown(note, id) ? normaliseText(note.sections[id]) : '']),
        );
        expect(parsed.note).toEqual({ sections, checklist: note.checklist, optional: note.optional });
        expect(parsed.recognised.unmatchedLines).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
