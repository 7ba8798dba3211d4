import { describe, expect, it } from 'vitest';
import { checkShownDate } from '../../src/lib/shown-date';

describe.each([
  ['2026-03-09', { year: 2026, month: 3, day: 9 }],
  ['1970-01-01', { year: 1970, month: 1, day: 1 }],
  ['2099-12-31', { year: 2099, month: 12, day: 31 }],
  ['2028-02-29', { year: 2028, month: 2, day: 29 }],
])('checkShownDate(%j)', (value, date) => {
  it('is shown', () => expect(checkShownDate(value)).toEqual({ kind: 'ok', date }));
});

describe.each([
  ['0001-01-01', /^Choose a day from 1 January 1970 to 31 December 2099: .* below has not changed\.$/],
  ['1969-12-31', /^Choose a day from 1 January 1970/],
  ['2100-01-01', /^Choose a day from 1 January 1970/],
  ['275760-09-13', /^Choose a day from 1 January 1970/],
  ['2026-02-30', /^That is not a date\. Choose a day from/],
  ['yesterday', /^That is not a date\./],
])('checkShownDate(%j)', (value, message) => {
  it('is refused with a message', () => {
    const check = checkShownDate(value);
    expect(check.kind).toBe('refused');
    expect(check.kind === 'refused' && check.message).toMatch(message);
  });
});

it('an empty field means today', () => expect(checkShownDate('')).toEqual({ kind: 'empty' }));
