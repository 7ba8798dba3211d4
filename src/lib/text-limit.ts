/**
 * Field maximums, and what a field says as it nears and passes its own.
 * Nothing typed is ever cut: a field over its maximum keeps its text and
 * says so; the tool then declines to use it until it fits (so a pasted log
 * of megabytes cannot freeze the page).
 */

/** The longest text a note section (a multi-line field) holds. */
export const SECTION_MAX = 100_000;

/** The longest single-line answer (product skill, reason for critsit, a case title). */
export const LINE_MAX = 1_000;

/**
 * The longest note the import box takes: as long as a section. A text area
 * holding much more makes every key press slow in Chromium (about 40 ms at
 * 100,000 characters, most of a second at a megabyte).
 */
export const IMPORT_MAX = SECTION_MAX;

/** From this share of the maximum on, a field shows its count. */
export const NEAR_SHARE = 0.9;

/** `1,048,576`: a count written the same whatever the browser's language. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Where a field stands against its maximum. */
export interface LengthCheck {
  /** True past the maximum. */
  over: boolean;
  /** '' well under the maximum; a count near it; a message past it. */
  message: string;
}

/**
 * The count near the maximum, the message past it.
 * @example checkLength(95_000, 100_000) // { over: false, message: '95,000 of 100,000 characters.' }
 * @example checkLength(100_001, 100_000).message // '100,001 characters: 1 over the maximum of 100,000. …'
 */
export function checkLength(length: number, max: number): LengthCheck {
  if (length > max) {
    return {
      over: true,
      message: `${formatCount(length)} characters: ${formatCount(length - max)} over the maximum of ${formatCount(max)}. Shorten it; nothing you typed is cut.`,
    };
  }
  if (length >= max * NEAR_SHARE)
    return { over: false, message: `${formatCount(length)} of ${formatCount(max)} characters.` };
  return { over: false, message: '' };
}
