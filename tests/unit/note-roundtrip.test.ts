import fc from 'fast-check';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import type { CaseDetails } from '../../src/lib/case-details';
import { ALL_SECTION_IDS, normaliseLine, normaliseText, type Note } from '../../src/lib/note/note';
import { parseNote } from '../../src/lib/note/parse';
import { caseItems, renderMarkdown, renderPlain } from '../../src/lib/note/render';
import { escapeLine, headingOf, unescapeLine } from '../../src/lib/note/syntax';
import { CHECKLIST, HEADING_RULE } from '../../src/lib/note/template';

// Text built from pieces that collide with the note's own structure, so the
// property meets headings, underlines, placeholders and escapes often.
const TRICKY = [
  'Summary',
  'Next MSFT Action',
  "## Ticket's checklist",
  '=============',
  '---',
  '......',
  '\\',
  '\\Summary',
  '#',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'IcM ID?: 12',
  'Case number: 1',
  '\r\n',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '**',
  '_',
  'é漢😀',
  // Markdown a renderer would act on: images, links, HTML, emphasis, code, lists, quotes, tables, entities.
  '![x](http://tracker.example/x.png)',
  '[a](javascript:alert(1))',
  '<http://tracker.example>',
  '`code`',
  '```',
  '~~~',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '| a | b |',
  '&amp;',
  '&#60;',
  '&nbsp;',
  '    ',
  '***',
  '…',
  '[x]: http://tracker.example',
  // The forms the import reads: headings with their text or a list marker, the wiki's escaped underline, checklist lines.
  'Summary: ',
  'Next MSFT Action - ',
  'Partner Ticket – ',
  'Handoff Notes—',
  '**Summary:** ',
  '• ',
  '* ',
  '1. Summary',
  ' - ',
  ':',
  '\\=============',
  '\\-------------',
  'Customer Reachable?:',
  '<Reason for Critsit:',
  '>',
];
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...TRICKY)), { maxLength: 12 })
  .map((parts) => parts.join(''));
const line = fc
  .array(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...TRICKY)), { maxLength: 5 })
  .map((parts) => normaliseLine(parts.join('')));

const noteArb: fc.Arbitrary<Note> = fc.record({
  sections: fc.record(
    Object.fromEntries(ALL_SECTION_IDS.map((id) => [id, text])) as Record<keyof Note['sections'], typeof text>,
  ),
  checklist: fc.record(
    Object.fromEntries(CHECKLIST.map((c) => [c.id, c.options ? fc.constantFrom('', ...c.options) : line])) as Record<
      keyof Note['checklist'],
      typeof line
    >,
  ),
  optional: fc.record({ contingencies: fc.boolean(), ruledOut: fc.boolean() }),
});
const caseArb: fc.Arbitrary<CaseDetails> = fc.record({
  caseNumber: line,
  severity: fc.constantFrom('', 'A', 'B', 'C'),
  supportPlan: fc.constantFrom('', 'Prem', 'Pro'),
  productSkill: line,
  targetRegion: fc.constantFrom('', 'APAC', 'IST', 'EMEA', 'US'),
  is24x7: fc.constantFrom(null, true, false),
});

/** What a field is expected to come back as: normalised text; an answer spelled like the unanswered marker means unanswered. */
function expected(note: Note) {
  const sections = Object.fromEntries(
    ALL_SECTION_IDS.map((id) => {
      const shown = id in note.optional ? note.optional[id as 'ruledOut'] : true;
      const t = normaliseText(note.sections[id]);
      return [id, shown ? t : ''];
    }),
  );
  const checklist = Object.fromEntries(
    CHECKLIST.map((c) => {
      const v = normaliseLine(note.checklist[c.id]);
      return [c.id, ['(not answered)', 'yes/no', 'pg/css/customer', 'not answered'].includes(v.toLowerCase()) ? '' : v];
    }),
  );
  return { sections, checklist, optional: note.optional };
}

function expectedCase(details: CaseDetails) {
  return Object.fromEntries(
    caseItems(details).map((i) => {
      const id = {
        'Case number': 'caseNumber',
        'Support plan': 'supportPlan',
        Severity: 'severity',
        'Product skill': 'productSkill',
        'Target region': 'targetRegion',
        '7x24 case': 'is24x7',
      }[i.label]!;
      return [id, id === 'is24x7' ? i.value === 'Yes' : i.value];
    }),
  );
}

describe.each([
  ['plain text', renderPlain],
  ['Markdown', renderMarkdown],
])('%s: render then parse gives back the same fields', (_name, render) => {
  it('for any note', () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        const parsed = parseNote(render(note));
        expect(parsed.note).toEqual(expected(note));
        expect(parsed.recognised.unmatchedLines).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('for any note with case details', () => {
    fc.assert(
      fc.property(noteArb, caseArb, (note, details) => {
        const parsed = parseNote(render(note, details));
        expect(parsed.note).toEqual(expected(note));
        expect(parsed.caseDetails).toEqual(expectedCase(details));
      }),
      { numRuns: 300 },
    );
  });

  it('also after the text passes through Windows line endings', () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        expect(parseNote(render(note).replace(/\n/g, '\r\n')).note).toEqual(expected(note));
      }),
      { numRuns: 100 },
    );
  });
});

describe('plain text escapes typed text that the import would read as structure, and only that', () => {
  it.each<[string, string]>([
    ['Summary', '\\Summary'],
    ['Summary: Copy fails', '\\Summary: Copy fails'],
    ['Next MSFT Action - call at 9', '\\Next MSFT Action - call at 9'],
    ['Next MSFT Action—call', '\\Next MSFT Action—call'],
    ['**Partner Ticket:** 77', '\\**Partner Ticket:** 77'],
    ['- Handoff Notes', '\\- Handoff Notes'],
    ['• Summary: x', '\\• Summary: x'],
    ['1. Summary', '\\1. Summary'],
    ['Summary -', '\\Summary -'],
    ['\\Summary: x', '\\\\Summary: x'],
    ['......', '\\......'],
    ['Summary of the call: fine', 'Summary of the call: fine'],
    ['Next MSFT Action-item', 'Next MSFT Action-item'],
    ['IcM ID?: 12', 'IcM ID?: 12'],
    ['Case number: 1', 'Case number: 1'],
    ['\\=============', '\\============='],
    ['Summary: #', '\\Summary: #'],
  ])('%j', (typed, written) => {
    expect(escapeLine(typed, 'plain')).toBe(written);
    expect(unescapeLine(written, 'plain')).toBe(typed);
  });
});

/** How a person might write one heading of a plain-text note: each way the import reads. */
interface HeadingForm {
  marker: '' | '- ' | '• ' | '* ' | '1. ' | '2) ';
  bold: 'none' | 'around' | 'colonInside';
  /** What ends a heading on its own line. */
  end: '' | ':' | ' :' | ' -' | ' —';
  underline: 'rule' | 'escaped' | 'none';
  /** When set, the heading takes its section's first line after this separator. */
  inline: null | ': ' | ':' | ' - ' | ' – ' | ' — ' | '—';
}
const formArb: fc.Arbitrary<HeadingForm> = fc.record({
  marker: fc.constantFrom('', '- ', '• ', '* ', '1. ', '2) '),
  bold: fc.constantFrom('none', 'around', 'colonInside'),
  end: fc.constantFrom('', ':', ' :', ' -', ' —'),
  underline: fc.constantFrom('rule', 'escaped', 'none'),
  inline: fc.constantFrom(null, null, ': ', ':', ' - ', ' – ', ' — ', '—'),
});

/**
 * Rewrites the headings of a plain-text note (a known heading over the rule) in the given forms.
 * A heading takes its text on its line only where that keeps the line's text: the first line is
 * text, starting with no space. A heading loses its underline only where the next line could not be
 * taken for one.
 */
function rewriteHeadings(plain: string, forms: readonly HeadingForm[]): { text: string; escaped: number } {
  const lines = plain.split('\n');
  const out: string[] = [];
  let escaped = 0;
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!(headingOf(line) && lines[i + 1] === HEADING_RULE)) {
      out.push(line);
      continue;
    }
    const form = forms[k++ % forms.length]!;
    const first = lines[i + 2] ?? '';
    const head = (sep: string) =>
      form.marker +
      (form.bold === 'around' ? `**${line}**${sep}` : form.bold === 'colonInside' ? `**${line}:**` : line + sep);
    if (form.inline && /^\S/.test(first)) {
      out.push(`${head(form.inline)}${form.bold === 'colonInside' ? ' ' : ''}${first}`);
      i += 2;
      continue;
    }
    out.push(head(form.end));
    const underline = form.underline === 'none' && /^\s*\\?(=+|-{3,})\s*$/.test(first) ? 'rule' : form.underline;
    if (underline === 'escaped') escaped++;
    if (underline !== 'none') out.push(underline === 'escaped' ? `\\${HEADING_RULE}` : HEADING_RULE);
    i++;
  }
  return { text: out.join('\n'), escaped };
}

describe('plain text, its headings rewritten the ways people write them, parses to the same fields', () => {
  it('for any note, any heading forms', () => {
    fc.assert(
      fc.property(noteArb, fc.array(formArb, { minLength: 1, maxLength: 8 }), (note, forms) => {
        const { text, escaped } = rewriteHeadings(renderPlain(note), forms);
        const parsed = parseNote(text);
        expect(parsed.note).toEqual(expected(note));
        expect(parsed.recognised.unmatchedLines).toBe(0);
        expect(parsed.recognised.escapedUnderlines).toBe(escaped);
      }),
      { numRuns: 400 },
    );
  });

  it('with case details, and through Windows line endings', () => {
    fc.assert(
      fc.property(noteArb, caseArb, fc.array(formArb, { minLength: 1, maxLength: 8 }), (note, details, forms) => {
        const parsed = parseNote(rewriteHeadings(renderPlain(note, details), forms).text.replace(/\n/g, '\r\n'));
        expect(parsed.note).toEqual(expected(note));
        expect(parsed.caseDetails).toEqual(expectedCase(details));
      }),
      { numRuns: 200 },
    );
  });

  it('as the wiki source writes it: every underline escaped', () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        const plain = renderPlain(note);
        const wiki = plain.replace(/^(.+)\n=============$/gm, (all, heading: string) =>
          headingOf(heading) ? `${heading}\n\\=============` : all,
        );
        const parsed = parseNote(wiki);
        expect(parsed.note).toEqual(expected(note));
        expect(parsed.recognised.unmatchedLines).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

/** The text a browser shows for an HTML fragment: tags dropped, entities read, white space collapsed. */
function shown(html: string): string {
  return html
    .replace(/<br \/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Markdown output, rendered by a CommonMark renderer (micromark)', () => {
  it('shows every typed value as typed, with no markup of its own', () => {
    fc.assert(
      fc.property(noteArb, caseArb, (note, details) => {
        // NUL is replaced by every Markdown renderer; it is not what this property is about.
        const clean = (t: string) => t.replace(/\0/g, '');
        const html = micromark(renderMarkdown(note, details));
        // Only the note's own structure: headings, paragraphs, the lists and their bold labels, hard breaks.
        const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
        for (const tag of tags) expect(['h2', 'p', 'ul', 'li', 'strong', 'em', 'br']).toContain(tag);
        for (const m of html.matchAll(/<em>(.*?)<\/em>/g)) expect(m[1]).toBe('(not answered)');
        // Each section shows its text.
        const parts = html.split(/<h2>.*?<\/h2>/).slice(1);
        const shownSections = ALL_SECTION_IDS.filter((id) =>
          id in note.optional ? note.optional[id as 'ruledOut'] : true,
        );
        shownSections.forEach((id, i) => {
          const typed = collapse(clean(normaliseText(note.sections[id])));
          expect(shown(parts[i]!)).toBe(typed || '......');
        });
        // The checklist and case details show their values.
        for (const c of CHECKLIST) {
          const value = collapse(clean(normaliseLine(note.checklist[c.id])));
          if (value) expect(shown(html)).toContain(`${c.label}: ${value}`);
        }
        for (const item of caseItems(details))
          expect(shown(html)).toContain(`${item.label}: ${collapse(clean(item.value))}`);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
