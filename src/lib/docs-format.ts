/**
 * Formatting for the documentation pages' no-JavaScript content: days, dates,
 * patterns and a handover meeting's start in the zones of the regions taking
 * part. Pure functions: every date they use comes from their arguments (the
 * data file), never from the clock, and every zone is named explicitly, so the
 * build machine's time zone cannot leak into the HTML.
 */
import { WEEKDAYS, type Weekday } from './org-schema';
import { formatLongDate, parseIsoDate } from './schedule/zone';

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

/**
 * A `YYYY-MM-DD` date in words, without touching time zones; other text is returned as it is.
 * @example formatIsoDate('2026-11-23') // "23 November 2026"
 */
export function formatIsoDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatLongDate(date) : iso;
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

/**
 * Calendar days between a meeting's own date (`YYYY-MM-DD`) and the date of
 * an ISO 8601 instant written with the other region's offset: +1 when the
 * meeting starts there on the next day.
 * @example dayOffset('2026-11-23', '2026-11-24T08:30:00+08:00') // 1
 */
export function dayOffset(meetingDate: string, isoInRegion: string): number {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round((day(isoInRegion) - day(meetingDate)) / 86_400_000);
}

/** "14:30", "08:30 the next day", "23:00 the day before". */
export function describeLocalStart({ time, dayOffset }: { time: string; dayOffset: number }): string {
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
