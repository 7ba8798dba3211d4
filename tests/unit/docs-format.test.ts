import { describe, expect, it } from 'vitest';
import {
  describeLocalStart,
  fillPattern,
  formatDays,
  formatDuration,
  formatIsoDate,
  instantOf,
  joinWords,
  localStarts,
  noWeekendDays,
  splitPattern,
} from '../../src/lib/docs-format';
import type { Weekday } from '../../src/lib/org-schema';

describe.each<[Weekday[], string]>([
  [['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], 'Monday to Friday'],
  [['Fri', 'Mon', 'Tue', 'Wed', 'Thu'], 'Monday to Friday'],
  [['Mon', 'Wed'], 'Monday and Wednesday'],
  [['Mon', 'Tue', 'Wed', 'Fri'], 'Monday to Wednesday and Friday'],
  [['Sun'], 'Sunday'],
  [['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], 'every day'],
])('formatDays(%j)', (days, expected) => {
  it(`is "${expected}"`, () => expect(formatDays(days)).toBe(expected));
});

describe.each<[string[], string]>([
  [[], ''],
  [['a'], 'a'],
  [['a', 'b'], 'a and b'],
  [['a', 'b', 'c'], 'a, b and c'],
])('joinWords(%j)', (words, expected) => {
  it(`is "${expected}"`, () => expect(joinWords(words)).toBe(expected));
});

describe('noWeekendDays', () => {
  it('is true for weekday meetings and false once one is held on a Saturday', () => {
    expect(noWeekendDays([['Mon', 'Fri'], ['Tue']])).toBe(true);
    expect(noWeekendDays([['Mon'], ['Sat']])).toBe(false);
  });
});

describe.each([
  ['2026-11-23', '23 November 2026'],
  ['2020-04-02', '2 April 2020'],
  ['not a date', 'not a date'],
])('formatIsoDate(%s)', (iso, expected) => {
  it(`is "${expected}"`, () => expect(formatIsoDate(iso)).toBe(expected));
});

describe('patterns', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillPattern('Need {region} SE {x}', { region: 'US' })).toBe('Need US SE {x}');
  });
  it('splits a pattern into text and placeholders', () => {
    expect(splitPattern('Need {region} SE')).toEqual([
      { text: 'Need ', placeholder: false },
      { text: 'region', placeholder: true },
      { text: ' SE', placeholder: false },
    ]);
  });
});

describe('instantOf', () => {
  it.each([
    ['2026-01-15', '17:00', 'Asia/Shanghai', '2026-01-15T09:00:00.000Z'],
    ['2026-07-15', '16:00', 'Europe/London', '2026-07-15T15:00:00.000Z'],
    ['2026-01-15', '16:00', 'Europe/London', '2026-01-15T16:00:00.000Z'],
    ['2026-07-15', '16:30', 'America/Los_Angeles', '2026-07-15T23:30:00.000Z'],
    ['2026-01-15', '16:30', 'America/Los_Angeles', '2026-01-16T00:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    expect(new Date(instantOf(date, time, zone)).toISOString()).toBe(iso);
  });
});

describe.each<[string, string, string, string, string[]]>([
  // India has no daylight saving; China neither.
  ['17:00', 'Asia/Shanghai', 'Asia/Kolkata', '2026-01-15', ['14:30']],
  ['17:00', 'Asia/Shanghai', 'Asia/Kolkata', '2026-07-15', ['14:30']],
  // London moves by an hour between January and July.
  ['17:00', 'Asia/Shanghai', 'Europe/London', '2026-01-15', ['09:00']],
  ['17:00', 'Asia/Shanghai', 'Europe/London', '2026-07-15', ['10:00']],
  // Friday afternoon in the US is already Saturday morning in China.
  ['16:30', 'America/Los_Angeles', 'Asia/Shanghai', '2026-01-16', ['08:30 the next day']],
  ['16:30', 'America/Los_Angeles', 'Asia/Shanghai', '2026-07-17', ['07:30 the next day']],
  ['09:00', 'Asia/Shanghai', 'America/Los_Angeles', '2026-01-15', ['17:00 the day before']],
])('localStarts(%s %s → %s on %s)', (start, meetingZone, zone, on, expected) => {
  it(`reads ${expected.join(', ')}`, () => {
    expect(localStarts(start, meetingZone, zone, [on]).map(describeLocalStart)).toEqual(expected);
  });
});

describe.each([
  [30, '30 minutes'],
  [60, '1 hour'],
  [90, '1 hour 30 minutes'],
  [121, '2 hours 1 minute'],
])('formatDuration(%i)', (minutes, expected) => {
  it(`is "${expected}"`, () => expect(formatDuration(minutes)).toBe(expected));
});
