/**
 * Time-zone arithmetic with `Intl` only: no offset tables, no library.
 * An "instant" is a number of milliseconds since the Unix epoch (what
 * `Date.now()` gives); a "wall time" is what a clock on the wall shows in a zone.
 */

/** A calendar date, month 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** What a clock in a zone shows at an instant. `weekday`: 0 = Sunday … 6 = Saturday. */
export interface LocalParts extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** Day names as the data file writes them, indexed like `Date#getUTCDay()` (0 = Sunday). */
export const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export type DayName = (typeof DAY_NAMES)[number];

const MONTH_NAMES = [
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
] as const;

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The weekday (0 = Sunday) of a calendar date; zone-free. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The date `days` days after `date` (negative: before); zone-free. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Compares two dates: negative, zero or positive. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * What a clock in `zone` shows at `instant`.
 * @example localParts(Date.UTC(2026, 2, 8, 10), 'America/Los_Angeles') // 03:00 on Sun 8 Mar 2026
 */
export function localParts(instant: number, zone: string): Readonly<LocalParts> {
  // Every time shown or compared goes through here, most of them several times (a cell's text, its
  // `datetime`, its day); `formatToParts` is the costly part, so each answer is kept. Small all
  // the same, as a tab may stay open for weeks.
  let zoneParts = partsCache.get(zone);
  if (!zoneParts) partsCache.set(zone, (zoneParts = new Map()));
  let parts = zoneParts.get(instant);
  if (!parts) {
    if (zoneParts.size >= 5000) zoneParts.clear();
    parts = Object.freeze(computeLocalParts(instant, zone));
    zoneParts.set(instant, parts);
  }
  return parts;
}

const partsCache = new Map<string, Map<number, Readonly<LocalParts>>>();

function computeLocalParts(instant: number, zone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const date = { year: parts.year!, month: parts.month!, day: parts.day! };
  return {
    ...date,
    // Some engines still write midnight as 24 with h23; it is the same day's 00.
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
    weekday: weekdayOf(date),
  };
}

/** The zone's offset from UTC at `instant`, in minutes (east positive: India is +330). */
export function offsetMinutes(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = localParts(whole, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - whole) / MINUTE);
}

/** Parses `HH:MM` into minutes after midnight. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * The instant at which a clock in `zone` shows `date` at `minutes` after midnight.
 * Follows Temporal's "compatible" rule: a time repeated when clocks go back is the
 * first of the two; a time skipped when clocks go forward moves on by the gap
 * (02:30 on the day the US springs forward is 03:30 daylight time).
 */
export function wallTimeToInstant(date: LocalDate, minutes: number, zone: string): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const before = offsetMinutes(naive - DAY, zone);
  const after = offsetMinutes(naive + DAY, zone);
  const candidates = [naive - before * MINUTE, naive - after * MINUTE].sort((a, b) => a - b);
  for (const c of candidates) {
    const p = localParts(c, zone);
    if (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === naive) return c;
  }
  // In a gap: read the wall time with the offset in force before the change.
  return naive - before * MINUTE;
}

/** The calendar date a clock in `zone` shows at `instant`. */
export function localDate(instant: number, zone: string): LocalDate {
  const { year, month, day } = localParts(instant, zone);
  return { year, month, day };
}

/** The instant the given date starts in `zone` (its first moment, usually 00:00). */
export function startOfDay(date: LocalDate, zone: string): number {
  return wallTimeToInstant(date, 0, zone);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `+05:30`, `-07:00`, `+00:00`. */
export function formatOffset(offset: number): string {
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** `2026-03-08`. */
export function isoDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Reads `YYYY-MM-DD`; undefined when it is not a real date. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return compareDates(addDays(date, 0), date) === 0 ? date : undefined;
}

/**
 * The instant as ISO 8601 in the zone's local time with its offset, for `<time datetime>`.
 * @example toIsoInZone(Date.UTC(2026, 10, 23, 10, 30), 'Asia/Kolkata') // "2026-11-23T16:00:00+05:30"
 */
export function toIsoInZone(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  return `${isoDate(p)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(offsetMinutes(instant, zone))}`;
}

/** `16:00`. */
export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

/** The wall time at `instant` in `zone`, `HH:MM`. */
export function formatTime(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  return formatClock(p.hour * 60 + p.minute);
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The full name of the day a clock in `zone` shows at `instant`: `Saturday`. */
export function formatWeekday(instant: number, zone: string): string {
  return WEEKDAY_NAMES[localParts(instant, zone).weekday]!;
}

/** `Mon 23 Nov` for the date a clock in `zone` shows at `instant`. */
export function formatDay(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  return `${DAY_NAMES[p.weekday]} ${p.day} ${MONTH_NAMES[p.month - 1]!.slice(0, 3)}`;
}

/** `Mon 23 Nov, 16:00`. */
export function formatDayTime(instant: number, zone: string): string {
  return `${formatDay(instant, zone)}, ${formatTime(instant, zone)}`;
}

/** `8 March 2026`. */
export function formatLongDate(date: LocalDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/**
 * A range of dates, inclusive, as people write it.
 * @example formatDateRange({ year: 2027, month: 3, day: 15 }, { year: 2027, month: 3, day: 26 }) // "15 to 26 March 2027"
 */
export function formatDateRange(from: LocalDate, to: LocalDate): string {
  if (compareDates(from, to) === 0) return `on ${formatLongDate(from)}`;
  if (from.year !== to.year) return `from ${formatLongDate(from)} to ${formatLongDate(to)}`;
  if (from.month !== to.month) return `from ${from.day} ${MONTH_NAMES[from.month - 1]} to ${formatLongDate(to)}`;
  return `from ${from.day} to ${formatLongDate(to)}`;
}

/** `UTC+05:30`. */
export function formatUtcOffset(instant: number, zone: string): string {
  return `UTC${formatOffset(offsetMinutes(instant, zone))}`;
}

/** The city part of an IANA name, readable: `America/Los_Angeles` → `Los Angeles`. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/**
 * A duration as people say it: `2 h 05 min`, `45 min`, `1 day 3 h`.
 * @param ms milliseconds, rounded up to the minute (a countdown never says 0 min too early)
 */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / MINUTE));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days) return `${days} ${days === 1 ? 'day' : 'days'}${hours ? ` ${hours} h` : ''}`;
  if (hours) return `${hours} h ${pad(minutes)} min`;
  return `${minutes} min`;
}

/**
 * Old names browsers still report for zones the IANA database has renamed
 * (Chrome says `Asia/Calcutta`), with the current name. Only the renamed
 * zones, not every link: a zone missing here is shown as the browser names it.
 */
const ZONE_RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * A zone's current IANA name, and the name the browser reported when it differs.
 * @example canonicalZone('Asia/Calcutta') // { name: 'Asia/Kolkata', alias: 'Asia/Calcutta' }
 * @example canonicalZone('Europe/London') // { name: 'Europe/London' }
 */
export function canonicalZone(zone: string): { name: string; alias?: string } {
  const name = ZONE_RENAMED[zone];
  return name ? { name, alias: zone } : { name: zone };
}

/** A zone as shown to people: `Asia/Kolkata (your browser says Asia/Calcutta)`. */
export function formatZoneName(zone: string): string {
  const { name, alias } = canonicalZone(zone);
  return alias ? `${name} (your browser says ${alias})` : name;
}
