/**
 * Identifiers people paste from other tools (case numbers, IcM IDs): read
 * the way a person means them, and described safely when they are wrong.
 *
 * - NFKC normalisation, so digits typed with an IME in full width (`１２３４`)
 *   are digits, and a full-width dash or space is a dash or a space.
 * - Invisible and direction-control characters are removed (a copy from a
 *   mail or chat often carries a zero-width space; a right-to-left override
 *   would show the rest of the text reversed), and each is named by code point.
 * - A message never repeats a character that does not show as itself: those
 *   are written as `U+XXXX` with their name.
 */
import { formatCount } from './text-limit';

/** The invisible and direction-control characters removed from identifiers, with their Unicode names. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<number, string> = new Map([
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2060, 'word joiner'],
  [0x2061, 'function application'],
  [0x2062, 'invisible times'],
  [0x2063, 'invisible separator'],
  [0x2064, 'invisible plus'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0xfeff, 'zero-width no-break space'],
]);

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `U+200B`: the code point in the form Unicode writes it. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Names of characters that may end up in a message and do not show as themselves. */
const OTHER_NAMES: ReadonlyMap<number, string> = new Map([
  [0x09, 'tab'],
  [0x0a, 'line feed'],
  [0x0d, 'carriage return'],
  [0x20, 'space'],
  [0xa0, 'no-break space'],
  [0xad, 'soft hyphen'],
  [0x034f, 'combining grapheme joiner'],
  [0x061c, 'Arabic letter mark'],
  [0x180e, 'Mongolian vowel separator'],
]);

// Letters, digits, punctuation and symbols show as themselves; marks need a base, and
// controls, formats, separators, private-use, unassigned and lone surrogates show as nothing (or move text).
const SHOWS_AS_ITSELF = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/**
 * How a message names one character: in quotes when it shows as itself,
 * else by code point and name. Never returns a control character.
 * @example describeCharacter('#') // '"#"'
 * @example describeCharacter('\u202e') // 'U+202E right-to-left override'
 */
export function describeCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (SHOWS_AS_ITSELF.test(char)) return `"${char}"`;
  const name = INVISIBLE_CHARACTERS.get(codePoint) ?? OTHER_NAMES.get(codePoint);
  if (name) return `${codePointLabel(codePoint)} ${name}`;
  if (/\p{Cc}/u.test(char)) return `${codePointLabel(codePoint)} (a control character)`;
  if (/\p{M}/u.test(char)) return `${codePointLabel(codePoint)} (a combining mark)`;
  if (/\p{Zs}/u.test(char)) return `${codePointLabel(codePoint)} (a space)`;
  return `${codePointLabel(codePoint)} (an invisible character)`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** An identifier after clean-up, and the invisible characters that were taken out. */
export interface CleanedIdentifier {
  value: string;
  /** Code points removed, each once, in the order first met. */
  removed: number[];
}

/**
 * NFKC-normalises an identifier and removes invisible and direction-control characters.
 * @example cleanIdentifier('１２\u200b３４') // { value: '1234', removed: [0x200b] }
 */
export function cleanIdentifier(raw: string): CleanedIdentifier {
  const removed = new Set<number>();
  const value = raw
    .replace(INVISIBLE, (c) => {
      removed.add(c.codePointAt(0)!);
      return '';
    })
    .normalize('NFKC');
  return { value, removed: [...removed] };
}

/**
 * The sentence telling what `cleanIdentifier` took out, or '' when nothing.
 * @example removedMessage([0x200b]) // 'Removed U+200B zero-width space (an invisible character).'
 */
export function removedMessage(removed: readonly number[]): string {
  if (removed.length === 0) return '';
  const names = removed.map((cp) => `${codePointLabel(cp)} ${INVISIBLE_CHARACTERS.get(cp) ?? ''}`.trim());
  return `Removed ${listInWords(names)} (${removed.length === 1 ? 'an invisible character' : 'invisible characters'}).`;
}

/** How many different wrong characters a message lists before it says "and N more". */
const MAX_LISTED = 8;

/**
 * The characters of `value` that are not digits, each described once, for "remove …" messages.
 * @example nonDigits('12#a#') // ['"#"', '"a"']
 */
export function nonDigits(value: string): { listed: string[]; more: number } {
  const bad = [...new Set(value.replace(/\d/g, ''))];
  return { listed: bad.slice(0, MAX_LISTED).map(describeCharacter), more: Math.max(0, bad.length - MAX_LISTED) };
}

/** `"#", "a"` / `"a", "b" and 3 other characters`: the wrong characters of a digits-only value. */
export function removeList(value: string): string {
  const { listed, more } = nonDigits(value);
  return more ? `${listed.join(', ')} and ${more} other character${more === 1 ? '' : 's'}` : listed.join(', ');
}

/** A short, safe quotation of a value for a message: no invisible characters, at most `max` characters. */
export function quoteForMessage(value: string, max = 40): string {
  // Only the start is looked at, so a pasted megabyte costs nothing here.
  const chars = [...value.slice(0, max * 2 + 2)];
  const safe = chars.slice(0, max).map((c) => (SHOWS_AS_ITSELF.test(c) || c === ' ' ? c : '\ufffd'));
  return `"${safe.join('')}${chars.length > max ? '…' : ''}"`;
}

/** The longest identifier the tools read (a case number has 16 digits; an IcM ID fewer). */
export const IDENTIFIER_MAX = 40;

/** What an identifier field holds after clean-up, and what is wrong with it, if anything. */
export interface IdentifierCheck {
  /** The cleaned text (kept even when invalid, so nothing typed is lost). */
  value: string;
  /** A message for the person, or undefined when the value is fine (or still empty). */
  error?: string;
  /** Invisible characters taken out (code points). */
  removed: number[];
}

/**
 * Checks a digits-only identifier once cleaned (`cleanIdentifier`, then `strip`).
 * `what` starts the message: "A case number", "An IcM ID".
 */
export function checkDigits(raw: string, what: string, strip: (s: string) => string): IdentifierCheck {
  const cleaned = cleanIdentifier(raw);
  const value = strip(cleaned.value);
  const result: IdentifierCheck = { value, removed: cleaned.removed };
  if (value.length > IDENTIFIER_MAX) {
    result.error = `${what} has at most ${IDENTIFIER_MAX} digits; this one has ${formatCount(value.length)} characters.`;
  } else if (/\D/.test(value)) {
    result.error = `${what} has digits only; remove ${removeList(value)}.`;
  }
  return result;
}
