import { describe, expect, it } from 'vitest';
import {
  applyPolicy,
  completePolicy,
  decodeEntities,
  findInlineCode,
  hashSource,
  parsePolicy,
  readPolicy,
  serializePolicy,
} from '../../src/lib/csp';

describe('hashSource', () => {
  // Reference values: the empty string, and the one the web-platform-tests use for style attributes.
  it.each([
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['background: green', "'sha256-S0VSqEOmzmyOifPfat2sJ7ELOgkldAEbaXlvi5iMqjc='"],
  ])('hashes %j as the browser does', (text, expected) => {
    expect(hashSource(text)).toBe(expected);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&quot;x&quot;', '"x"'],
    ['&#39;&#x27;&apos;', "'''"],
    ['&lt;b&gt;', '<b>'],
    ['&unknown; stays', '&unknown; stays'],
    ['no entities', 'no entities'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('findInlineCode', () => {
  describe.each([
    ['an inline script', '<script>a()</script>', { scripts: ['a()'] }],
    ['a module script', '<script type="module">b()</script>', { scripts: ['b()'] }],
    ['an external script', '<script type="module" src="/x.js"></script>', {}],
    ['an empty script', '<script></script>', { scripts: [''] }],
    ['a script with markup in it', '<script>if (a<b) x("</div>")</script>', { scripts: ['if (a<b) x("</div>")'] }],
    ['upper-case tags', '<SCRIPT>c()</SCRIPT>', { scripts: ['c()'] }],
    ['a style element', '<style>a{color:red}</style>', { styles: ['a{color:red}'] }],
    ['a style attribute', '<div style="--a: 1em;">x</div>', { styleAttributes: ['--a: 1em;'] }],
    ['a single-quoted style', "<p style='a:b'>", { styleAttributes: ['a:b'] }],
    ['an encoded style', '<p style="font-family:&quot;X&quot;">', { styleAttributes: ['font-family:"X"'] }],
    ['a ">" inside another attribute', '<a title="a > b" style="c:d">', { styleAttributes: ['c:d'] }],
    ['a self-closing tag', '<img alt="" style="e:f"/>', { styleAttributes: ['e:f'] }],
    ['markup in a comment', '<!-- <script>no()</script> <p style="no"> -->', {}],
    ['CRLF line ends', '<script>a()\r\nb()</script>', { scripts: ['a()\nb()'] }],
    ['text that only looks like a tag', '<p>1 < 2 and style="x"</p>', {}],
    [
      'a style attribute on a script',
      '<script style="g:h">i()</script>',
      { scripts: ['i()'], styleAttributes: ['g:h'] },
    ],
  ])('%s', (_, html, expected) => {
    it('is found exactly', () => {
      expect(findInlineCode(html)).toEqual({ scripts: [], styles: [], styleAttributes: [], ...expected });
    });
  });
});

describe('parsePolicy and serializePolicy', () => {
  it('round-trips a policy, dropping repeated directives and sources', () => {
    const policy = parsePolicy("default-src 'self';  script-src 'self' 'self' 'sha256-a' ; default-src *;");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'self'", "'sha256-a'"]],
    ]);
    expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
  });
});

describe('completePolicy', () => {
  const base = parsePolicy(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-stale='; style-src 'self'",
  );

  it('allows exactly the inline code found, replacing hashes it had', () => {
    const code = { scripts: ['a()', 'a()'], styles: ['p{}'], styleAttributes: ['x:y', 'x:y'] };
    expect(serializePolicy(completePolicy(base, code))).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${hashSource('a()')}`,
        `style-src 'self' ${hashSource('p{}')}`,
        `style-src-attr 'unsafe-hashes' ${hashSource('x:y')}`,
      ].join('; '),
    );
  });

  it("allows no style attribute at all when the page has none ('none', never 'unsafe-inline')", () => {
    const policy = completePolicy(base, { scripts: [], styles: [], styleAttributes: [] });
    expect(policy.get('style-src-attr')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('does not change the policy it was given', () => {
    completePolicy(base, { scripts: ['b()'], styles: [], styleAttributes: [] });
    expect(base.get('script-src')).toContain("'sha256-stale='");
  });
});

describe('applyPolicy', () => {
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;
  const astroMeta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro='; style-src 'self'">`;

  it('moves the policy first after the charset and hashes every inline script, even those before it', () => {
    const html = applyPolicy(
      page(`<script>theme()</script>${astroMeta}`, '<div style="--depth: 0;"><script>w._$HY=1</script></div>'),
    );
    expect(html.indexOf('<meta http-equiv="content-security-policy"')).toBe(
      html.indexOf('<meta charset="utf-8"/>') + 23,
    );
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    const policy = readPolicy(html);
    expect(policy.get('script-src')).toEqual(["'self'", hashSource('theme()'), hashSource('w._$HY=1')]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", hashSource('--depth: 0;')]);
  });

  it('leaves everything else of the page as it was', () => {
    const html = page(`<title>T</title>${astroMeta}`, '<p>Body</p>');
    expect(applyPolicy(html).replace(/<meta http-equiv[^>]*>/, '')).toBe(html.replace(astroMeta, ''));
  });

  it('is stable when run twice', () => {
    const once = applyPolicy(page(astroMeta, '<script>x()</script>'));
    expect(applyPolicy(once)).toBe(once);
  });

  it('refuses a page without a policy (security.csp switched off)', () => {
    expect(() => applyPolicy(page('<title>T</title>'))).toThrow(/no Content-Security-Policy/);
  });
});
