import { describe, expect, it } from 'vitest';
import {
  dayOffset,
  describeLocalStart,
  fillPattern,
  formatDays,
  formatDuration,
  formatIsoDate,
  joinWords,
  splitPattern,
} from '../../src/lib/docs-format';
import type { Weekday } from '../../src/lib/org-schema';
import { clockMinutes, parseIsoDate, toIsoInZone, wallTimeToInstant } from '../../src/lib/schedule/zone';

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

// A meeting's start read in another region's zone: the schedule library gives the
// instant, dayOffset and describeLocalStart say it the way the tables do.
describe.each<[string, string, string, string, string]>([
  // India has no daylight saving; China neither.
  ['17:00', 'Asia/Shanghai', 'Asia/Kolkata', '2026-01-15', '14:30'],
  ['17:00', 'Asia/Shanghai', 'Asia/Kolkata', '2026-07-15', '14:30'],
  // London moves by an hour between January and July.
  ['17:00', 'Asia/Shanghai', 'Europe/London', '2026-01-15', '09:00'],
  ['17:00', 'Asia/Shanghai', 'Europe/London', '2026-07-15', '10:00'],
  // Friday afternoon in the US is already Saturday morning in China.
  ['16:30', 'America/Los_Angeles', 'Asia/Shanghai', '2026-01-16', '08:30 the next day'],
  ['16:30', 'America/Los_Angeles', 'Asia/Shanghai', '2026-07-17', '07:30 the next day'],
  ['09:00', 'Asia/Shanghai', 'America/Los_Angeles', '2026-01-15', '17:00 the day before'],
])('%s %s read in %s on %s', (start, meetingZone, zone, on, expected) => {
  it(`is "${expected}"`, () => {
    const instant = wallTimeToInstant(parseIsoDate(on)!, clockMinutes(start), meetingZone);
    const iso = toIsoInZone(instant, zone);
    expect(describeLocalStart({ time: iso.slice(11, 16), dayOffset: dayOffset(on, iso) })).toBe(expected);
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
