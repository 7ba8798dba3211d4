/**
 * The case's internal title with the target region's prefix ("Need US SE"),
 * from the data file's `reassignment.titlePrefixPattern`.
 *
 * Idempotent: a title that already carries a "Need X SE" prefix (any region,
 * any letter case, bare or wrapped as `<Need US SE>`, `[NEED US SE]`,
 * `Need US SE -`) has it replaced, never doubled. The matching regular
 * expression is derived from the pattern itself, so a lead who rewords the
 * pattern in the data file changes both what is added and what is recognised.
 */

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

// A region as people write it: a word of letters (US, emea, IGTSC), or the
// wiki's own list "APAC/IST/EMEA/US". With the known regions given, only
// those count, so "Need help SE migration" is left alone.
function regionSource(knownRegions?: readonly string[]): string {
  const word = knownRegions?.length
    ? `(?:${[...knownRegions]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})`
    : '[A-Za-z]{2,}';
  return `${word}(?:\\s*/\\s*${word})*`;
}
const OPEN = '[<\\[({]';
const CLOSE = '[>\\])}]';
// What people put between a prefix and the rest: dashes, colons, bars.
const SEPARATOR = '[\\s\\-\u2010-\u2015:|]*';
const EDGE_SEPARATORS = /^[\s\-\u2010-\u2015:|]+|[\s\-\u2010-\u2015:|]+$/g;

/**
 * The pattern, with `{region}` matching any region and its spaces matching
 * any white space. Brackets, colons or dashes around the pattern's own text
 * are left to the optional OPEN / CLOSE / SEPARATOR parts, so a prefix typed
 * with or without them is recognised either way.
 */
function patternSource(pattern: string, knownRegions?: readonly string[]): string {
  const core = pattern.replace(/^[\s<[({]+/, '').replace(/[\s>\])}:|\-\u2010-\u2015]+$/, '');
  return core
    .split('{region}')
    .map((part) => part.split(/\s+/).map(escapeRegExp).join('\\s+'))
    .join(regionSource(knownRegions));
}

/**
 * A regular expression that finds an existing prefix at the start of a title
 * (with any brackets around it and the separator after it).
 * @example prefixRegExp('Need {region} SE').test('[NEED apac SE] - Copy fails') // true
 */
export function prefixRegExp(pattern: string, knownRegions?: readonly string[]): RegExp {
  return new RegExp(
    `^\\s*${OPEN}?\\s*${patternSource(pattern, knownRegions)}(?![A-Za-z0-9])\\s*${CLOSE}?${SEPARATOR}`,
    'i',
  );
}

/** The same prefix at the end of a title ("Copy fails - NEED US SE"). */
export function suffixRegExp(pattern: string, knownRegions?: readonly string[]): RegExp {
  return new RegExp(
    `(?:^|${SEPARATOR.replace('*', '+')})${OPEN}?\\s*${patternSource(pattern, knownRegions)}\\s*${CLOSE}?\\s*$`,
    'i',
  );
}

/** The prefix for one region, e.g. `Need US SE`. */
export function titlePrefix(pattern: string, region: string): string {
  return pattern.split('{region}').join(region);
}

/**
 * Removes every "Need X SE" prefix (and one at the very end) from a title,
 * and makes it one line.
 * @param knownRegions region names that count (ids and aliases); any word when omitted
 * @example stripTitlePrefix('Need {region} SE', '<Need APAC SE> Need US SE - Copy fails') // 'Copy fails'
 */
export function stripTitlePrefix(pattern: string, title: string, knownRegions?: readonly string[]): string {
  const prefix = prefixRegExp(pattern, knownRegions);
  const suffix = suffixRegExp(pattern, knownRegions);
  let rest = title.replace(/\s+/g, ' ').trim();
  // Repeat until nothing changes: stacked prefixes all go, and separators
  // left at either end go with them (so the result is idempotent).
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(prefix, '').replace(suffix, '').replace(EDGE_SEPARATORS, '');
  }
  return rest;
}

/**
 * The title with the target region's prefix, replacing any earlier one.
 * A title without text gives the prefix alone. The prefix and the title are
 * joined with " - " unless the pattern ends in a bracket or colon of its own.
 * @param knownRegions region names whose prefix is replaced (ids and aliases); the target always counts
 * @example prefixTitle('Need {region} SE', 'Need APAC SE - Copy activity fails', 'US', ['APAC', 'IST', 'EMEA', 'US'])
 * // 'Need US SE - Copy activity fails'
 */
export function prefixTitle(pattern: string, title: string, region: string, knownRegions?: readonly string[]): string {
  const prefix = titlePrefix(pattern, region);
  const rest = stripTitlePrefix(pattern, title, knownRegions ? [...knownRegions, region] : undefined);
  if (!rest) return prefix;
  const joiner = /[\]>):]$/.test(prefix) ? ' ' : ' - ';
  return `${prefix}${joiner}${rest}`;
}
