import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalZone,
  formatZoneName,
  formatDateRange,
  formatDuration,
  localParts,
  offsetMinutes,
  parseIsoDate,
  toIsoInZone,
  wallTimeToInstant,
} from '../../src/lib/schedule';
import { at } from './schedule-fixture';

const LA = 'America/Los_Angeles';
const LONDON = 'Europe/London';

describe.each([
  // US changes: 8 Mar 2026, 1 Nov 2026, 14 Mar 2027, 7 Nov 2027 (02:00 local)
  ['2026-03-08T09:59:59Z', LA, '2026-03-08T01:59:59-08:00'],
  ['2026-03-08T10:00:00Z', LA, '2026-03-08T03:00:00-07:00'],
  ['2026-11-01T08:59:00Z', LA, '2026-11-01T01:59:00-07:00'],
  ['2026-11-01T09:00:00Z', LA, '2026-11-01T01:00:00-08:00'],
  ['2027-03-14T09:59:00Z', LA, '2027-03-14T01:59:00-08:00'],
  ['2027-03-14T10:00:00Z', LA, '2027-03-14T03:00:00-07:00'],
  ['2027-11-07T08:59:00Z', LA, '2027-11-07T01:59:00-07:00'],
  ['2027-11-07T09:00:00Z', LA, '2027-11-07T01:00:00-08:00'],
  // EU changes: 29 Mar 2026, 25 Oct 2026, 28 Mar 2027, 31 Oct 2027 (01:00 UTC)
  ['2026-03-29T00:59:00Z', LONDON, '2026-03-29T00:59:00+00:00'],
  ['2026-03-29T01:00:00Z', LONDON, '2026-03-29T02:00:00+01:00'],
  ['2026-10-25T00:59:00Z', LONDON, '2026-10-25T01:59:00+01:00'],
  ['2026-10-25T01:00:00Z', LONDON, '2026-10-25T01:00:00+00:00'],
  ['2027-03-28T01:00:00Z', LONDON, '2027-03-28T02:00:00+01:00'],
  ['2027-10-31T01:00:00Z', LONDON, '2027-10-31T01:00:00+00:00'],
  // India and China never change.
  ['2026-03-29T01:00:00Z', 'Asia/Kolkata', '2026-03-29T06:30:00+05:30'],
  ['2026-11-01T09:00:00Z', 'Asia/Kolkata', '2026-11-01T14:30:00+05:30'],
  ['2026-03-08T10:00:00Z', 'Asia/Shanghai', '2026-03-08T18:00:00+08:00'],
  ['2027-10-31T01:00:00Z', 'Asia/Shanghai', '2027-10-31T09:00:00+08:00'],
  // An old name still works.
  ['2026-07-01T00:00:00Z', 'Asia/Calcutta', '2026-07-01T05:30:00+05:30'],
])('the instant %s in %s', (instant, zone, expected) => {
  it(`reads ${expected}`, () => {
    expect(toIsoInZone(at(instant), zone)).toBe(expected);
  });
});

describe.each([
  // Ordinary times, either side of each change.
  ['2027-03-13', '08:00', LA, '2027-03-13T16:00:00Z'],
  ['2027-03-15', '08:00', LA, '2027-03-15T15:00:00Z'],
  ['2027-11-05', '08:00', LA, '2027-11-05T15:00:00Z'],
  ['2027-11-08', '08:00', LA, '2027-11-08T16:00:00Z'],
  ['2027-03-26', '16:00', LONDON, '2027-03-26T16:00:00Z'],
  ['2027-03-29', '16:00', LONDON, '2027-03-29T15:00:00Z'],
  ['2027-10-29', '16:00', LONDON, '2027-10-29T15:00:00Z'],
  ['2027-11-01', '16:00', LONDON, '2027-11-01T16:00:00Z'],
  ['2026-11-23', '09:00', 'Asia/Kolkata', '2026-11-23T03:30:00Z'],
  ['2026-11-23', '17:00', 'Asia/Shanghai', '2026-11-23T09:00:00Z'],
  // A skipped time moves on by the gap; a repeated time is the first of the two.
  ['2026-03-08', '02:30', LA, '2026-03-08T10:30:00Z'],
  ['2026-11-01', '01:30', LA, '2026-11-01T08:30:00Z'],
  ['2026-03-29', '01:30', LONDON, '2026-03-29T01:30:00Z'],
  ['2026-10-25', '01:30', LONDON, '2026-10-25T00:30:00Z'],
])('the wall time %s %s in %s', (date, time, zone, expected) => {
  it(`is the instant ${expected}`, () => {
    const [h, m] = time.split(':').map(Number);
    expect(new Date(wallTimeToInstant(parseIsoDate(date)!, h! * 60 + m!, zone)).toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });
});

describe('wall time and instant agree', () => {
  const zones = [LA, LONDON, 'Asia/Kolkata', 'Asia/Shanghai', 'America/New_York', 'Australia/Sydney'];
  it('an instant read as wall time converts back to an instant showing the same wall time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }),
        fc.constantFrom(...zones),
        (t, zone) => {
          const minute = Math.floor(t / 60_000) * 60_000;
          const p = localParts(minute, zone);
          const back = wallTimeToInstant(p, p.hour * 60 + p.minute, zone);
          const q = localParts(back, zone);
          expect([q.year, q.month, q.day, q.hour, q.minute]).toEqual([p.year, p.month, p.day, p.hour, p.minute]);
          // Only a repeated hour may give the other of the two instants, and then the earlier one.
          expect(back === minute || back === minute - 3_600_000).toBe(true);
        },
      ),
    );
  });

  it('offsets are whole minutes east of UTC', () => {
    expect(offsetMinutes(at('2026-07-01T00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(at('2026-07-01T00:00Z'), LA)).toBe(-420);
    expect(offsetMinutes(at('2026-12-01T00:00Z'), LA)).toBe(-480);
  });
});

describe.each([
  [0, '0 min'],
  [1, '1 min'],
  [59_000, '1 min'],
  [45 * 60_000, '45 min'],
  [125 * 60_000, '2 h 05 min'],
  [(24 * 60 + 180) * 60_000, '1 day 3 h'],
  [2 * 86_400_000, '2 days'],
])('a duration of %i ms', (ms, text) => {
  it(`reads "${text}"`, () => expect(formatDuration(ms)).toBe(text));
});

describe.each([
  ['2026-02-28', { year: 2026, month: 2, day: 28 }],
  ['2026-02-29', undefined],
  ['2026-13-01', undefined],
  ['26-01-01', undefined],
  ['', undefined],
])('the date text "%s"', (text, expected) => {
  it('parses as expected', () => expect(parseIsoDate(text)).toEqual(expected));
});

describe.each([
  ['2027-03-15', '2027-03-26', 'from 15 to 26 March 2027'],
  ['2027-10-26', '2027-11-05', 'from 26 October to 5 November 2027'],
  ['2026-11-23', '2027-03-12', 'from 23 November 2026 to 12 March 2027'],
  ['2027-03-15', '2027-03-15', 'on 15 March 2027'],
])('the dates %s to %s', (from, to, text) => {
  it(`read "${text}"`, () => expect(formatDateRange(parseIsoDate(from)!, parseIsoDate(to)!)).toBe(text));
});

describe('zone names', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata (your browser says Asia/Calcutta)'],
    ['Europe/Kiev', 'Europe/Kyiv (your browser says Europe/Kiev)'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['America/Los_Angeles', 'America/Los_Angeles'],
  ])('%s is shown as %s', (zone, text) => {
    expect(formatZoneName(zone)).toBe(text);
  });

  it('every renamed zone is the same clock as its new name, all year', () => {
    for (const old of ['Asia/Calcutta', 'Asia/Saigon', 'Europe/Kiev', 'America/Buenos_Aires', 'Pacific/Truk']) {
      const { name } = canonicalZone(old);
      for (const month of [0, 3, 6, 9])
        expect(offsetMinutes(Date.UTC(2026, month, 15), name)).toBe(offsetMinutes(Date.UTC(2026, month, 15), old));
    }
  });
});
