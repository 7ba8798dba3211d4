/**
 * Weekly recurring windows (a region's shift, a handover meeting) turned into
 * real intervals, and the questions asked of them: on shift now? next meeting?
 */
import {
  DAY_NAMES,
  addDays,
  clockMinutes,
  compareDates,
  localDate,
  localParts,
  wallTimeToInstant,
  type LocalDate,
} from './zone';

const DAY = 86_400_000;

/** A weekly window in its own zone. `end` is a wall time (shift); else `durationMinutes` (meeting). */
export interface WeeklyRule {
  timeZone: string;
  /** Days it starts on, as the data file writes them (Mon … Sun), counted in `timeZone`. */
  days: readonly string[];
  start: string;
  end?: string;
  durationMinutes?: number;
}

/** A real interval: `start` inclusive, `end` exclusive, both instants. */
export interface Interval {
  start: number;
  end: number;
  /** The local date (in the rule's zone) the window starts on. */
  date: LocalDate;
}

/** True when the rule's window starts on that local date. */
export function isRuleDay(rule: WeeklyRule, date: LocalDate): boolean {
  return rule.days.includes(DAY_NAMES[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!);
}

/** The window of the rule that starts on `date` (local to the rule's zone), held or not. */
export function windowOn(rule: WeeklyRule, date: LocalDate): Interval {
  const startMin = clockMinutes(rule.start);
  const start = wallTimeToInstant(date, startMin, rule.timeZone);
  if (rule.end !== undefined) {
    const endMin = clockMinutes(rule.end);
    // A shift that ends at or before it starts runs past midnight.
    const endDate = endMin <= startMin ? addDays(date, 1) : date;
    return { start, end: wallTimeToInstant(endDate, endMin, rule.timeZone), date };
  }
  return { start, end: start + (rule.durationMinutes ?? 0) * 60_000, date };
}

/**
 * The rule's windows that overlap [from, to), in order, one at a time: each
 * costs a few time-zone look-ups, so a caller that needs only the first stops there.
 */
function* windowsOverlapping(rule: WeeklyRule, from: number, to: number): Generator<Interval, void> {
  const last = localDate(to, rule.timeZone);
  for (let date = addDays(localDate(from, rule.timeZone), -1); compareDates(date, last) <= 0; date = addDays(date, 1)) {
    if (!isRuleDay(rule, date)) continue;
    const w = windowOn(rule, date);
    if (w.end > from && w.start < to) yield w;
  }
}

/** Every window of the rule that overlaps [from, to), in order. */
export function windowsBetween(rule: WeeklyRule, from: number, to: number): Interval[] {
  return [...windowsOverlapping(rule, from, to)];
}

/** The window running at `instant`, if any. */
export function currentWindow(rule: WeeklyRule, instant: number): Interval | undefined {
  return windowsBetween(rule, instant, instant + 1).find((w) => w.start <= instant && instant < w.end);
}

/**
 * The window running at `instant`, else the next one to start (searched 15 days ahead).
 * @returns undefined only when the rule has no day at all
 */
export function nextWindow(rule: WeeklyRule, instant: number): Interval | undefined {
  // The first window overlapping [instant, +15 days) is the running one or the next.
  for (const w of windowsOverlapping(rule, instant, instant + 15 * DAY)) return w;
  return undefined;
}

/** True when `instant` falls on a day the rule is not held, in the rule's own zone. */
export function isRestDay(rule: WeeklyRule, instant: number): boolean {
  return !isRuleDay(rule, localParts(instant, rule.timeZone));
}
