/**
 * "The day at a glance": what the region lookup's day view shows for one day in
 * the viewer's zone, and where it sits on the view's scale. One row per region,
 * its business hours and the handoff meetings it takes part in that overlap the
 * day, each with its bar on a scale of one unit a minute (0 to 1440). Apart from
 * the island so the arithmetic (days that are 23 or 25 hours long, shifts that
 * start the day before, meetings shorter than a mark can show) has table tests.
 * Pure: the day and the viewer's zone are parameters.
 */
import { windowsBetween, type Interval } from './recurrence';
import { meetingRegions, meetingRule, shiftRule, type MeetingData, type RegionData } from './regions';
import { addDays, formatDayTime, formatTime, isoDate, localDate, startOfDay, zoneCity, type LocalDate } from './zone';

/** The scale's width: a day of 24 hours, one unit a minute (a day of 23 or 25 hours is drawn as wide). */
export const DAY_WIDTH = 1440;
/** Where the scale's ticks are drawn (06, 12 and 18), in scale units. */
export const DAY_TICKS = [360, 720, 1080] as const;
/** The narrowest a meeting's mark is drawn, in scale units, so a half-hour call stays visible. */
export const MEETING_MARK_MIN_WIDTH = 8;
/** The width of the "now" line, in scale units; it is centred on the instant. */
export const NOW_LINE_WIDTH = 6;

/** The day shown, as instants: its first moment in the viewer's zone and the next day's. */
export interface DayBounds {
  start: number;
  end: number;
}

/** Where a window sits on the scale: its left edge and width, in scale units. */
export interface Bar {
  x: number;
  width: number;
}

/** One region's row of the day view. */
export interface DayRow<R extends RegionData = RegionData, M extends MeetingData = MeetingData> {
  region: R;
  /** Its business hours that overlap the day, in order, each with its bar. */
  shifts: ({ window: Interval } & Bar)[];
  /** The meetings it takes part in that overlap the day, meeting by meeting, each in order, with its mark. */
  meetings: ({ meeting: M; window: Interval } & Bar)[];
}

/** The day `day` in `zone`, from its first moment to the next day's. */
export function dayBounds(day: LocalDate, zone: string): DayBounds {
  return { start: startOfDay(day, zone), end: startOfDay(addDays(day, 1), zone) };
}

/**
 * An instant's place on the scale, held to the day's edges (a shift that began the day before
 * starts at 0). The day's real length is spread over the scale.
 */
export function dayX(instant: number, bounds: DayBounds): number {
  const { start, end } = bounds;
  return Math.min(DAY_WIDTH, Math.max(0, ((instant - start) / (end - start)) * DAY_WIDTH));
}

/** A shift's bar: from its start to its end on the scale. */
export function shiftBar(shift: Interval, bounds: DayBounds): Bar {
  const x = dayX(shift.start, bounds);
  return { x, width: dayX(shift.end, bounds) - x };
}

/** A meeting's mark: like a shift's bar, but never narrower than `MEETING_MARK_MIN_WIDTH`. */
export function meetingBar(held: Interval, bounds: DayBounds): Bar {
  const x = dayX(held.start, bounds);
  return { x, width: Math.max(MEETING_MARK_MIN_WIDTH, dayX(held.end, bounds) - x) };
}

/** The "now" line's left edge, when `instant` falls in the day shown; undefined on another day. */
export function nowLineX(instant: number, bounds: DayBounds): number | undefined {
  if (instant < bounds.start || instant >= bounds.end) return undefined;
  return dayX(instant, bounds) - NOW_LINE_WIDTH / 2;
}

/** Every region's row for the day, in the data's order of regions and meetings. */
export function dayRows<R extends RegionData, M extends MeetingData>(
  regions: readonly R[],
  meetings: readonly M[],
  bounds: DayBounds,
): DayRow<R, M>[] {
  const { start, end } = bounds;
  return regions.map((region) => ({
    region,
    shifts: windowsBetween(shiftRule(region), start, end).map((w) => ({ window: w, ...shiftBar(w, bounds) })),
    meetings: meetings.flatMap((meeting) =>
      meetingRegions(meeting).includes(region.id)
        ? windowsBetween(meetingRule(meeting), start, end).map((w) => ({
            meeting,
            window: w,
            ...meetingBar(w, bounds),
          }))
        : [],
    ),
  }));
}

/**
 * A time in the day view's table, in the viewer's zone: the time alone on the day shown, with its
 * day on another (a shift that began the evening before).
 * @example dayTimeText(<Mon 23 Nov 09:00>, <Mon 23 Nov>, zone) // "09:00"; on Tue 24 Nov: "Mon 23 Nov, 09:00"
 */
export function dayTimeText(instant: number, day: LocalDate, zone: string): string {
  return isoDate(localDate(instant, zone)) === isoDate(day) ? formatTime(instant, zone) : formatDayTime(instant, zone);
}

/** The view's note on whose hours these are: `APAC 09:00–18:00 Shanghai; IST 09:00–18:00 Kolkata`. */
export function ownHoursText(regions: readonly RegionData[]): string {
  return regions.map((r) => `${r.id} ${r.hours.start}–${r.hours.end} ${zoneCity(r.timeZone)}`).join('; ');
}
