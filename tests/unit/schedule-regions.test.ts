import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOrgYaml } from '../../src/lib/org-data';
import {
  DAY_NAMES,
  clockMinutes,
  formatClock,
  localParts,
  meetingName,
  toLookupData,
  detectRegion,
  handoffFor,
  isoDate,
  meetingTiming,
  meetingYear,
  regionStatus,
} from '../../src/lib/schedule';
import { MEETINGS, REGIONS, ROTATION, at } from './schedule-fixture';

const region = (id: string) => REGIONS.find((r) => r.id === id)!;
const meeting = (id: string) => MEETINGS.find((m) => m.id === id)!;
const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe.each([
  // Friday evening in the US is already Saturday in APAC, India and Europe.
  ['2026-11-27T16:59:00-08:00', { US: 'on', APAC: 'weekend', IST: 'weekend', EMEA: 'weekend' }],
  ['2026-11-27T17:00:00-08:00', { US: 'off', APAC: 'weekend', IST: 'weekend', EMEA: 'weekend' }],
  // Monday morning in APAC is still Sunday in the US.
  ['2026-11-23T09:00:00+08:00', { APAC: 'on', IST: 'off', EMEA: 'off', US: 'weekend' }],
  ['2026-11-23T08:59:00+08:00', { APAC: 'off', IST: 'off', EMEA: 'off', US: 'weekend' }],
  // 08:00 in Los Angeles is 15:00 UTC in summer time and 16:00 UTC in winter.
  ['2026-03-06T15:00:00Z', { US: 'off' }],
  ['2026-03-09T15:00:00Z', { US: 'on' }],
  ['2026-10-30T15:00:00Z', { US: 'on' }],
  ['2026-11-02T15:00:00Z', { US: 'off' }],
  ['2027-03-12T15:00:00Z', { US: 'off' }],
  ['2027-03-15T15:00:00Z', { US: 'on' }],
  ['2027-11-05T15:00:00Z', { US: 'on' }],
  ['2027-11-08T15:00:00Z', { US: 'off' }],
  // 09:00 in London is 08:00 UTC in summer time.
  ['2026-03-27T08:00:00Z', { EMEA: 'off', IST: 'on', APAC: 'on' }],
  ['2026-03-30T08:00:00Z', { EMEA: 'on', IST: 'on', APAC: 'on' }],
  ['2026-10-23T17:00:00Z', { EMEA: 'off' }],
  ['2026-10-26T17:00:00Z', { EMEA: 'on' }],
  ['2027-03-29T08:00:00Z', { EMEA: 'on' }],
  ['2027-11-01T08:00:00Z', { EMEA: 'off' }],
])('at %s', (instant, expected) => {
  it.each(Object.entries(expected))('%s is %s', (id, state) => {
    expect(regionStatus(region(id), at(instant)).state).toBe(state);
  });
});

describe.each([
  // The shift running, else the next one.
  ['US', '2026-11-27T17:00:00-08:00', '2026-11-30T16:00:00.000Z', '2026-12-01T01:00:00.000Z'],
  ['US', '2026-11-27T12:00:00-08:00', '2026-11-27T16:00:00.000Z', '2026-11-28T01:00:00.000Z'],
  ['APAC', '2026-11-28T10:00:00+08:00', '2026-11-30T01:00:00.000Z', '2026-11-30T10:00:00.000Z'],
  ['EMEA', '2026-03-27T18:30:00Z', '2026-03-30T08:00:00.000Z', '2026-03-30T17:00:00.000Z'],
])('the shift of %s at %s', (id, instant, start, end) => {
  it(`runs ${start} to ${end}`, () => {
    const { shift } = regionStatus(region(id), at(instant));
    expect([iso(shift?.start), iso(shift?.end)]).toEqual([start, end]);
  });
});

it('a shift that runs past midnight is on shift after midnight', () => {
  const night = { ...region('EMEA'), hours: { start: '22:00', end: '06:00', assumed: true } };
  expect(regionStatus(night, at('2026-11-24T03:00:00Z')).state).toBe('on');
  // Friday night's shift runs into Saturday.
  expect(regionStatus(night, at('2026-11-28T05:59:00Z')).state).toBe('on');
  expect(regionStatus(night, at('2026-11-28T06:00:00Z')).state).toBe('weekend');
});

describe.each([
  ['emea-to-us', '2026-03-27T15:00:00Z', '2026-03-27T16:00:00.000Z', false, false],
  ['emea-to-us', '2026-03-30T14:00:00Z', '2026-03-30T15:00:00.000Z', false, false],
  ['emea-to-us', '2026-03-30T15:10:00Z', '2026-03-30T15:00:00.000Z', true, false],
  ['emea-to-us', '2026-03-30T15:30:00Z', '2026-03-31T15:00:00.000Z', false, false],
  ['emea-to-us', '2026-03-28T12:00:00Z', '2026-03-30T15:00:00.000Z', false, true],
  ['emea-to-us', '2027-10-29T15:00:00Z', '2027-10-29T15:00:00.000Z', true, false],
  ['emea-to-us', '2027-10-30T15:00:00Z', '2027-11-01T16:00:00.000Z', false, true],
  // Friday afternoon in Los Angeles: the meeting is held although APAC is in its Saturday.
  ['us-to-apac', '2026-11-27T15:00:00-08:00', '2026-11-28T00:30:00.000Z', false, false],
  ['us-to-apac', '2026-11-27T17:00:00-08:00', '2026-12-01T00:30:00.000Z', false, false],
  ['us-to-apac', '2026-11-28T10:00:00-08:00', '2026-12-01T00:30:00.000Z', false, true],
  ['us-to-apac', '2027-03-12T16:00:00-08:00', '2027-03-13T00:30:00.000Z', false, false],
  ['us-to-apac', '2027-03-15T16:00:00-07:00', '2027-03-15T23:30:00.000Z', false, false],
  ['apac-to-ist-emea', '2026-10-26T16:00:00+08:00', '2026-10-26T09:00:00.000Z', false, false],
  // Sunday in Shanghai is Monday nowhere yet: no meeting until Monday 17:00 there.
  ['apac-to-ist-emea', '2026-11-29T20:00:00+08:00', '2026-11-30T09:00:00.000Z', false, true],
])('meeting %s at %s', (id, instant, start, running, restDay) => {
  it(`next starts ${start} (running ${running}, weekend ${restDay})`, () => {
    const timing = meetingTiming(meeting(id), at(instant));
    expect([iso(timing.occurrence?.start), timing.running, timing.restDay]).toEqual([start, running, restDay]);
  });
});

describe.each([
  ['APAC', ['IST', 'EMEA'], 'apac-to-ist-emea', true],
  ['IST', ['US'], 'emea-to-us', false],
  ['EMEA', ['US'], 'emea-to-us', true],
  ['US', ['APAC'], 'us-to-apac', true],
])('%s', (id, to, meetingId, named) => {
  it(`hands to ${to.join('/')} at ${meetingId}`, () => {
    const h = handoffFor(id, ROTATION, MEETINGS);
    expect([h.to, h.meeting?.id, h.namedInMeeting]).toEqual([to, meetingId, named]);
  });
});

it('a region outside the rotation is an error, not a guess', () => {
  expect(() => handoffFor('LATAM', ROTATION, MEETINGS)).toThrow('LATAM is not in the rotation');
});

it('a stage without a meeting has none', () => {
  expect(handoffFor('US', ROTATION, MEETINGS.slice(0, 2)).meeting).toBeUndefined();
});

describe.each([
  ['Asia/Kolkata', 'IST', 'zone'],
  ['asia/kolkata', 'IST', 'zone'],
  ['Asia/Calcutta', 'IST', 'equivalent'],
  ['Asia/Colombo', 'IST', 'equivalent'],
  ['US/Pacific', 'US', 'equivalent'],
  ['America/Tijuana', 'US', 'equivalent'],
  ['PRC', 'APAC', 'equivalent'],
  ['Asia/Singapore', 'APAC', 'equivalent'],
  ['Europe/Dublin', 'EMEA', 'equivalent'],
  ['GB', 'EMEA', 'equivalent'],
  ['America/New_York', 'US', 'nearest'],
  ['America/Sao_Paulo', 'US', 'nearest'],
  ['Pacific/Honolulu', 'US', 'nearest'],
  ['Europe/Berlin', 'EMEA', 'nearest'],
  ['Europe/Moscow', 'EMEA', 'nearest'],
  ['Africa/Johannesburg', 'EMEA', 'nearest'],
  ['Asia/Dubai', 'EMEA', 'nearest'],
  ['Asia/Karachi', 'IST', 'nearest'],
  ['Asia/Kathmandu', 'IST', 'nearest'],
  ['Asia/Tokyo', 'APAC', 'nearest'],
  ['Australia/Sydney', 'APAC', 'nearest'],
  ['Pacific/Auckland', 'APAC', 'nearest'],
  ['UTC', 'EMEA', 'nearest'],
])('the time zone %s', (zone, id, kind) => {
  it(`is ${id} (${kind})`, () => {
    expect(detectRegion(zone, REGIONS, at('2026-11-23T12:00:00Z'))).toEqual({ regionId: id, kind });
  });
});

describe('a meeting across a year', () => {
  const summary = (meetingId: string, first: string) =>
    Object.fromEntries(
      meetingYear(meeting(meetingId), REGIONS, {
        year: Number(first.slice(0, 4)),
        month: Number(first.slice(5, 7)),
        day: Number(first.slice(8)),
      }).map((r) => [
        r.regionId,
        [r.usual.time, ...r.exceptions.map((e) => `${e.time} ${isoDate(e.from)}..${isoDate(e.to)}`)],
      ]),
    );

  it.each([
    [
      'emea-to-us',
      '2026-01-01',
      { EMEA: ['16:00'], US: ['08:00', '09:00 2026-03-09..2026-03-27', '09:00 2026-10-26..2026-10-30'] },
    ],
    [
      'emea-to-us',
      '2026-11-23',
      { EMEA: ['16:00'], US: ['08:00', '09:00 2027-03-15..2027-03-26', '09:00 2027-11-01..2027-11-05'] },
    ],
    [
      'us-to-apac',
      '2026-11-23',
      { US: ['16:30'], APAC: ['07:30', '08:30 2026-11-23..2027-03-12', '08:30 2027-11-08..2027-11-22'] },
    ],
    [
      'apac-to-ist-emea',
      '2026-01-01',
      {
        APAC: ['17:00'],
        IST: ['14:30'],
        EMEA: ['10:00', '09:00 2026-01-01..2026-03-27', '09:00 2026-10-26..2026-12-31'],
      },
    ],
  ])('%s from %s', (id, first, expected) => {
    expect(summary(id, first)).toEqual(expected);
  });

  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('does not depend on the zone of the machine that computes it', () => {
    const first = { year: 2026, month: 11, day: 23 };
    process.env.TZ = 'Pacific/Kiritimati';
    const east = meetingYear(meeting('emea-to-us'), REGIONS, first);
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = meetingYear(meeting('emea-to-us'), REGIONS, first);
    expect(west).toEqual(east);
    expect(east[1]!.usual.firstIso).toBe('2026-11-23T08:00:00-08:00');
  });
});

describe('the real data file, through the lookup', () => {
  const org = parseOrgYaml(readFileSync('src/content/org.yaml', 'utf-8'), 'src/content/org.yaml');
  const data = toLookupData(org);

  it('gives the island every region, meeting and link it shows, and nothing else', () => {
    expect(data.regions.map((r) => r.id)).toEqual(org.regions.map((r) => r.id));
    expect(data.meetings.map(meetingName)).toEqual(['APAC → IST/EMEA', 'EMEA → US', 'US → APAC']);
    expect(Object.keys(data).sort()).toEqual(
      [
        'lastReviewed',
        'links',
        'mailbox',
        'meetings',
        'regions',
        'reviewEveryMonths',
        'rotation',
        'titlePrefixPattern',
      ].sort(),
    );
    expect(data.links.caseTransfer.url).toBe(org.links.caseTransfer.url);
  });

  it('follows the rotation of the data for every region', () => {
    for (const r of data.regions) {
      const h = handoffFor(r.id, data.rotation, data.meetings);
      expect(h.meeting, `a meeting for ${r.id}`).toBeDefined();
      expect(h.to.length).toBeGreaterThan(0);
    }
  });
});

describe('properties, against a plain reading of the clock', () => {
  const instants = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });

  it('a region is on shift exactly when its own clock shows a working day within its hours', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...REGIONS), (t, r) => {
        const p = localParts(t, r.timeZone);
        const minutes = p.hour * 60 + p.minute;
        const working = r.workingDays.includes(DAY_NAMES[p.weekday]!);
        const within = minutes >= clockMinutes(r.hours.start) && minutes < clockMinutes(r.hours.end);
        const expected = working ? (within ? 'on' : 'off') : 'weekend';
        expect(regionStatus(r, t).state).toBe(expected);
      }),
    );
  });

  it('the next meeting starts at its own time, on one of its days, and none is skipped', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...MEETINGS), (t, m) => {
        const { occurrence, running } = meetingTiming(m, t);
        const p = localParts(occurrence!.start, m.timeZone);
        expect(formatClock(p.hour * 60 + p.minute)).toBe(m.start);
        expect(m.days).toContain(DAY_NAMES[p.weekday]);
        expect(running).toBe(occurrence!.start <= t);
        expect(occurrence!.end).toBeGreaterThan(t);
        // Nothing between now and then: a minute before it, the same occurrence is still next.
        if (!running) expect(meetingTiming(m, occurrence!.start - 60_000).occurrence!.start).toBe(occurrence!.start);
        // Never more than three days and a bit away (a weekend plus a day).
        expect(occurrence!.start - t).toBeLessThan(4 * 86_400_000);
      }),
    );
  });
});
