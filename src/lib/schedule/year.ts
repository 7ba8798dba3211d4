/**
 * A meeting's start time in each taking-part region's own zone across a year,
 * for pages that show it without JavaScript. Deterministic: it depends on the
 * data and the first day given (the data's `lastReviewed` date), never on the
 * clock or zone of the machine that runs it.
 */
import { meetingRegions, meetingRule, type MeetingData, type RegionData } from './regions';
import { windowOn, isRuleDay } from './recurrence';
import { addDays, compareDates, formatTime, toIsoInZone, type LocalDate } from './zone';

/** A run of consecutive days (in the meeting's zone) on which the meeting starts at the same local time. */
export interface TimeSpan {
  /** `HH:MM` in the region's zone. */
  time: string;
  /** First and last date of the run, in the meeting's zone, inclusive. */
  from: LocalDate;
  to: LocalDate;
  /** The first meeting of the run as ISO 8601 with the region's offset (for `<time datetime>`). */
  firstIso: string;
}

/** One region's view of a meeting over the year. */
export interface RegionYear {
  regionId: string;
  timeZone: string;
  /** The time on most meeting days. */
  usual: TimeSpan;
  /** The runs of days when it differs (around daylight-saving changes), in date order. */
  exceptions: TimeSpan[];
}

/**
 * For each region taking part in the meeting (its `from`, then its `to`), the meeting's
 * local start time across `days` days from `first`, as the usual time plus the runs of
 * dates on which it differs.
 * @example
 * // EMEA → US at 16:00 London, from 2026-01-01: US usual 08:00,
 * // exceptions 09:00 from 8 to 28 March and from 25 to 31 October.
 */
export function meetingYear(
  meeting: MeetingData,
  regions: readonly RegionData[],
  first: LocalDate,
  days = 365,
): RegionYear[] {
  const rule = meetingRule(meeting);
  const meetingDays: { date: LocalDate; start: number }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(first, i);
    if (isRuleDay(rule, date)) meetingDays.push({ date, start: windowOn(rule, date).start });
  }
  return meetingRegions(meeting).flatMap((id) => {
    const region = regions.find((r) => r.id === id);
    if (!region || !meetingDays.length) return [];
    const spans: TimeSpan[] = [];
    for (const { date, start } of meetingDays) {
      const time = formatTime(start, region.timeZone);
      const last = spans.at(-1);
      if (last && last.time === time) last.to = date;
      else spans.push({ time, from: date, to: date, firstIso: toIsoInZone(start, region.timeZone) });
    }
    // The usual time is the one held on most meeting days.
    const count = new Map<string, number>();
    for (const { start } of meetingDays) {
      const t = formatTime(start, region.timeZone);
      count.set(t, (count.get(t) ?? 0) + 1);
    }
    const usualTime = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const usual = spans.find((s) => s.time === usualTime)!;
    const exceptions = spans
      .filter((s) => s.time !== usualTime)
      .map((s) => ({ ...s }))
      .sort((a, b) => compareDates(a.from, b.from));
    return [{ regionId: id, timeZone: region.timeZone, usual, exceptions }];
  });
}
