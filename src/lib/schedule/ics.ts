/**
 * The handoff meetings as an iCalendar file (RFC 5545), for "Add to calendar".
 * The time-zone definitions (VTIMEZONE) are worked out from `Intl` for the years
 * the file covers, never pasted, so they follow the browser's own zone data; the
 * meetings repeat weekly on their days until the end of those years.
 * Loaded only when a download is asked for (dynamic import).
 */
import { meetingName } from './lookup-data';
import { meetingRule, type MeetingData } from './regions';
import { isRuleDay, windowOn } from './recurrence';
import { addDays, localParts, offsetMinutes, type LocalDate } from './zone';

const MINUTE = 60_000;
const DAY = 86_400_000;
const BYDAY: Record<string, string> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `20261123T160000`: the wall time in `zone` at `instant`. */
function localStamp(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** `20261123T160000Z`. */
function utcStamp(instant: number): string {
  return `${localStamp(instant, 'UTC')}Z`;
}

/** `+0530`, `-0800`. */
function icsOffset(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start
 * with a space, and no UTF-8 character is split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A change of a zone's offset: the instant, and the offsets before and after, in minutes. */
export interface Transition {
  at: number;
  from: number;
  to: number;
}

/**
 * The offset changes of `zone` in [from, to), found from `Intl`: a day-by-day
 * scan, then a search to the minute inside the day that changes.
 */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let prev = offsetMinutes(from, zone);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const end = Math.min(t, to);
    const offset = offsetMinutes(end, zone);
    if (offset !== prev) {
      let lo = end - DAY;
      let hi = end;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetMinutes(mid, zone) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: prev, to: offset });
      prev = offset;
    }
    if (end === to) break;
  }
  return out;
}

/** A VTIMEZONE for `zone` covering [from, to): one observance per change, plus the one in force at `from`. */
export function vtimezone(zone: string, from: number, to: number): string[] {
  const transitions = zoneTransitions(zone, from, to);
  const standard = Math.min(offsetMinutes(from, zone), ...transitions.map((t) => t.to));
  const initial = offsetMinutes(from, zone);
  const observance = (kind: string, start: string, offFrom: number, offTo: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${icsOffset(offFrom)}`,
    `TZOFFSETTO:${icsOffset(offTo)}`,
    `END:${kind}`,
  ];
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${zone}`];
  // The offset in force when the file's span begins (the wall time read with the new offset).
  lines.push(
    ...observance(
      initial > standard ? 'DAYLIGHT' : 'STANDARD',
      localStamp(from, zone).replace(/T.*/, 'T000000'),
      initial,
      initial,
    ),
  );
  for (const t of transitions) {
    // DTSTART is the local time of the change, as read with the offset before it.
    const wall = localStamp(t.at + t.from * MINUTE, 'UTC');
    lines.push(...observance(t.to > standard ? 'DAYLIGHT' : 'STANDARD', wall, t.from, t.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** What the file needs besides the meetings. */
export interface IcsOptions {
  /** Now (DTSTAMP), an instant. */
  now: number;
  /** The first day the file covers (the viewer's today); the meetings start from it. */
  first: LocalDate;
  /** How many years the file covers, from `first` (the meetings end then). */
  years?: number;
  /** Said in each event's description (the data's review date, assumed times). */
  note?: string;
  /** The host part of the UIDs. */
  uidDomain?: string;
}

function vevent(meeting: MeetingData, o: Required<Omit<IcsOptions, 'note'>> & { note?: string }, until: number) {
  const rule = meetingRule(meeting);
  let date = o.first;
  for (let i = 0; i < 14 && !isRuleDay(rule, date); i++) date = addDays(date, 1);
  const w = windowOn(rule, date);
  const name = meetingName(meeting);
  const description = [
    `Join in Teams: ${meeting.joinUrl}`,
    meeting.assumed ? 'The time is assumed: the leads have still to confirm it. Check the Teams invitation.' : '',
    o.note ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${meeting.id}@${o.uidDomain}`,
    `DTSTAMP:${utcStamp(o.now)}`,
    `DTSTART;TZID=${meeting.timeZone}:${localStamp(w.start, meeting.timeZone)}`,
    `DURATION:PT${meeting.durationMinutes}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${meeting.days.map((d) => BYDAY[d]).join(',')};UNTIL=${utcStamp(until)}`,
    `SUMMARY:${escapeText(`${name} handoff meeting`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText('Microsoft Teams')}`,
    `URL:${meeting.joinUrl}`,
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file (CRLF line ends, folded lines) with the meetings and a
 * VTIMEZONE for each of their zones.
 * @example buildIcs([emeaToUs], { now: Date.now(), first: { year: 2026, month: 11, day: 23 } })
 */
export function buildIcs(meetings: readonly MeetingData[], options: IcsOptions): string {
  const o = { years: 1, uidDomain: 'fts-guide.invalid', ...options };
  const from = Date.UTC(o.first.year, o.first.month - 1, o.first.day) - 2 * DAY;
  const until = Date.UTC(o.first.year + o.years, o.first.month - 1, o.first.day);
  const zones = [...new Set(meetings.map((m) => m.timeZone))];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Follow-the-Sun Handoff Guide//Handoff meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...zones.flatMap((z) => vtimezone(z, from, until + 2 * DAY)),
    ...meetings.flatMap((m) => vevent(m, o, until)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
