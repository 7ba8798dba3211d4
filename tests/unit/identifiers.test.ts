import { describe, expect, it } from 'vitest';
import {
  checkDigits,
  cleanIdentifier,
  describeCharacter,
  IDENTIFIER_MAX,
  quoteForMessage,
  removedMessage,
} from '../../src/lib/identifiers';

/** True when a message holds a character that does not show as itself (controls, formats, marks). */
const hasRawControl = (text: string) => /[\p{Cc}\p{Cf}\p{M}\p{Zl}\p{Zp}]/u.test(text);

describe.each([
  ['1234', '1234', []],
  ['１２３４', '1234', []],
  ['2311\u200b0100', '23110100', [0x200b]],
  ['\ufeff2311', '2311', [0xfeff]],
  ['\u202e4321\u202c', '4321', [0x202e, 0x202c]],
  ['1\u200c2\u200d3\u200e4\u200f5', '12345', [0x200c, 0x200d, 0x200e, 0x200f]],
  ['\u202a1\u202b2\u202d3', '123', [0x202a, 0x202b, 0x202d]],
  ['1\u20602\u20613\u20624\u20635\u20646', '123456', [0x2060, 0x2061, 0x2062, 0x2063, 0x2064]],
  ['\u20661\u2069', '1', [0x2066, 0x2069]],
  ['1\u200b2\u200b3', '123', [0x200b]],
  ['２３１１－０１００', '2311-0100', []],
  ['2311\u30000100', '2311 0100', []],
])('cleanIdentifier(%j)', (raw, value, removed) => {
  it(`gives ${JSON.stringify(value)}`, () => {
    expect(cleanIdentifier(raw)).toEqual({ value, removed });
  });
});

describe.each([
  ['#', '"#"'],
  ['a', '"a"'],
  ['漢', '"漢"'],
  ['\u200b', 'U+200B zero-width space'],
  ['\u202e', 'U+202E right-to-left override'],
  ['\ufeff', 'U+FEFF zero-width no-break space'],
  ['\u0007', 'U+0007 (a control character)'],
  ['\t', 'U+0009 tab'],
  ['\u00ad', 'U+00AD soft hyphen'],
  ['\u0301', 'U+0301 (a combining mark)'],
  ['\ue000', 'U+E000 (an invisible character)'],
  ['\u2028', 'U+2028 (an invisible character)'],
  ['\u2003', 'U+2003 (a space)'],
  ['\u00a0', 'U+00A0 no-break space'],
])('describeCharacter(%j)', (char, description) => {
  it(`is ${description}`, () => {
    expect(describeCharacter(char)).toBe(description);
    expect(hasRawControl(description)).toBe(false);
  });
});

describe.each([
  [[], ''],
  [[0x200b], 'Removed U+200B zero-width space (an invisible character).'],
  [[0x202e, 0x200b], 'Removed U+202E right-to-left override and U+200B zero-width space (invisible characters).'],
  [
    [0x200e, 0x200f, 0xfeff],
    'Removed U+200E left-to-right mark, U+200F right-to-left mark and U+FEFF zero-width no-break space (invisible characters).',
  ],
])('removedMessage(%j)', (removed, message) => {
  it(`says ${JSON.stringify(message)}`, () => expect(removedMessage(removed)).toBe(message));
});

describe.each([
  ['', '', undefined],
  ['402133', '402133', undefined],
  [' 402133 ', '402133', undefined],
  ['４０２１３３', '402133', undefined],
  ['4021\u200b33', '402133', undefined],
  ['ICM-12ab', 'ICM-12ab', 'An ID has digits only; remove "I", "C", "M", "-", "a", "b".'],
  ['12 34', '12 34', 'An ID has digits only; remove U+0020 space.'],
  ['12\u000734', '12\u000734', 'An ID has digits only; remove U+0007 (a control character).'],
  [
    'abcdefghijk',
    'abcdefghijk',
    'An ID has digits only; remove "a", "b", "c", "d", "e", "f", "g", "h" and 3 other characters.',
  ],
  [
    '1'.repeat(IDENTIFIER_MAX + 1),
    '1'.repeat(IDENTIFIER_MAX + 1),
    `An ID has at most ${IDENTIFIER_MAX} digits; this one has ${IDENTIFIER_MAX + 1} characters.`,
  ],
])('checkDigits(%j, "An ID", trim)', (raw, value, error) => {
  it(error ? 'says what is wrong, without raw control characters' : 'is fine', () => {
    const check = checkDigits(raw, 'An ID', (s) => s.trim());
    expect(check.value).toBe(value);
    expect(check.error).toBe(error);
    expect(hasRawControl(check.error ?? '')).toBe(false);
  });
});

describe.each([
  ['abc', 40, '"abc"'],
  ['a\u202eb', 40, '"a\ufffdb"'],
  ['x'.repeat(50), 10, `"${'x'.repeat(10)}…"`],
  ['😀'.repeat(5), 3, '"😀😀😀…"'],
])('quoteForMessage(%j, %d)', (value, max, quoted) => {
  it(`is ${quoted}`, () => expect(quoteForMessage(value, max)).toBe(quoted));
});
