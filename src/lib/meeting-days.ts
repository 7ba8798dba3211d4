/**
 * The data file's rule of days without a handoff meeting (`noMeetingDays`), in words, so that every
 * sentence about it on the pages comes from the data and cannot contradict the meetings' days (the
 * schema refuses a meeting on one of those days).
 */
import { WEEKDAYS, type Weekday } from './org-schema';
import { formatDays } from './docs-format';

const isWeekend = (day: Weekday) => day === 'Sat' || day === 'Sun';

/**
 * When there is no meeting, as the end of a sentence; empty when the rule names no day.
 * @example noMeetingWhen(['Sat', 'Sun']) // "at weekends"
 * @example noMeetingWhen(['Sun']) // "on Sunday"
 */
export function noMeetingWhen(days: readonly Weekday[]): string {
  const rule = WEEKDAYS.filter((day) => days.includes(day));
  if (!rule.length) return '';
  if (rule.length === WEEKDAYS.length) return 'on any day';
  const weekdays = rule.filter((day) => !isWeekend(day));
  if (rule.includes('Sat') && rule.includes('Sun'))
    return weekdays.length ? `at weekends or on ${formatDays(weekdays)}` : 'at weekends';
  return `on ${formatDays(rule)}`;
}

/**
 * The rule as a sentence; empty when the rule names no day.
 * @example noMeetingSentence(['Sat', 'Sun']) // "There is no handoff meeting at weekends."
 */
export function noMeetingSentence(days: readonly Weekday[]): string {
  const when = noMeetingWhen(days);
  return when ? `There is no handoff meeting ${when}.` : '';
}

/** A meeting as the answer names it. */
export interface NamedMeeting {
  /** "APAC → IST/EMEA". */
  name: string;
  days: readonly Weekday[];
}

/**
 * The answer to "Is there a handoff meeting at weekends?", from the rule and the meetings' days.
 * @example weekendAnswer(['Sat', 'Sun'], [{ name: 'A → B', days: ['Mon', 'Fri'] }])
 * // "No. There is no handoff meeting at weekends: the meetings are held Monday and Friday, counted in each meeting’s own time zone."
 */
export function weekendAnswer(rule: readonly Weekday[], meetings: readonly NamedMeeting[]): string {
  const zones = 'counted in each meeting’s own time zone';
  const atWeekends = meetings.filter((m) => m.days.some(isWeekend));
  if (atWeekends.length) {
    const which = atWeekends.map((m) => `${m.name} on ${formatDays(m.days)}`).join('; ');
    return [`Some are: ${which}, ${zones}.`, noMeetingSentence(rule)].filter(Boolean).join(' ');
  }
  const held = [...new Set(meetings.map((m) => formatDays(m.days)))].join('; ');
  if (rule.includes('Sat') && rule.includes('Sun'))
    return `No. ${noMeetingSentence(rule).replace(/\.$/, '')}: the meetings are held ${held}, ${zones}.`;
  return [`Not at present: the meetings are held ${held}, ${zones}.`, noMeetingSentence(rule)]
    .filter(Boolean)
    .join(' ');
}
