/**
 * How fresh the data file's facts are: its `lastReviewed` date against its
 * `reviewEvery` period, on the reader's own date (computed in the browser, so a
 * page built long ago still warns). Tiny and dependency-free: docs pages load it.
 */

/** A calendar date, month 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Reads `6 months` / `1 month` into a number of months; undefined when it is not that. */
export function parseReviewEvery(text: string): number | undefined {
  const m = /^([1-9]\d?) months?$/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** Whole months from `from` (`YYYY-MM-DD`) to `to`; negative when `to` is earlier. */
export function monthsSince(from: string, to: Day): number {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const months = (to.year - y) * 12 + to.month - m;
  return to.day < d ? months - 1 : months;
}

/**
 * The warning once the data is due for review, else ''.
 * @example reviewWarning('2026-11-23', 6, { year: 2027, month: 6, day: 1 }) // "last reviewed 6 months ago — check with your lead"
 * @example reviewWarning('2026-11-23', 6, { year: 2027, month: 5, day: 22 }) // ""
 */
export function reviewWarning(lastReviewed: string, everyMonths: number, today: Day): string {
  const months = monthsSince(lastReviewed, today);
  return months < everyMonths ? '' : `last reviewed ${months} months ago — check with your lead`;
}
