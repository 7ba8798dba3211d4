import { describe, expect, it } from 'vitest';
import {
  NO_CALL_STEPS,
  contactSentence,
  crossDaySentence,
  handoverNow,
  windowOn,
  shiftRule,
  nextSentence,
  noMeetingSentence,
  meetingOffDay,
  plainText,
  shiftOwnDay,
  shownMeeting,
  theirsAndYours,
  todaySentence,
} from '../../src/lib/schedule';
import { MEETINGS, REGIONS, ROTATION, at } from './schedule-fixture';

const DATA = { regions: REGIONS, rotation: ROTATION, meetings: MEETINGS };
const region = (id: string) => REGIONS.find((r) => r.id === id)!;

/** What the island shows, as text: the state, today's line or why none, the next line, the contacts. */
function shown(iso: string, zone: string, regionId: string) {
  const s = handoverNow(at(iso), zone, regionId, DATA);
  return {
    state: s.state,
    actNow: s.actNow,
    today: s.state === 'none' ? noMeetingSentence(s, region(regionId)) : plainText(todaySentence(s)),
    next: plainText(nextSentence(s)),
    contacts: s.contacts.map((c) => plainText(contactSentence(c, s.instant, zone))),
  };
}

describe.each([
  // Tue 17 Mar 2026 in Shanghai, around the APAC → IST/EMEA meeting (17:00–17:30).
  [
    '10 min before, APAC',
    '2026-03-17T16:50:00+08:00',
    'Asia/Shanghai',
    'APAC',
    {
      state: 'upcoming',
      actNow: false,
      today: 'Coming up today: Tue 17 Mar, 17:00 your time, in 10 min.',
      next: 'Next meeting: Tue 17 Mar, 17:00 your time, in 10 min.',
    },
  ],
  [
    'during, APAC',
    '2026-03-17T17:10:00+08:00',
    'Asia/Shanghai',
    'APAC',
    {
      state: 'running',
      actNow: false,
      today: 'Running now, until 17:30 your time (20 min left).',
      next: 'Next meeting: Wed 18 Mar, 17:00 your time, in 23 h 50 min.',
    },
  ],
  [
    '10 min after, APAC: the call is over, IST and EMEA are on shift',
    '2026-03-17T17:40:00+08:00',
    'Asia/Shanghai',
    'APAC',
    {
      state: 'ended',
      actNow: true,
      today: "Today's meeting ended at 17:30 your time.",
      next: 'Next meeting: Wed 18 Mar, 17:00 your time, in 23 h 20 min.',
      contacts: [
        "I SME, IST's handoff SME. It is Tue 17 Mar, 15:10 there: on shift, until Tue 17 Mar, 18:00 their time, 20:30 yours.",
        "E SME, EMEA's handoff SME. It is Tue 17 Mar, 09:40 there: on shift, until Tue 17 Mar, 18:00 their time, Wed 18 Mar, 02:00 yours.",
      ],
    },
  ],
  [
    'Friday late in India: the EMEA → US call ended at 22:00, the US is on shift',
    '2026-03-20T23:30:00+05:30',
    'Asia/Kolkata',
    'IST',
    {
      state: 'ended',
      actNow: true,
      today: "Today's meeting ended at 22:00 your time.",
      next: 'Next meeting: Mon 23 Mar, 21:30 your time, in 2 days 22 h.',
      contacts: [
        "U SME, the US's handoff SME. It is Fri 20 Mar, 11:00 there: on shift, until Fri 20 Mar, 17:00 their time, Sat 21 Mar, 05:30 yours.",
      ],
    },
  ],
  [
    'Friday late in the US: the call runs on APAC’s Saturday',
    '2026-03-20T16:45:00-07:00',
    'America/Los_Angeles',
    'US',
    {
      state: 'running',
      actNow: false,
      today: 'Running now, until 17:00 your time (15 min left).',
      contacts: [
        "A SME, APAC's handoff SME. It is Sat 21 Mar, 07:45 there: their weekend; back Mon 23 Mar, 09:00 their time, Sun 22 Mar, 18:00 yours.",
      ],
    },
  ],
  [
    'Friday after the US call: steps without the call, APAC in its weekend',
    '2026-03-20T17:10:00-07:00',
    'America/Los_Angeles',
    'US',
    { state: 'ended', actNow: true, today: "Today's meeting ended at 17:00 your time." },
  ],
  [
    'Friday late in London: the EMEA → US call is over',
    '2026-11-27T22:00:00Z',
    'Europe/London',
    'EMEA',
    {
      state: 'ended',
      actNow: true,
      today: "Today's meeting ended at 16:30 your time.",
      next: 'Next meeting: Mon 30 Nov, 16:00 your time, in 2 days 18 h.',
      contacts: [
        "U SME, the US's handoff SME. It is Fri 27 Nov, 14:00 there: on shift, until Fri 27 Nov, 17:00 their time, Sat 28 Nov, 01:00 yours.",
      ],
    },
  ],
  [
    'Saturday in London: no meeting, the steps without the call',
    '2026-11-28T12:00:00Z',
    'Europe/London',
    'EMEA',
    {
      state: 'none',
      actNow: true,
      today:
        "No handoff meeting today: it is Saturday in London, the meeting's time zone, and the meeting is not held that day.",
      next: 'Next meeting: Mon 30 Nov, 16:00 your time, in 2 days 4 h.',
      contacts: [
        "U SME, the US's handoff SME. It is Sat 28 Nov, 04:00 there: their weekend; back Mon 30 Nov, 08:00 their time, 16:00 yours.",
      ],
    },
  ],
  [
    'Saturday morning in Shanghai',
    '2026-03-21T10:00:00+08:00',
    'Asia/Shanghai',
    'APAC',
    {
      state: 'none',
      actNow: true,
      today:
        "No handoff meeting today: it is Saturday in Shanghai, the meeting's time zone, and the meeting is not held that day.",
    },
  ],
])('%s', (_name, iso, zone, regionId, expected) => {
  it('shows where today’s handover stands and what to do', () => {
    expect(shown(iso, zone, regionId)).toMatchObject(expected);
  });
});

describe('a meeting held on Friday in its own zone that falls on Saturday elsewhere', () => {
  const usToApac = MEETINGS.find((m) => m.id === 'us-to-apac')!;
  const emeaToUs = MEETINGS.find((m) => m.id === 'emea-to-us')!;
  it.each([
    ['2026-03-20T16:30:00-07:00', usToApac, 'Fri 16:30 in the US = Sat 07:30 in APAC'],
    ['2026-11-27T16:30:00-08:00', usToApac, 'Fri 16:30 in the US = Sat 08:30 in APAC'],
    ['2026-03-17T16:30:00-07:00', usToApac, 'Tue 16:30 in the US = Wed 07:30 in APAC'],
    ['2026-11-27T16:00:00Z', emeaToUs, ''],
  ])('%s', (iso, meeting, sentence) => {
    expect(crossDaySentence(at(iso), meeting, REGIONS)).toBe(sentence);
  });
});

describe.each([
  ['2026-11-23T09:00:00+05:30', 'Asia/Kolkata', 'Europe/London', 'Mon 23 Nov, 09:00 their time, 03:30 yours'],
  [
    '2026-11-23T09:00:00+08:00',
    'Asia/Shanghai',
    'America/Los_Angeles',
    'Mon 23 Nov, 09:00 their time, Sun 22 Nov, 17:00 yours',
  ],
  ['2026-11-23T09:00:00Z', 'Europe/London', 'Europe/London', 'Mon 23 Nov, 09:00 their time and yours'],
  ['2026-11-23T18:00:00+05:30', 'Asia/Kolkata', 'Europe/London', '18:00 their time, 12:30 yours', false],
  [
    '2026-11-27T17:00:00-08:00',
    'America/Los_Angeles',
    'Europe/London',
    '17:00 their time, Sat 28 Nov, 01:00 yours',
    false,
  ],
])('theirsAndYours(%s, %s, %s)', (iso, theirs, yours, text, withDay = true) => {
  it('says whose time each is', () => {
    expect(plainText(theirsAndYours(at(iso), theirs, yours, withDay))).toBe(text);
  });
});

describe('the steps that need no call', () => {
  it('are steps 1, 2, 3 and 6 of the 7x24 page', () => {
    expect(NO_CALL_STEPS.map((s) => s.href)).toEqual([
      '/handoff/24x7/#step-1',
      '/handoff/24x7/#step-2',
      '/handoff/24x7/#step-3',
      '/handoff/24x7/#step-6',
    ]);
  });
});

describe('the day view says whose day a shift or a meeting is', () => {
  it.each([
    // Monday 15 March 2027 in Los Angeles: APAC's Monday shift starts on Sunday evening there.
    ['APAC', { year: 2027, month: 3, day: 15 }, 'America/Los_Angeles', "APAC's Mon 15 Mar, 09:00–18:00"],
    ['APAC', { year: 2027, month: 3, day: 15 }, 'Asia/Shanghai', ''],
    ['US', { year: 2026, month: 11, day: 27 }, 'Europe/London', ''],
    ['US', { year: 2026, month: 11, day: 27 }, 'Pacific/Auckland', "US's Fri 27 Nov, 08:00–17:00"],
  ])('%s shift on %o seen in %s', (id, date, zone, text) => {
    const r = region(id);
    expect(shiftOwnDay(windowOn(shiftRule(r), date), r, zone)).toBe(text);
  });

  it.each([
    ['2026-11-27T16:30:00-08:00', 'APAC', "Sat 28 Nov, 08:30 in APAC, APAC's weekend"],
    ['2026-11-27T16:30:00-08:00', 'US', ''],
    ['2026-11-23T16:00:00Z', 'US', ''],
  ])('a meeting at %s for %s', (iso, id, text) => {
    expect(meetingOffDay(at(iso), region(id))).toBe(text);
  });
});

describe('the meeting each region’s list shows', () => {
  const today = {
    start: at('2026-11-23T16:00Z'),
    end: at('2026-11-23T16:30Z'),
    date: { year: 2026, month: 11, day: 23 },
  };
  const next = {
    start: at('2026-11-24T16:00Z'),
    end: at('2026-11-24T16:30Z'),
    date: { year: 2026, month: 11, day: 24 },
  };
  it.each([
    ['upcoming', today, next, today],
    ['running', today, next, today],
    ['ended', today, next, next],
    ['none', undefined, next, next],
    ['none', undefined, undefined, undefined],
  ] as const)('%s today: %o, next %o → %o', (state, t, n, shown) => {
    expect(shownMeeting({ state, today: t, next: n })).toBe(shown);
  });

  it.each([
    ['2026-11-23T15:50:00Z', 'upcoming', '2026-11-23T16:00:00Z'],
    ['2026-11-23T16:10:00Z', 'running', '2026-11-23T16:00:00Z'],
    ['2026-11-23T16:40:00Z', 'ended', '2026-11-24T16:00:00Z'],
    ['2026-11-28T12:00:00Z', 'none', '2026-11-30T16:00:00Z'],
  ])('for EMEA at %s (%s): the one at %s', (iso, state, start) => {
    const s = handoverNow(at(iso), 'Europe/London', 'EMEA', DATA);
    expect(s.state).toBe(state);
    expect(shownMeeting(s)?.start).toBe(at(start));
  });
});
