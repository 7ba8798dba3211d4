/**
 * "Where does my handover stand right now?": today's meeting for a region
 * (coming up, running, ended, or none today), the next one, whether to do the
 * steps that need no call now, and whom to reach in the region taking the case.
 * Pure: the instant and the viewer's zone are parameters. The sentences that
 * state a time are built here as segments (text, or a time with its instant and
 * zone), so the island renders them with `<time>` and tests read them as text.
 */
import {
  handoffFor,
  meetingRule,
  regionStatus,
  type Handoff,
  type MeetingData,
  type RegionData,
  type RegionStatus,
} from './regions';
import { windowsBetween, type Interval } from './recurrence';
import {
  addDays,
  formatDay,
  formatDayTime,
  formatDuration,
  formatTime,
  formatWeekday,
  localDate,
  localParts,
  startOfDay,
  DAY_NAMES,
  zoneCity,
} from './zone';
import { stepHref, stepNumber } from '../handoff-workflows';

/** A piece of a sentence: plain text, or a time shown as `text` (with its instant and zone for `<time datetime>`). */
export type Segment = string | { text: string; at: number; zone: string };

/** A sentence as plain text. */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

const t = (text: string, at: number, zone: string): Segment => ({ text, at, zone });

/** Where today's handoff meeting stands. `none`: no meeting on the region's day today. */
export type TodayState = 'upcoming' | 'running' | 'ended' | 'none';

/** A person to reach in the region that takes the case. */
export interface Contact {
  region: RegionData;
  /** On shift, off shift or in its weekend at the instant, with the shift running or next. */
  status: RegionStatus;
}

/** Everything the "your next handoff" part shows, for one region at one instant. */
export interface HandoverNow {
  instant: number;
  viewerZone: string;
  handoff: Handoff;
  state: TodayState;
  /** Today's meeting (in the region's own day), when there is one. */
  today: Interval | undefined;
  /** The next meeting to start after `instant` (not today's running one). */
  next: Interval | undefined;
  /** True when the call is over or there is none today: do the steps that need no call now. */
  actNow: boolean;
  /** The SMEs of the regions taking the case. */
  contacts: Contact[];
}

/**
 * The meeting whose start each taking-part region's list shows: today's while it is coming up or
 * running, else (ended, or none today) the next one.
 */
export function shownMeeting(status: Pick<HandoverNow, 'state' | 'today' | 'next'>): Interval | undefined {
  return status.state === 'upcoming' || status.state === 'running' ? status.today : status.next;
}

/**
 * The handover status of `regionId` at `instant`. "Today" is the region's own
 * date (its time zone), so a meeting that falls after midnight in the viewer's
 * zone still counts as the region's meeting of the day.
 * @example handoverNow(Date.parse('2026-03-17T09:40Z'), 'Asia/Shanghai', 'APAC', data)
 * // state 'ended' (17:00–17:30 Shanghai), actNow true, contacts IST and EMEA
 */
export function handoverNow(
  instant: number,
  viewerZone: string,
  regionId: string,
  data: { regions: readonly RegionData[]; rotation: readonly (readonly string[])[]; meetings: readonly MeetingData[] },
): HandoverNow {
  const handoff = handoffFor(regionId, data.rotation, data.meetings);
  const region = data.regions.find((r) => r.id === regionId)!;
  const contacts = handoff.to.flatMap((id) => {
    const r = data.regions.find((x) => x.id === id);
    return r ? [{ region: r, status: regionStatus(r, instant) }] : [];
  });
  const meeting = handoff.meeting;
  if (!meeting) {
    return { instant, viewerZone, handoff, state: 'none', today: undefined, next: undefined, actNow: true, contacts };
  }
  const rule = meetingRule(meeting);
  const day = localDate(instant, region.timeZone);
  const dayStart = startOfDay(day, region.timeZone);
  const dayEnd = startOfDay(addDays(day, 1), region.timeZone);
  const today = windowsBetween(rule, dayStart, dayEnd).find((w) => w.start >= dayStart && w.start < dayEnd);
  const state: TodayState = !today
    ? 'none'
    : instant < today.start
      ? 'upcoming'
      : instant < today.end
        ? 'running'
        : 'ended';
  const next = windowsBetween(rule, instant, instant + 15 * 86_400_000).find((w) => w.start > instant);
  return { instant, viewerZone, handoff, state, today, next, actNow: state === 'ended' || state === 'none', contacts };
}

/**
 * Today's meeting in a sentence, in the viewer's time.
 * @example "Coming up today: 16:00 your time, in 30 min." / "Today's meeting ended at 16:30 your time."
 */
export function todaySentence(s: HandoverNow): Segment[] {
  const z = s.viewerZone;
  const w = s.today;
  if (!w || s.state === 'none') return [];
  if (s.state === 'upcoming')
    return [
      'Coming up today: ',
      t(formatDayTime(w.start, z), w.start, z),
      ` your time, in ${formatDuration(w.start - s.instant)}.`,
    ];
  if (s.state === 'running')
    return [
      'Running now, until ',
      t(formatTime(w.end, z), w.end, z),
      ` your time (${formatDuration(w.end - s.instant)} left).`,
    ];
  return ["Today's meeting ended at ", t(formatTime(w.end, z), w.end, z), ' your time.'];
}

/** Why there is no meeting today, from the meeting's and the region's days. */
export function noMeetingSentence(s: HandoverNow, region: RegionData): string {
  const m = s.handoff.meeting;
  if (!m) return `The team's data names no handoff meeting from ${s.handoff.stage.join('/')}.`;
  const inMeetingZone = localParts(s.instant, m.timeZone);
  const held = m.days.includes(DAY_NAMES[inMeetingZone.weekday]!);
  if (!held)
    return `No handoff meeting today: it is ${formatWeekday(s.instant, m.timeZone)} in ${zoneCity(m.timeZone)}, the meeting's time zone, and the meeting is not held that day.`;
  return `No handoff meeting today for ${region.id}: it is ${formatWeekday(s.instant, region.timeZone)} in ${zoneCity(region.timeZone)}, not one of ${region.id}'s working days.`;
}

/** The next meeting in a sentence: `Next meeting: Mon 30 Mar, 16:00 your time, in 2 days 3 h.` */
export function nextSentence(s: HandoverNow): Segment[] {
  const w = s.next;
  if (!w) return [];
  const z = s.viewerZone;
  return [
    'Next meeting: ',
    t(formatDayTime(w.start, z), w.start, z),
    ` your time, in ${formatDuration(w.start - s.instant)}.`,
  ];
}

/** How a region is named in a sentence: "the US", "APAC". */
export function regionPlace(id: string): string {
  return id === 'US' ? 'the US' : id;
}

/**
 * A meeting that starts on another weekday in some taking-part region than in
 * its own zone, said as it is: `Fri 16:30 in the US = Sat 07:30 in APAC`.
 * Empty when every region has the same weekday. The meeting's own side is the
 * `from` region whose zone is the meeting's, else the zone's city.
 */
export function crossDaySentence(start: number, meeting: MeetingData, regions: readonly RegionData[]): string {
  const ownDay = localParts(start, meeting.timeZone).weekday;
  const owner = regions.find((r) => r.timeZone === meeting.timeZone && meeting.from.includes(r.id as never));
  const others = regions.filter(
    (r) =>
      r !== owner &&
      [...meeting.from, ...meeting.to].includes(r.id as never) &&
      localParts(start, r.timeZone).weekday !== ownDay,
  );
  if (!others.length) return '';
  const own = `${DAY_NAMES[ownDay]} ${formatTime(start, meeting.timeZone)} in ${owner ? regionPlace(owner.id) : zoneCity(meeting.timeZone)}`;
  return [
    own,
    ...others.map(
      (r) =>
        `${DAY_NAMES[localParts(start, r.timeZone).weekday]} ${formatTime(start, r.timeZone)} in ${regionPlace(r.id)}`,
    ),
  ].join(' = ');
}

/**
 * A time in a region's zone and in the viewer's, unambiguous:
 * `Mon 23 Nov, 09:00 their time, 14:30 yours` (the viewer's date only when it differs).
 * @param withDay false: their time without the date (`18:00 their time, 23:30 yours`)
 */
export function theirsAndYours(instant: number, theirZone: string, viewerZone: string, withDay = true): Segment[] {
  const theirs = withDay ? formatDayTime(instant, theirZone) : formatTime(instant, theirZone);
  const sameDay = formatDay(instant, theirZone) === formatDay(instant, viewerZone);
  if (formatDayTime(instant, theirZone) === formatDayTime(instant, viewerZone))
    return [t(theirs, instant, theirZone), ' their time and yours'];
  return [
    t(theirs, instant, theirZone),
    ' their time, ',
    t(sameDay ? formatTime(instant, viewerZone) : formatDayTime(instant, viewerZone), instant, viewerZone),
    ' yours',
  ];
}

/**
 * Whom to reach in a region taking the case, with the time there and whether they are on shift.
 * @example "Tracy Zhang, APAC's handoff SME. It is Sat 28 Nov, 08:45 there: their weekend; back Mon 30 Nov, 09:00 their time, Sun 29 Nov, 17:00 yours."
 */
export function contactSentence(c: Contact, instant: number, viewerZone: string): Segment[] {
  const z = c.region.timeZone;
  const head: Segment[] = [
    `${c.region.sme}, ${regionPlace(c.region.id)}'s handoff SME. It is `,
    t(formatDayTime(instant, z), instant, z),
    ' there: ',
  ];
  const shift = c.status.shift;
  if (c.status.state === 'on')
    return [...head, 'on shift, until ', ...(shift ? theirsAndYours(shift.end, z, viewerZone) : []), '.'];
  const what = c.status.state === 'weekend' ? 'their weekend' : 'off shift';
  return [...head, what, ...(shift ? ['; back ', ...theirsAndYours(shift.start, z, viewerZone)] : []), '.'];
}

/** The steps of the 7x24 handoff that need no call, with their number and link on the 7x24 page. */
export const NO_CALL_STEPS: readonly { step: number; href: string; text: string }[] = (
  [
    ['note', 'Log your handoff note in the case'],
    ['title', 'Add the region prefix to the case’s internal title'],
    ['transfer', 'Create the case’s entry in Case Transfer'],
    ['email', 'Email the DM mailbox to ask for the reassignment'],
  ] as const
).map(([kind, text]) => {
  const step = stepNumber('24x7', kind)!;
  return { step, href: stepHref('24x7', step), text };
});

/**
 * For the day view: the region's own date of a shift whose start the viewer sees on
 * another date, so a Monday shift that starts on Sunday evening in the viewer's
 * time is not read as Sunday work. '' when the dates agree.
 * @example shiftOwnDay(<APAC, Mon 15 Mar 09:00 Shanghai>, 'America/Los_Angeles') // "APAC's Mon 15 Mar, 09:00–18:00"
 */
export function shiftOwnDay(shift: Interval, region: RegionData, viewerZone: string): string {
  if (formatDay(shift.start, viewerZone) === formatDay(shift.start, region.timeZone)) return '';
  return `${region.id}'s ${formatDay(shift.start, region.timeZone)}, ${region.hours.start}–${region.hours.end}`;
}

/**
 * For the day view: a meeting that falls on a day the region does not work, said so:
 * `Sat 07:30 in APAC, APAC's weekend`. '' on a working day.
 */
export function meetingOffDay(start: number, region: RegionData): string {
  const p = localParts(start, region.timeZone);
  if (region.workingDays.includes(DAY_NAMES[p.weekday]!)) return '';
  return `${formatDayTime(start, region.timeZone)} in ${regionPlace(region.id)}, ${region.id}'s weekend`;
}
