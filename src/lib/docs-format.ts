/**
 * Formatting for the documentation pages' no-JavaScript content: days, dates,
 * patterns and a handover meeting's start in the zones of the regions taking
 * part. Pure functions: every date they use comes from their arguments (the
 * data file), never from the clock, and every zone is named explicitly, so the
 * build machine's time zone cannot leak into the HTML.
 */
import { WEEKDAYS, type Weekday } from './org-schema';

const DAY_NAMES: Record<Weekday, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

/** Joins words as a person writes a list: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[], last = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/**
 * Days of the week in words, a run of three or more consecutive days as a range.
 * @example formatDays(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) // "Monday to Friday"
 * @example formatDays(['Mon', 'Wed']) // "Monday and Wednesday"
 */
export function formatDays(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  if (sorted.length === 7) return 'every day';
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(run[run.length - 1]!) + 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${DAY_NAMES[run[0]!]} to ${DAY_NAMES[run[run.length - 1]!]}`] : run.map((d) => DAY_NAMES[d]),
  );
  return joinWords(parts);
}

/** True when none of the given day lists includes Saturday or Sunday. */
export function noWeekendDays(dayLists: readonly (readonly Weekday[])[]): boolean {
  return dayLists.every((days) => !days.includes('Sat') && !days.includes('Sun'));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A `YYYY-MM-DD` date in words, without touching time zones.
 * @example formatIsoDate('2026-11-23') // "23 November 2026"
 */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/**
 * Fills `{name}` placeholders of a data-file pattern. Unknown placeholders stay as written.
 * @example fillPattern('Need {region} SE', { region: 'US' }) // "Need US SE"
 */
export function fillPattern(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Splits a pattern into literal text and placeholder names, for rendering placeholders apart. */
export function splitPattern(pattern: string): { text: string; placeholder: boolean }[] {
  return pattern
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      return m ? { text: m[1]!, placeholder: true } : { text: part, placeholder: false };
    });
}

/** A wall-clock reading in one zone. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
}

/** The wall clock in `zone` at the instant `ms` (milliseconds since the epoch). */
export function wallClockAt(ms: number, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

function asUtcMs({ date, time }: WallClock): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, mo - 1, d, h, mi);
}

/**
 * The instant at which the wall clock in `zone` reads `time` on `date`.
 * (Refines the zone's offset twice, which settles it outside a daylight-saving gap.)
 */
export function instantOf(date: string, time: string, zone: string): number {
  const target = asUtcMs({ date, time });
  let guess = target;
  for (let i = 0; i < 2; i++) guess += target - asUtcMs(wallClockAt(guess, zone));
  return guess;
}

function dayDifference(from: string, to: string): number {
  return Math.round((asUtcMs({ date: to, time: '00:00' }) - asUtcMs({ date: from, time: '00:00' })) / 86_400_000);
}

/** A meeting's start as read in another zone on one reference date. */
export interface LocalStart {
  /** The reference date, `YYYY-MM-DD`, in the meeting's own zone. */
  on: string;
  /** `HH:MM` in the other zone. */
  time: string;
  /** Calendar days ahead of (+1) or behind (-1) the meeting's own date. */
  dayOffset: number;
}

/**
 * When a meeting held at `start` in `meetingZone` begins in `zone`, on each reference date.
 * Use one date in January and one in July to show both sides of daylight saving.
 * @example localStarts('17:00', 'Asia/Shanghai', 'Asia/Kolkata', ['2026-01-15']) // [{ on: '2026-01-15', time: '14:30', dayOffset: 0 }]
 */
export function localStarts(
  start: string,
  meetingZone: string,
  zone: string,
  referenceDates: readonly string[],
): LocalStart[] {
  return referenceDates.map((on) => {
    const local = wallClockAt(instantOf(on, start, meetingZone), zone);
    return { on, time: local.time, dayOffset: dayDifference(on, local.date) };
  });
}

/** "14:30", "08:30 the next day", "23:00 the day before". */
export function describeLocalStart({ time, dayOffset }: Pick<LocalStart, 'time' | 'dayOffset'>): string {
  if (dayOffset === 0) return time;
  if (dayOffset === 1) return `${time} the next day`;
  if (dayOffset === -1) return `${time} the day before`;
  return `${time} (${dayOffset > 0 ? '+' : ''}${dayOffset} days)`;
}

/** Minutes as people say them: "30 minutes", "1 hour", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h ? `${h} hour${h === 1 ? '' : 's'}` : '';
  const mins = m ? `${m} minute${m === 1 ? '' : 's'}` : '';
  return [hours, mins].filter(Boolean).join(' ') || '0 minutes';
}
