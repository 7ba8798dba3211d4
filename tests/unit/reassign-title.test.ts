import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeRegExp, prefixRegExp, prefixTitle, stripTitlePrefix, titlePrefix } from '../../src/lib/reassign/title';

const PATTERN = 'Need {region} SE';
const REGIONS = ['APAC', 'IST', 'IGTSC', 'EMEA', 'US'];

describe.each([
  ['a bare title', 'Copy activity fails with 403', 'US', 'Need US SE - Copy activity fails with 403'],
  ['an empty title', '', 'US', 'Need US SE'],
  ['a blank title', '  \n ', 'APAC', 'Need APAC SE'],
  ['the same prefix (idempotent)', 'Need US SE - Copy fails', 'US', 'Need US SE - Copy fails'],
  ['another region', 'Need APAC SE - Copy fails', 'US', 'Need US SE - Copy fails'],
  ['an upper-case prefix in brackets', '[NEED US SE] Copy fails', 'EMEA', 'Need EMEA SE - Copy fails'],
  ['the wiki style <Need US SE>', '<Need US SE> Copy fails', 'IST', 'Need IST SE - Copy fails'],
  ['the wiki placeholder itself', '<Need APAC/IST/EMEA/US SE> Copy fails', 'US', 'Need US SE - Copy fails'],
  ['a lower-case prefix with a colon', 'need emea se: Copy fails', 'US', 'Need US SE - Copy fails'],
  ['extra spaces inside the prefix', '  Need   US  SE   --  Copy fails', 'US', 'Need US SE - Copy fails'],
  ['an en dash separator', 'Need US SE – Copy fails', 'APAC', 'Need APAC SE - Copy fails'],
  ['parentheses and no space', '(Need IST SE)Copy fails', 'US', 'Need US SE - Copy fails'],
  ['an alias (IGTSC is IST)', 'Need IGTSC SE | Copy fails', 'IST', 'Need IST SE - Copy fails'],
  ['stacked prefixes', 'Need APAC SE - [NEED US SE] Need EMEA SE Copy fails', 'US', 'Need US SE - Copy fails'],
  ['a prefix at the end', 'Copy fails - NEED US SE', 'APAC', 'Need APAC SE - Copy fails'],
  ['a prefix alone', '[Need APAC SE]', 'US', 'Need US SE'],
  ['only separators', ' - : ', 'US', 'Need US SE'],
  ['a line break from pasting', 'Copy fails\r\nin prod\n', 'US', 'Need US SE - Copy fails in prod'],
  ['"Need" as an ordinary word', 'Need help SE migration', 'US', 'Need US SE - Need help SE migration'],
  ['a word that only starts like the prefix', 'Need US SEattle outage', 'US', 'Need US SE - Need US SEattle outage'],
  ['"Need X SE" in the middle', 'Copy fails, Need US SE asap?', 'APAC', 'Need APAC SE - Copy fails, Need US SE asap?'],
  ['special characters', 'ADF & SSIS? #42 100% +1 <b>', 'US', 'Need US SE - ADF & SSIS? #42 100% +1 <b>'],
  [
    'non-ASCII',
    'Kopieraktivität schlägt fehl – 数据工厂',
    'EMEA',
    'Need EMEA SE - Kopieraktivität schlägt fehl – 数据工厂',
  ],
])('prefixTitle: %s', (_name, title, region, expected) => {
  it(`gives ${JSON.stringify(expected)}`, () => {
    expect(prefixTitle(PATTERN, title, region, REGIONS)).toBe(expected);
  });
  it('is idempotent', () => {
    expect(prefixTitle(PATTERN, expected, region, REGIONS)).toBe(expected);
  });
});

describe('prefixTitle without the list of regions', () => {
  it('replaces a prefix naming any region word', () => {
    expect(prefixTitle(PATTERN, 'Need LATAM SE - Copy fails', 'US')).toBe('Need US SE - Copy fails');
  });
});

describe.each([
  ['[Need {region} SE]', 'Need US SE - Copy fails', 'APAC', '[Need APAC SE] Copy fails'],
  ['[Need {region} SE]', '[Need US SE] Copy fails', 'US', '[Need US SE] Copy fails'],
  ['NEED {region} SE:', 'NEED US SE: Copy fails', 'EMEA', 'NEED EMEA SE: Copy fails'],
  ['Need {region}.SE (x+y)', 'need us.se (x+y) - Copy fails', 'US', 'Need US.SE (x+y) Copy fails'],
  ['Need {region}.SE (x+y)', 'Need USxSE (x+y) Copy', 'US', 'Need US.SE (x+y) Need USxSE (x+y) Copy'],
])('prefixTitle with the pattern %j', (pattern, title, region, expected) => {
  it(`gives ${JSON.stringify(expected)}; the pattern's own characters are escaped`, () => {
    expect(prefixTitle(pattern, title, region, REGIONS)).toBe(expected);
  });
});

describe('helpers', () => {
  it('titlePrefix fills the region', () => expect(titlePrefix(PATTERN, 'IST')).toBe('Need IST SE'));
  it('escapeRegExp escapes every special character', () => {
    const special = '.*+?^${}()|[]\\/-';
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
  });
  it('prefixRegExp recognises the forms people type', () => {
    const re = prefixRegExp(PATTERN, REGIONS);
    for (const t of ['Need US SE', '<Need US SE>', '[NEED US SE]', 'Need US SE -', 'need apac se:'])
      expect(re.test(t), t).toBe(true);
    expect(re.test('Needs US SE')).toBe(false);
  });
  it('stripTitlePrefix keeps the rest', () => {
    expect(stripTitlePrefix(PATTERN, '<Need APAC SE> Need US SE - Copy fails', REGIONS)).toBe('Copy fails');
  });
});

describe('prefixTitle properties', () => {
  const region = fc.constantFrom(...REGIONS);
  it('is idempotent and never doubles the prefix, for any title and any change of region', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), region, region, (title, first, second) => {
        const once = prefixTitle(PATTERN, title, first, REGIONS);
        expect(once.startsWith(`Need ${first} SE`)).toBe(true);
        expect(prefixTitle(PATTERN, once, first, REGIONS)).toBe(once);
        const changed = prefixTitle(PATTERN, once, second, REGIONS);
        expect(changed).toBe(prefixTitle(PATTERN, title, second, REGIONS));
        expect(prefixRegExp(PATTERN, REGIONS).test(changed.slice(`Need ${second} SE`.length))).toBe(false);
      }),
    );
  });
});
