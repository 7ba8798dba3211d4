/**
 * The site's Content Security Policy, completed page by page from the built HTML.
 *
 * Astro's `security.csp` writes a `<meta http-equiv="content-security-policy">` whose hashes cover only
 * the scripts and styles Astro bundles itself. Starlight's inline scripts (theme, search shortcut,
 * sidebar), Solid's hydration script and every `style="…"` attribute in the markup are not among them,
 * so a strict policy would block them. These functions read a finished page, find the inline code it
 * contains and write the policy back as the first thing in `<head>` so it covers every script.
 *
 * A policy that hashed every script found in the page would vouch for a script injected through the
 * data file. So a script is allowed only when the build knows it as its own (`known`: Astro's own
 * hashes, the `is:inline` scripts of the components' source, the renderers' hydration scripts; see
 * `csp-integration.ts`). Any other inline script, any event-handler attribute and any `javascript:`
 * address is refused, naming the page and the start of the code.
 */
import { createHash } from 'node:crypto';

/** The inline code of one HTML page, as the browser will see it (entities decoded, CRLF as LF). */
export interface InlineCode {
  /** Text of every `<script>` without a `src`. */
  scripts: string[];
  /** Text of every `<style>` element. */
  styles: string[];
  /** Value of every `style` attribute. */
  styleAttributes: string[];
  /** Every event-handler attribute (`onerror="…"`), as `name=value` (the value decoded). */
  eventHandlers: string[];
  /** Every `javascript:` address in a link or source attribute, as `name=value` (the value decoded). */
  scriptUrls: string[];
}

/** Attributes that hold an address the browser may follow or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);

/** A policy as an ordered list of directives: name → sources. */
export type Policy = Map<string, string[]>;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  // Used to disguise a `javascript:` address.
  colon: ':',
  tab: '\t',
  newline: '\n',
};

/** Decodes the character references Astro writes in attribute values. Unknown ones stay as written. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Finds the inline scripts, style elements and style attributes of an HTML page.
 * A small tokenizer, enough for the well-formed HTML Astro writes: it skips comments, respects quoted
 * attribute values (which may contain `>`), and reads `<script>` / `<style>` bodies as raw text.
 */
export function findInlineCode(html: string): InlineCode {
  const source = html.replace(/\r\n?/g, '\n');
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [], scriptUrls: [] };
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(source.slice(lt, lt + 64));
    if (!name) {
      i = lt + 1;
      continue;
    }
    const tag = name[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    const attribute = /\s*([^\s/>="']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?|\s*\/?\s*>|\s*\//y;
    attribute.lastIndex = lt + name[0].length;
    let closed = false;
    let match: RegExpExecArray | null;
    while (!closed && (match = attribute.exec(source))) {
      if (match[0].trimEnd().endsWith('>')) closed = true;
      else if (match[1]) {
        const value = match[2] ?? match[3] ?? match[4] ?? '';
        attributes.set(match[1].toLowerCase(), decodeEntities(value));
      }
    }
    i = closed ? attribute.lastIndex : source.length;
    if (attributes.has('style')) found.styleAttributes.push(attributes.get('style')!);
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]/.test(attribute)) found.eventHandlers.push(`${attribute}=${value}`);
      // The browser strips control characters and spaces from an address before reading its scheme.
      else if (URL_ATTRIBUTES.has(attribute) && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, '')))
        found.scriptUrls.push(`${attribute}=${value}`);
    }
    if (tag === 'script' || tag === 'style') {
      const end = source.toLowerCase().indexOf(`</${tag}`, i);
      const body = source.slice(i, end < 0 ? source.length : end);
      if (tag === 'style') found.styles.push(body);
      else if (!attributes.has('src')) found.scripts.push(body);
      i = end < 0 ? source.length : end;
    }
  }
  return found;
}

/** The CSP source for a piece of inline code: `'sha256-…'` over its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Reads a policy string (`a x y; b z`) into directives. */
export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of decodeEntities(content).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back as a string, directives in order, sources de-duplicated. */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...new Set(sources)].join(' ')).join('; ');
}

const isHash = (source: string) => /^'(sha256|sha384|sha512)-/i.test(source);
const unique = (items: string[]) => [...new Set(items)];

/** The sources of a directive that are hashes (`'sha256-…'`). */
export function hashesOf(policy: Policy, directive: string): string[] {
  return (policy.get(directive) ?? []).filter(isHash);
}

/** How much of a refused piece of code a message shows. */
const SHOWN = 80;

/** The start of some code, on one line, quoted so that no character of it is hidden or acts. */
export function startOf(code: string): string {
  const flat = code.trim().replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > SHOWN ? `${flat.slice(0, SHOWN)}…` : flat).replace(
    /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The inline code of a page that the build does not know as its own, one message each: scripts whose
 * hash is not in `known`, event-handler attributes and `javascript:` addresses (which no hash allows).
 */
export function unknownCode(code: InlineCode, known: ReadonlySet<string>): string[] {
  const attribute = (nameValue: string) => {
    const at = nameValue.indexOf('=');
    return `${nameValue.slice(0, at)}=${startOf(nameValue.slice(at + 1))}`;
  };
  return [
    ...[...new Set(code.scripts)]
      .filter((script) => !known.has(hashSource(script)))
      .map((script) => `an inline script that is not one of the site's own: ${startOf(script)}`),
    ...code.eventHandlers.map((handler) => `an event-handler attribute (inline script): ${attribute(handler)}`),
    ...code.scriptUrls.map((url) => `a javascript: address (inline script): ${attribute(url)}`),
  ];
}

/**
 * Completes a page's policy with the hashes of the inline code it contains:
 * `script-src` gets one hash per inline script, `style-src` one per `<style>`, and `style-src-attr`
 * `'unsafe-hashes'` with one hash per distinct `style` attribute value (`'none'` if there are none),
 * so no `'unsafe-inline'` is needed anywhere. Hashes already in the policy are replaced, other
 * sources (`'self'`, `'wasm-unsafe-eval'`…) are kept. Checking that the scripts are the site's own is
 * {@link unknownCode}'s job; {@link applyPolicy} does both.
 */
export function completePolicy(base: Policy, code: InlineCode): Policy {
  const policy: Policy = new Map([...base].map(([name, sources]) => [name, [...sources]]));
  const keep = (name: string, fallback: string[]) => (policy.get(name) ?? fallback).filter((s) => !isHash(s));
  policy.set('script-src', [...keep('script-src', ["'self'"]), ...unique(code.scripts.map(hashSource))]);
  policy.set('style-src', [...keep('style-src', ["'self'"]), ...unique(code.styles.map(hashSource))]);
  const attributes = unique(code.styleAttributes.map(hashSource));
  policy.set(
    'style-src-attr',
    attributes.length ? ["'unsafe-hashes'", ...attributes] : keep('style-src-attr', ["'none'"]).filter(Boolean),
  );
  return policy;
}

const META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/** The policy a page declares in its CSP `<meta>` (empty when it has none). */
export function readPolicy(html: string): Policy {
  const meta = html.match(META)?.[0];
  const content = meta && /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
  return parsePolicy(content ? (content[1] ?? content[2] ?? '') : '');
}

/** A page whose inline code is not all the site's own; `problems` has one message per piece. */
export class UnknownInlineCodeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'UnknownInlineCodeError';
  }
}

/**
 * Returns the page with its CSP `<meta>` (written by Astro's `security.csp`) completed with the
 * hashes of the page's own inline code and moved right after `<meta charset>` (or to the start of
 * `<head>`), so that it governs every script and style that follows. Astro places it after
 * Starlight's theme script, which would leave that script outside the policy.
 *
 * @param known hashes of the inline scripts the build knows as its own; the hashes Astro wrote in the
 * page's policy (the scripts it bundled) count as known too.
 * @throws UnknownInlineCodeError when the page has any other inline script, an event-handler
 * attribute or a `javascript:` address.
 */
export function applyPolicy(html: string, known: ReadonlySet<string>): string {
  const own = readPolicy(html);
  if (!own.has('default-src')) {
    throw new Error('CSP: the page has no Content-Security-Policy with default-src (is security.csp enabled?)');
  }
  const withoutMeta = html.replace(META, '');
  const code = findInlineCode(withoutMeta);
  const problems = unknownCode(code, new Set([...known, ...hashesOf(own, 'script-src')]));
  if (problems.length) throw new UnknownInlineCodeError(problems);
  const policy = serializePolicy(completePolicy(own, code));
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const anchor = /<meta\s[^>]*charset[^>]*>/i.exec(withoutMeta) ?? /<head(\s[^>]*)?>/i.exec(withoutMeta);
  if (!anchor) throw new Error('CSP: the page has no <head> to put its Content-Security-Policy in');
  const at = anchor.index + anchor[0].length;
  return withoutMeta.slice(0, at) + meta + withoutMeta.slice(at);
}

/**
 * The bodies of the `is:inline` scripts in an Astro component's source, as Astro writes them into
 * the page (verbatim; CRLF read as LF, as {@link findInlineCode} reads pages). Scripts with
 * `define:vars` are left out: Astro wraps them in code of its own, so they cannot be known in advance.
 */
export function inlineScriptsOfComponent(source: string): string[] {
  const text = source.replace(/\r\n?/g, '\n');
  const scripts: string[] = [];
  for (const match of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\sis:inline\b/.test(attributes) && !/\sdefine:vars\b/.test(attributes) && !/\ssrc\s*=/.test(attributes))
      scripts.push(match[2]!);
  }
  return scripts;
}
