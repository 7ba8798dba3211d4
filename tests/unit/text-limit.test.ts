import { describe, expect, it } from 'vitest';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import { fieldsOverLimit, maxLengthOf } from '../../src/lib/note/limits';
import { emptyNote } from '../../src/lib/note/note';
import { checkLength, formatCount, LINE_MAX, SECTION_MAX } from '../../src/lib/text-limit';

describe.each([
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [1_048_576, '1,048,576'],
])('formatCount(%d)', (n, text) => {
  it(`is ${text}`, () => expect(formatCount(n)).toBe(text));
});

describe.each([
  [0, 100_000, false, ''],
  [89_999, 100_000, false, ''],
  [90_000, 100_000, false, '90,000 of 100,000 characters.'],
  [100_000, 100_000, false, '100,000 of 100,000 characters.'],
  [100_001, 100_000, true, '100,001 characters: 1 over the maximum of 100,000. Shorten it; nothing you typed is cut.'],
  [
    1_048_576,
    100_000,
    true,
    '1,048,576 characters: 948,576 over the maximum of 100,000. Shorten it; nothing you typed is cut.',
  ],
])('checkLength(%d, %d)', (length, max, over, message) => {
  it(over ? 'is over, with a message' : message ? 'shows the count' : 'says nothing', () => {
    expect(checkLength(length, max)).toEqual({ over, message });
  });
});

describe('fieldsOverLimit', () => {
  it('is empty for a note at its maximums', () => {
    const note = emptyNote();
    note.sections.summary = 'x'.repeat(SECTION_MAX);
    note.checklist.critsitReason = 'x'.repeat(LINE_MAX);
    expect(fieldsOverLimit(note, { ...EMPTY_CASE_DETAILS, productSkill: 'x'.repeat(LINE_MAX) })).toEqual([]);
  });

  it('lists each field past its maximum, in form order, with its label', () => {
    const note = emptyNote();
    note.sections.summary = 'x'.repeat(SECTION_MAX + 1);
    note.sections.ruledOut = 'x'.repeat(SECTION_MAX + 2);
    note.checklist.icmId = '1'.repeat(LINE_MAX + 3);
    expect(fieldsOverLimit(note, { ...EMPTY_CASE_DETAILS, productSkill: 'x'.repeat(LINE_MAX + 4) })).toEqual([
      { field: 'productSkill', label: 'Product skill', length: LINE_MAX + 4, max: LINE_MAX },
      { field: 'summary', label: 'Summary (What’s the progress so far)', length: SECTION_MAX + 1, max: SECTION_MAX },
      { field: 'ruledOut', label: 'Tried and ruled out', length: SECTION_MAX + 2, max: SECTION_MAX },
      { field: 'icmId', label: 'IcM ID', length: LINE_MAX + 3, max: LINE_MAX },
    ]);
  });

  it.each([
    ['summary', SECTION_MAX],
    ['contingencies', SECTION_MAX],
    ['icmId', LINE_MAX],
    ['caseNumber', LINE_MAX],
  ] as const)('the maximum of %s is %d', (field, max) => expect(maxLengthOf(field)).toBe(max));
});
