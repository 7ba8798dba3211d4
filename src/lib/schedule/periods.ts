/**
 * A meeting's start in one zone over the months ahead, read by period: "until
 * Sat 28 Mar: 09:00; from Sun 29 Mar: 08:00". A period ends the day before the
 * clocks change in either zone. Also the notice shown in the two weeks before a
 * change that moves a meeting in the viewer's time. Pure: the first day is a
 * parameter (the viewer's today in the browser, the data's review date in the
 * no-JavaScript table).
 */
import { meetingRegions, meetingRule, type MeetingData } from './regions';
import { isRuleDay, windowOn } from './recurrence';
import {
  DAY_NAMES,
  addDays,
  compareDates,
  localDate,
  toIsoInZone,
  formatTime,
  weekdayOf,
  type LocalDate,
} from './zone';
import { meetingName } from './lookup-data';

/** Days from the meeting's own date to the date it starts on in `zone`: 1 is "the next day". */
function offsetDays(meetingDate: LocalDate, start: number, zone: string): number {
  const d = localDate(start, zone);
  return Math.round(
    (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(meetingDate.year, meetingDate.month - 1, meetingDate.day)) /
      86_400_000,
  );
}

/** A run of days on which the meeting starts at the same time in a zone. */
export interface Period {
  /** `HH:MM` in the zone. */
  time: string;
  /** Days from the meeting's own date: 1 when it is already the next day in the zone. */
  dayOffset: number;
  /** First and last day of the period (the meeting's own dates), inclusive. */
  from: LocalDate;
  to: LocalDate;
  /** The period's first meeting as ISO 8601 in the zone, for `<time datetime>`; '' when none is held in it. */
  firstIso: string;
}

/**
 * The meeting's start in `zone` over `days` days from `first`, as periods.
 * Samples a week apart and searches the week where the time changes, so a
 * year costs about sixty look-ups, not 365 (the browser does this on load).
 * @example meetingPeriods(<EMEA → US>, 'America/Los_Angeles', 2026-11-23)
 * // 08:00 until 13 Mar 2027, 09:00 from 14 to 27 Mar, 08:00 from 28 Mar …
 */
export function meetingPeriods(meeting: MeetingData, zone: string, first: LocalDate, days = 365): Period[] {
  const rule = meetingRule(meeting);
  const key = (date: LocalDate) => {
    const start = windowOn(rule, date).start;
    return `${formatTime(start, zone)}|${offsetDays(date, start, zone)}`;
  };
  const last = addDays(first, days - 1);
  const starts: LocalDate[] = [first];
  let prev = first;
  let prevKey = key(first);
  while (compareDates(prev, last) < 0) {
    let next = addDays(prev, 7);
    if (compareDates(next, last) > 0) next = last;
    const nextKey = key(next);
    if (nextKey !== prevKey) {
      // The first day of the week with the new time (at most one change a week).
      let day = addDays(prev, 1);
      while (key(day) === prevKey) day = addDays(day, 1);
      starts.push(day);
    }
    prev = next;
    prevKey = nextKey;
  }
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : last;
    const [time, offset] = key(from).split('|');
    let firstIso = '';
    for (let d = from; compareDates(d, to) <= 0 && compareDates(d, addDays(from, 7)) < 0; d = addDays(d, 1)) {
      if (isRuleDay(rule, d)) {
        firstIso = toIsoInZone(windowOn(rule, d).start, zone);
        break;
      }
    }
    return { time: time!, dayOffset: Number(offset), from, to, firstIso };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `Sun 29 Mar`. */
export function formatShortDate(date: LocalDate): string {
  return `${DAY_NAMES[weekdayOf(date)]} ${date.day} ${MONTHS[date.month - 1]}`;
}

/** "14:30", "08:30 the next day". */
export function formatPeriodTime(p: Pick<Period, 'time' | 'dayOffset'>): string {
  if (p.dayOffset === 0) return p.time;
  if (p.dayOffset === 1) return `${p.time} the next day`;
  if (p.dayOffset === -1) return `${p.time} the day before`;
  return `${p.time} (${p.dayOffset > 0 ? '+' : ''}${p.dayOffset} days)`;
}

/**
 * Periods in words, in date order.
 * @example "until Sat 28 Mar: 09:00; from Sun 29 Mar: 08:00"
 * @example "08:00" (one period: the same all along)
 */
export function formatPeriods(periods: readonly Period[]): string {
  if (periods.length === 1) return formatPeriodTime(periods[0]!);
  return periods
    .map((p, i) => {
      const t = formatPeriodTime(p);
      if (i === 0) return `until ${formatShortDate(p.to)}: ${t}`;
      if (i === periods.length - 1) return `from ${formatShortDate(p.from)}: ${t}`;
      return `from ${formatShortDate(p.from)} to ${formatShortDate(p.to)}: ${t}`;
    })
    .join('; ');
}

/** A coming change of a meeting's time in the viewer's zone. */
export interface ClockChange {
  meeting: MeetingData;
  /** The first day of the new time. */
  from: LocalDate;
  before: Period;
  after: Period;
}

/**
 * The changes, within `withinDays` days from the viewer's today, of the start
 * of each meeting the region takes part in, in the viewer's time.
 */
export function clockChanges(
  instant: number,
  viewerZone: string,
  regionId: string,
  meetings: readonly MeetingData[],
  withinDays = 14,
): ClockChange[] {
  const today = localDate(instant, viewerZone);
  return meetings
    .filter(
      (m) =>
        meetingRegions(m).includes(regionId) ||
        (m.joinedBy?.regions as readonly string[] | undefined)?.includes(regionId),
    )
    .flatMap((meeting) => {
      // Today and the next `withinDays` days.
      const periods = meetingPeriods(meeting, viewerZone, today, withinDays + 1);
      if (periods.length < 2) return [];
      return [{ meeting, from: periods[1]!.from, before: periods[0]!, after: periods[1]! }];
    });
}

/** `From Sun 29 Mar, the EMEA → US meeting starts at 08:00 your time (now 09:00).` */
export function clockChangeSentence(c: ClockChange): string {
  return `From ${formatShortDate(c.from)}, the ${meetingName(c.meeting)} meeting starts at ${formatPeriodTime(c.after)} your time (now ${formatPeriodTime(c.before)}).`;
}
