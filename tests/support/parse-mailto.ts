/**
 * Reads a `mailto:` URL back into its parts (RFC 6068). The tests use it to
 * prove that what the builder encodes decodes to exactly what was meant.
 */

/** A decoded mailto link. Header names are lower-cased. */
export interface ParsedMailto {
  to: string[];
  headers: Record<string, string>;
  subject?: string;
  body?: string;
}

/**
 * Decodes a mailto URL. `+` is a plus sign, never a space (RFC 6068, unlike
 * HTML form encoding).
 * @throws Error when the text is not a mailto URL or its percent-encoding is broken.
 */
export function parseMailto(href: string): ParsedMailto {
  const match = /^mailto:([^?]*)(?:\?(.*))?$/is.exec(href);
  if (!match) throw new Error(`Not a mailto link: ${href.slice(0, 40)}`);
  const [, toPart = '', query] = match;
  const to = toPart ? toPart.split(',').map((a) => decodeURIComponent(a)) : [];
  const headers: Record<string, string> = {};
  for (const field of query ? query.split('&') : []) {
    if (!field) continue;
    const eq = field.indexOf('=');
    const name = decodeURIComponent(eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : decodeURIComponent(field.slice(eq + 1));
    // RFC 6068: a `to` header adds recipients; other repeated headers keep the first.
    if (name === 'to') to.push(...value.split(',').filter(Boolean));
    else if (!(name in headers)) headers[name] = value;
  }
  return { to, headers, subject: headers.subject, body: headers.body };
}
