/**
 * The region lookup's "Day to show" field: which dates it can show. The
 * times come from the browser's time-zone rules, which the IANA database
 * keeps reliably only from 1970, and a day far ahead says nothing about the
 * team's meetings; so the field takes days from 1970 to 2099 and tells
 * anything else at the field, instead of silently showing another day.
 */
import { parseIsoDate, type LocalDate } from './schedule/zone';

/** The first and last years the day view shows. */
export const FIRST_SHOWN_YEAR = 1970;
export const LAST_SHOWN_YEAR = 2099;

/** For the field's `min` and `max`. */
export const FIRST_SHOWN_DAY = `${FIRST_SHOWN_YEAR}-01-01`;
export const LAST_SHOWN_DAY = `${LAST_SHOWN_YEAR}-12-31`;

export type ShownDateCheck =
  /** Empty: the field was cleared; the view shows today. */
  { kind: 'empty' } | { kind: 'ok'; date: LocalDate } | { kind: 'refused'; message: string };

/**
 * Reads the field's value (`YYYY-MM-DD`, as a date input gives it).
 * @example checkShownDate('2026-03-09') // { kind: 'ok', date: { year: 2026, month: 3, day: 9 } }
 * @example checkShownDate('0001-01-01').kind // 'refused'
 */
export function checkShownDate(value: string): ShownDateCheck {
  if (value.trim() === '') return { kind: 'empty' };
  const m = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(value.trim());
  const year = m ? Number(m[1]) : NaN;
  const range = `Choose a day from 1 January ${FIRST_SHOWN_YEAR} to 31 December ${LAST_SHOWN_YEAR}`;
  if (m && (year < FIRST_SHOWN_YEAR || year > LAST_SHOWN_YEAR)) {
    return {
      kind: 'refused',
      message: `${range}: the time-zone rules the times come from are not reliable outside those years. The view below has not changed.`,
    };
  }
  const date = m ? parseIsoDate(value.trim()) : undefined;
  if (!date) return { kind: 'refused', message: `That is not a date. ${range}. The view below has not changed.` };
  return { kind: 'ok', date };
}
