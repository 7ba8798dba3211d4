import { describe, expect, it } from 'vitest';
import { checkCaseNumber, EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import { CaseDetailsSchema } from '../../src/lib/note/draft';

describe.each([
  ['2311010040001234', '2311010040001234', undefined, []],
  ['2311 0100 4000 1234', '2311010040001234', undefined, []],
  ['2311-0100-4000-1234', '2311010040001234', undefined, []],
  ['\t2311\u00a00100–4000 1234\n', '2311010040001234', undefined, []],
  ['', '', undefined, []],
  ['２３１１－０１００\u3000４０００', '231101004000', undefined, []],
  ['2311\u200b0100', '23110100', undefined, [0x200b]],
  ['\u202e0010\u202c1132', '00101132', undefined, [0x202e, 0x202c]],
  ['#2311', '#2311', 'A case number has digits only; remove "#".', []],
  ['23a1b1a', '23a1b1a', 'A case number has digits only; remove "a", "b".', []],
  ['12\u00074', '12\u00074', 'A case number has digits only; remove U+0007 (a control character).', []],
  [
    '<img src=x>',
    '<imgsrc=x>',
    'A case number has digits only; remove "<", "i", "m", "g", "s", "r", "c", "=" and 2 other characters.',
    [],
  ],
  ['1'.repeat(41), '1'.repeat(41), 'A case number has at most 40 digits; this one has 41 characters.', []],
])('checkCaseNumber(%j)', (raw, value, error, removed) => {
  it(`gives ${JSON.stringify(value)}${error ? ' with a message' : ''}`, () => {
    expect(checkCaseNumber(raw)).toEqual(error ? { value, error, removed } : { value, removed });
  });
});

describe('CaseDetailsSchema', () => {
  it('fills missing fields and drops unknown ones', () => {
    expect(CaseDetailsSchema.parse({ caseNumber: '1', extra: true })).toEqual({
      ...EMPTY_CASE_DETAILS,
      caseNumber: '1',
    });
  });
  it('refuses a wrong type', () => {
    expect(CaseDetailsSchema.safeParse({ is24x7: 'yes' }).success).toBe(false);
  });
});
