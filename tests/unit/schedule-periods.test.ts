import { describe, expect, it } from 'vitest';
import { clockChangeSentence, clockChanges, formatPeriods, meetingPeriods, parseIsoDate } from '../../src/lib/schedule';
import { MEETINGS, at } from './schedule-fixture';

const meeting = (id: string) => MEETINGS.find((m) => m.id === id)!;

describe.each([
  // From the review date, twelve months: the US and EU changes, spring and autumn 2027.
  [
    'emea-to-us',
    'America/Los_Angeles',
    '2026-11-23',
    'until Sat 13 Mar: 08:00; from Sun 14 Mar to Sat 27 Mar: 09:00; from Sun 28 Mar to Sat 30 Oct: 08:00; from Sun 31 Oct to Sat 6 Nov: 09:00; from Sun 7 Nov: 08:00',
  ],
  ['emea-to-us', 'Europe/London', '2026-11-23', '16:00'],
  [
    'emea-to-us',
    'Asia/Kolkata',
    '2026-11-23',
    'until Sat 27 Mar: 21:30; from Sun 28 Mar to Sat 30 Oct: 20:30; from Sun 31 Oct: 21:30',
  ],
  [
    'us-to-apac',
    'Asia/Shanghai',
    '2026-11-23',
    'until Sat 13 Mar: 08:30 the next day; from Sun 14 Mar to Sat 6 Nov: 07:30 the next day; from Sun 7 Nov: 08:30 the next day',
  ],
  ['apac-to-ist-emea', 'Asia/Kolkata', '2026-11-23', '14:30'],
  // From a viewer's today in March 2026.
  [
    'emea-to-us',
    'America/Los_Angeles',
    '2026-03-20',
    'until Sat 28 Mar: 09:00; from Sun 29 Mar to Sat 24 Oct: 08:00; from Sun 25 Oct to Sat 31 Oct: 09:00; from Sun 1 Nov to Sat 13 Mar: 08:00; from Sun 14 Mar: 09:00',
  ],
])('%s in %s from %s', (id, zone, first, text) => {
  it('reads by period', () => {
    expect(formatPeriods(meetingPeriods(meeting(id), zone, parseIsoDate(first)!))).toBe(text);
  });
});

describe('the first meeting of each period, for <time datetime>', () => {
  it('is a day the meeting is held, with the zone’s offset', () => {
    const periods = meetingPeriods(meeting('emea-to-us'), 'America/Los_Angeles', parseIsoDate('2026-03-20')!);
    expect(periods.map((p) => p.firstIso)).toEqual([
      '2026-03-20T09:00:00-07:00',
      '2026-03-30T08:00:00-07:00',
      '2026-10-26T09:00:00-07:00',
      '2026-11-02T08:00:00-08:00',
      '2027-03-15T09:00:00-07:00',
    ]);
  });
});

describe.each([
  // 7 days before the EU change (Sun 29 Mar 2026).
  [
    '2026-03-22T12:00:00-07:00',
    'America/Los_Angeles',
    'US',
    ['From Sun 29 Mar, the EMEA → US meeting starts at 08:00 your time (now 09:00).'],
  ],
  [
    '2026-03-22T12:00:00+05:30',
    'Asia/Kolkata',
    'IST',
    ['From Sun 29 Mar, the EMEA → US meeting starts at 20:30 your time (now 21:30).'],
  ],
  // In London, EMEA → US stays 16:00, but APAC → IST/EMEA moves.
  [
    '2026-03-22T12:00:00Z',
    'Europe/London',
    'EMEA',
    ['From Sun 29 Mar, the APAC → IST/EMEA meeting starts at 10:00 your time (now 09:00).'],
  ],
  // 7 days before the US change (Sun 8 Mar 2026).
  [
    '2026-03-01T12:00:00-08:00',
    'America/Los_Angeles',
    'US',
    ['From Sun 8 Mar, the EMEA → US meeting starts at 09:00 your time (now 08:00).'],
  ],
  [
    '2026-03-01T12:00:00+08:00',
    'Asia/Shanghai',
    'APAC',
    ['From Sun 8 Mar, the US → APAC meeting starts at 07:30 the next day your time (now 08:30 the next day).'],
  ],
  // 15 days before: not yet.
  ['2026-03-14T12:00:00-07:00', 'America/Los_Angeles', 'US', []],
  // After the change: nothing.
  ['2026-03-30T12:00:00-07:00', 'America/Los_Angeles', 'US', []],
])('at %s in %s (%s)', (iso, zone, region, sentences) => {
  it('gives the notice of a coming change, within 14 days', () => {
    expect(clockChanges(at(iso), zone, region, MEETINGS).map(clockChangeSentence)).toEqual(sentences);
  });
});
