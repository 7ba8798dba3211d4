import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseDetails } from '../../src/lib/case-details';
import { ALL_SECTION_IDS, normaliseLine, normaliseText, type Note } from '../../src/lib/note/note';
import { parseNote } from '../../src/lib/note/parse';
import { caseItems, renderMarkdown, renderPlain } from '../../src/lib/note/render';
import { CHECKLIST } from '../../src/lib/note/template';

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
