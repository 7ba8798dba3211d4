/**
 * `mailto:` links as RFC 6068 asks: every header value percent-encoded as
 * UTF-8 with `encodeURIComponent` (so a space is `%20`, never `+`, and `&`,
 * `?`, `#`, `%`, `+` are encoded), line breaks in the body as CRLF (`%0D%0A`).
 */

/** Links longer than this may be cut or refused by some mail apps and browsers. */
export const SAFE_MAILTO_LENGTH = 1800;

/** Line breaks of any kind (CR LF, lone LF, lone CR) as CRLF, as RFC 6068 asks for the body. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

// encodeURIComponent throws on half a surrogate pair (text cut in the middle of
// an emoji); such halves become U+FFFD instead of breaking the page.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes one header value (UTF-8; a lone surrogate becomes U+FFFD). */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/** Encodes an address: `@` may stay as it is (RFC 6068 section 2), everything else is percent-encoded. */
export function encodeMailtoAddress(address: string): string {
  return address.split('@').map(encodeMailtoValue).join('@');
}

/** What a mailto link carries. */
export interface MailtoParts {
  to: string;
  subject?: string;
  body?: string;
}

/**
 * A `mailto:` URL. The body's line breaks become CRLF.
 * @example buildMailto({ to: 'dm@example.com', subject: 'A & B', body: 'line 1\nline 2' })
 * // 'mailto:dm@example.com?subject=A%20%26%20B&body=line%201%0D%0Aline%202'
 */
export function buildMailto({ to, subject, body }: MailtoParts): string {
  const fields: string[] = [];
  if (subject !== undefined) fields.push(`subject=${encodeMailtoValue(subject)}`);
  if (body !== undefined) fields.push(`body=${encodeMailtoValue(toCrlf(body))}`);
  return `mailto:${encodeMailtoAddress(to)}${fields.length ? `?${fields.join('&')}` : ''}`;
}

/** The ready-to-send mail: the link, and whether the full body fitted in it. */
export interface ReadyMail {
  href: string;
  /** The body the link carries (CRLF line breaks). */
  body: string;
  /** False when the full body was too long and the short one was used: the UI copies the full text instead. */
  fullBodyIncluded: boolean;
  /** True when even the short link is longer than the limit (some mail apps may cut it). */
  overLimit: boolean;
}

/**
 * Chooses the body for a mailto link: the full body when the whole link stays
 * within `limit` characters, otherwise the short one.
 */
export function buildReadyMail(
  parts: { to: string; subject: string; fullBody: string; shortBody: string },
  limit: number = SAFE_MAILTO_LENGTH,
): ReadyMail {
  const full = buildMailto({ to: parts.to, subject: parts.subject, body: parts.fullBody });
  if (full.length <= limit)
    return { href: full, body: toCrlf(parts.fullBody), fullBodyIncluded: true, overLimit: false };
  const short = buildMailto({ to: parts.to, subject: parts.subject, body: parts.shortBody });
  return {
    href: short,
    body: toCrlf(parts.shortBody),
    fullBodyIncluded: false,
    overLimit: short.length > limit,
  };
}
