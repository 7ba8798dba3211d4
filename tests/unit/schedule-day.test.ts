/**
 * "The day at a glance" (src/lib/schedule/day.ts): the day's bounds in the viewer's zone, each
 * region's row of shifts and meetings that day, and where each sits on the 0–1440 scale.
 */
import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  dayRows,
  dayTimeText,
  dayX,
  meetingBar,
  nowLineX,
  ownHoursText,
  parseIsoDate,
  shiftBar,
  type DayBounds,
  type DayRow,
} from '../../src/lib/schedule';
import { MEETINGS, REGIONS, at } from './schedule-fixture';

const day = (iso: string) => parseIsoDate(iso)!;
const bounds = (iso: string, zone: string) => dayBounds(day(iso), zone);
/** A window for the bars: only its instants matter. */
const w = (start: string, end: string) => ({ start: at(start), end: at(end), date: day(start.slice(0, 10)) });

/** A 24-hour day in London (GMT) and the two days a year its clocks change. */
const MON: DayBounds = bounds('2026-11-23', 'Europe/London');
const SPRING: DayBounds = bounds('2026-03-29', 'Europe/London');
const AUTUMN: DayBounds = bounds('2026-10-25', 'Europe/London');

describe('the day shown, in the viewer’s zone', () => {
  it.each([
    ['2026-11-23', 'Europe/London', '2026-11-23T00:00Z', '2026-11-24T00:00Z', 24],
    ['2026-11-23', 'Asia/Kolkata', '2026-11-22T18:30Z', '2026-11-23T18:30Z', 24],
    ['2026-11-23', 'America/Los_Angeles', '2026-11-23T08:00Z', '2026-11-24T08:00Z', 24],
    // The clocks go forward (a 23-hour day) and back (25 hours).
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00Z', '2026-03-29T23:00Z', 23],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00Z', '2026-10-26T00:00Z', 25],
    ['2026-03-08', 'America/Los_Angeles', '2026-03-08T08:00Z', '2026-03-09T07:00Z', 23],
  ])('%s in %s runs from %s to %s (%i hours)', (date, zone, start, end, hours) => {
    const b = bounds(date, zone);
    expect(b).toEqual({ start: at(start), end: at(end) });
    expect((b.end - b.start) / 3_600_000).toBe(hours);
  });
});

describe('an instant’s place on the scale', () => {
  it.each([
    ['the day’s first moment', MON, '2026-11-23T00:00Z', 0],
    ['06:00', MON, '2026-11-23T06:00Z', 360],
    ['noon', MON, '2026-11-23T12:00Z', 720],
    ['16:30', MON, '2026-11-23T16:30Z', 990],
    ['the next day’s first moment', MON, '2026-11-24T00:00Z', 1440],
    ['the day before: held to the left edge', MON, '2026-11-22T19:00Z', 0],
    ['the day after: held to the right edge', MON, '2026-11-24T09:00Z', 1440],
    // A 23-hour day is spread over the whole scale: its middle is at 720, its end at 1440.
    ['the middle of a 23-hour day', SPRING, '2026-03-29T11:30Z', 720],
    ['the end of a 23-hour day', SPRING, '2026-03-29T23:00Z', 1440],
    ['the middle of a 25-hour day', AUTUMN, '2026-10-25T11:30Z', 720],
  ])('%s', (_, b, iso, x) => {
    expect(dayX(at(iso), b)).toBeCloseTo(x, 9);
  });
});

describe('a shift’s bar and a meeting’s mark', () => {
  it.each([
    ['a shift within the day', w('2026-11-23T09:00Z', '2026-11-23T18:00Z'), { x: 540, width: 540 }],
    ['a shift that began the evening before', w('2026-11-22T16:00Z', '2026-11-23T01:00Z'), { x: 0, width: 60 }],
    ['a shift that runs past midnight', w('2026-11-23T16:00Z', '2026-11-24T01:00Z'), { x: 960, width: 480 }],
    ['a shift on another day', w('2026-11-24T09:00Z', '2026-11-24T18:00Z'), { x: 1440, width: 0 }],
  ])('%s', (_, window, bar) => {
    expect(shiftBar(window, MON)).toEqual(bar);
  });

  it.each([
    ['a half-hour meeting', w('2026-11-23T16:00Z', '2026-11-23T16:30Z'), { x: 960, width: 30 }],
    ['a five-minute meeting: never narrower than 8', w('2026-11-23T16:00Z', '2026-11-23T16:05Z'), { x: 960, width: 8 }],
    [
      'a meeting at the day’s end: cut at the edge, still 8 wide',
      w('2026-11-23T23:58Z', '2026-11-24T00:28Z'),
      { x: 1438, width: 8 },
    ],
    ['an hour-long meeting', w('2026-11-23T09:00Z', '2026-11-23T10:00Z'), { x: 540, width: 60 }],
  ])('%s', (_, window, bar) => {
    const mark = meetingBar(window, MON);
    expect(mark.x).toBeCloseTo(bar.x, 9);
    expect(mark.width).toBeCloseTo(bar.width, 9);
  });
});

describe('the "now" line', () => {
  it.each([
    ['at noon: centred on 720', '2026-11-23T12:00Z', 717],
    ['at the day’s first moment', '2026-11-23T00:00Z', -3],
    ['a minute before the day ends', '2026-11-23T23:59Z', 1436],
    ['at the next day’s first moment: not this day', '2026-11-24T00:00Z', undefined],
    ['the day before', '2026-11-22T23:59Z', undefined],
  ])('%s', (_, iso, x) => {
    expect(nowLineX(at(iso), MON)).toBe(x);
  });
});

/** A row as text: `APAC 60+540 | apac-to-ist-emea 540+30`, the shifts, then the meetings. */
function rowText(row: DayRow): string {
  const bar = (b: { x: number; width: number }) => `${Math.round(b.x)}+${Math.round(b.width)}`;
  const shifts = row.shifts.map(bar).join(', ') || 'none';
  const meetings = row.meetings.map((m) => `${m.meeting.id} ${bar(m)}`).join(', ') || 'none';
  return `${row.region.id} ${shifts} | ${meetings}`;
}

describe.each([
  [
    'Monday 23 November in London',
    '2026-11-23',
    'Europe/London',
    [
      'APAC 60+540 | apac-to-ist-emea 540+30',
      'IST 210+540 | apac-to-ist-emea 540+30',
      'EMEA 540+540 | apac-to-ist-emea 540+30, emea-to-us 960+30',
      // The US shift runs past midnight London: cut at the scale's end.
      'US 960+480 | emea-to-us 960+30',
    ],
  ],
  [
    // Saturday: only the US Friday shift's last hour, and its Friday call, which is APAC's Saturday morning.
    'Saturday 28 November in London',
    '2026-11-28',
    'Europe/London',
    ['APAC none | us-to-apac 30+30', 'IST none | none', 'EMEA none | none', 'US 0+60 | us-to-apac 30+30'],
  ],
  [
    'Monday 23 November in Kolkata',
    '2026-11-23',
    'Asia/Kolkata',
    [
      // APAC's Monday starts at 06:30 Kolkata; the US call of Sunday evening is not held.
      'APAC 390+540 | apac-to-ist-emea 870+30',
      'IST 540+540 | apac-to-ist-emea 870+30',
      'EMEA 870+540 | apac-to-ist-emea 870+30, emea-to-us 1290+30',
      // The US Friday shift does not reach Monday; its Monday shift starts at 21:30 Kolkata.
      'US 1290+150 | emea-to-us 1290+30',
    ],
  ],
  [
    'Sunday 29 March in London, a 23-hour day',
    '2026-03-29',
    'Europe/London',
    ['APAC none | none', 'IST none | none', 'EMEA none | none', 'US none | none'],
  ],
  [
    // The day after London's clocks go forward: BST, and the US already on PDT.
    'Monday 30 March in London',
    '2026-03-30',
    'Europe/London',
    [
      'APAC 120+540 | apac-to-ist-emea 600+30',
      'IST 270+540 | apac-to-ist-emea 600+30',
      'EMEA 540+540 | apac-to-ist-emea 600+30, emea-to-us 960+30',
      'US 960+480 | emea-to-us 960+30',
    ],
  ],
])('the rows of %s', (_, date, zone, rows) => {
  it('are one a region, in the data’s order', () => {
    expect(dayRows(REGIONS, MEETINGS, bounds(date, zone)).map(rowText)).toEqual(rows);
  });
});

describe('a time in the day view’s table', () => {
  it.each([
    ['on the day shown: the time alone', '2026-11-23T09:00Z', '2026-11-23', 'Europe/London', '09:00'],
    ['the evening before', '2026-11-22T19:30Z', '2026-11-23', 'Europe/London', 'Sun 22 Nov, 19:30'],
    ['past midnight', '2026-11-24T01:00Z', '2026-11-23', 'Europe/London', 'Tue 24 Nov, 01:00'],
    ['in the viewer’s zone, not UTC', '2026-11-22T19:30Z', '2026-11-23', 'Asia/Kolkata', '01:00'],
  ])('%s', (_, iso, date, zone, text) => {
    expect(dayTimeText(at(iso), day(date), zone)).toBe(text);
  });
});

describe('whose hours the view shows', () => {
  it.each([
    [
      REGIONS,
      'APAC 09:00–18:00 Shanghai; IST 09:00–18:00 Kolkata; EMEA 09:00–18:00 London; US 08:00–17:00 Los Angeles',
    ],
    [REGIONS.slice(3), 'US 08:00–17:00 Los Angeles'],
    [[], ''],
  ])('%#: %s', (regions, text) => {
    expect(ownHoursText(regions)).toBe(text);
  });
});
