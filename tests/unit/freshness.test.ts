import { describe, expect, it } from 'vitest';
import { monthsSince, parseReviewEvery, reviewWarning } from '../../src/lib/freshness';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe.each([
  ['6 months', 6],
  ['1 month', 1],
  ['12 months', 12],
  ['six months', undefined],
  ['0 months', undefined],
  ['6 weeks', undefined],
])('parseReviewEvery(%s)', (text, months) => {
  it(`is ${months}`, () => expect(parseReviewEvery(text)).toBe(months));
});

describe.each([
  ['2026-11-23', '2026-11-23', 0],
  ['2026-11-23', '2027-05-22', 5],
  ['2026-11-23', '2027-05-23', 6],
  ['2026-11-23', '2028-01-01', 13],
  ['2026-01-31', '2026-02-28', 0],
])('monthsSince(%s, %s)', (from, to, months) => {
  it(`is ${months}`, () => expect(monthsSince(from, day(to))).toBe(months));
});

describe.each([
  ['2027-05-22', ''],
  ['2027-05-23', 'last reviewed 6 months ago — check with your lead'],
  ['2028-01-01', 'last reviewed 13 months ago — check with your lead'],
])('reviewWarning on %s (reviewed 2026-11-23, every 6 months)', (today, text) => {
  it('warns once the review is due', () => expect(reviewWarning('2026-11-23', 6, day(today))).toBe(text));
});
