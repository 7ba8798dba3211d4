import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  UnknownInlineCodeError,
  applyPolicy,
  completePolicy,
  decodeEntities,
  findInlineCode,
  hashSource,
  inlineScriptsOfComponent,
  parsePolicy,
  readPolicy,
  serializePolicy,
  startOf,
  unknownCode,
} from '../../src/integrations/csp';
import { cspHashes, knownInlineScripts } from '../../src/integrations/csp-integration';
import {
  PERMISSIONS_POLICY,
  headersFile,
  hostHeaders,
  parseHeadersFile,
  staticWebAppConfig,
  unionPolicy,
} from '../../src/integrations/headers';

const ROOT = new URL('../..', import.meta.url).pathname;
const none = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [], scriptUrls: [] };

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
    ['an event handler', '<img src=x onerror="a()">', { eventHandlers: ['onerror=a()'] }],
    ['an unquoted upper-case handler', '<p ONCLICK=b()>', { eventHandlers: ['onclick=b()'] }],
    ['a javascript: link', '<a href="javascript:c()">x</a>', { scriptUrls: ['href=javascript:c()'] }],
    [
      'a disguised javascript: link',
      '<a href=" Java&Tab;Script&colon;d()">',
      { scriptUrls: ['href= Java\tScript:d()'] },
    ],
    ['an encoded javascript: link', '<a href="&#106;avascript:e()">', { scriptUrls: ['href=javascript:e()'] }],
    ['a javascript: source', '<iframe src="javascript:f()">', { scriptUrls: ['src=javascript:f()'] }],
    ['text about javascript:', '<p title="javascript: g()">javascript:h()</p>', {}],
    ['an https link', '<a href="https://example.com/?on=1">', {}],
  ])('%s', (_, html, expected) => {
    it('is found exactly', () => {
      expect(findInlineCode(html)).toEqual({ ...none, ...expected });
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
    const code = { ...none, scripts: ['a()', 'a()'], styles: ['p{}'], styleAttributes: ['x:y', 'x:y'] };
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
    const policy = completePolicy(base, none);
    expect(policy.get('style-src-attr')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('does not change the policy it was given', () => {
    completePolicy(base, { ...none, scripts: ['b()'] });
    expect(base.get('script-src')).toContain("'sha256-stale='");
  });
});

describe('applyPolicy', () => {
  const page = (head: string, body = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;
  const astroMeta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro='; style-src 'self'">`;

  const known = new Set([hashSource('theme()'), hashSource('w._$HY=1'), hashSource('x()')]);

  it('moves the policy first after the charset and hashes every inline script, even those before it', () => {
    const html = applyPolicy(
      page(`<script>theme()</script>${astroMeta}`, '<div style="--depth: 0;"><script>w._$HY=1</script></div>'),
      known,
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
    expect(applyPolicy(html, known).replace(/<meta http-equiv[^>]*>/, '')).toBe(html.replace(astroMeta, ''));
  });

  it('is stable when run twice', () => {
    const once = applyPolicy(page(astroMeta, '<script>x()</script>'), known);
    expect(applyPolicy(once, known)).toBe(once);
  });

  it('refuses a page without a policy (security.csp switched off)', () => {
    expect(() => applyPolicy(page('<title>T</title>'), known)).toThrow(/no Content-Security-Policy/);
  });

  it('counts the scripts Astro hashed in its own policy as known (the code it bundles)', () => {
    const meta = astroMeta.replace("'sha256-astro='", hashSource('bundled()'));
    expect(readPolicy(applyPolicy(page(meta, '<script>bundled()</script>'), new Set())).get('script-src')).toEqual([
      "'self'",
      hashSource('bundled()'),
    ]);
  });

  it.each([
    [
      'an injected script',
      '<p>FTS tool<script>alert(document.domain)</script></p>',
      'an inline script that is not one of the site\'s own: "alert(document.domain)"',
    ],
    [
      'an event handler',
      '<img src=x onerror="alert(1)">',
      'an event-handler attribute (inline script): onerror="alert(1)"',
    ],
    [
      'a javascript: link',
      '<a href="javascript:alert(1)">x</a>',
      'a javascript: address (inline script): href="javascript:alert(1)"',
    ],
  ])('refuses %s, naming the start of the code, and allows none of it', (_, body, message) => {
    let error: unknown;
    try {
      applyPolicy(page(astroMeta, `<script>x()</script>${body}`), known);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownInlineCodeError);
    expect((error as UnknownInlineCodeError).problems).toEqual([message]);
  });
});

describe('unknownCode', () => {
  it('names each unknown script once, and none that are known', () => {
    const code = { ...none, scripts: ['ok()', 'bad()', 'bad()'] };
    expect(unknownCode(code, new Set([hashSource('ok()')]))).toEqual([
      'an inline script that is not one of the site\'s own: "bad()"',
    ]);
  });
});

describe('startOf', () => {
  it.each([
    ['short()', '"short()"'],
    ['  a\n\t b  ', '"a b"'],
    ['x'.repeat(100), `"${'x'.repeat(80)}…"`],
    ['a\u202eb\u200bc', '"a\\u202eb\\u200bc"'],
    ['</script><b>', '"</script><b>"'],
  ])('shows %j as %s', (code, shown) => {
    expect(startOf(code)).toBe(shown);
  });
});

describe('inlineScriptsOfComponent', () => {
  it.each([
    ['an is:inline script, verbatim', '---\n---\n<script is:inline>\n\ta();\n</script>', ['\n\ta();\n']],
    ['one with other attributes', '<script is:inline aria-hidden="true">b()</script>', ['b()']],
    ['one inside an expression', '{show && <script is:inline>\nc()\n</script>}', ['\nc()\n']],
    ['CRLF line ends', '<script is:inline>\r\nd()\r\n</script>', ['\nd()\n']],
    ['a bundled script (Astro hashes it)', '<script>import x from "y";</script>', []],
    ['a script with define:vars', '<script is:inline define:vars={{ a }}>e(a)</script>', []],
    ['an external script', '<script is:inline src="/x.js"></script>', []],
  ])('%s', (_, source, expected) => {
    expect(inlineScriptsOfComponent(source)).toEqual(expected);
  });
});

describe('the scripts the build knows as its own', async () => {
  const known = await knownInlineScripts(ROOT);
  const starlight = (file: string) =>
    inlineScriptsOfComponent(readFileSync(join(ROOT, 'node_modules/@astrojs/starlight/dist', file), 'utf-8'));

  it.each([
    ['Starlight’s sidebar state', 'components/SidebarPersister.astro'],
    ['Starlight’s synced tabs', 'user-components/Tabs.astro'],
  ])('include %s, read from its source', (_, file) => {
    const scripts = starlight(file);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(known.has(hashSource(script))).toBe(true);
  });

  it('include Solid’s hydration script, asked from the renderer', async () => {
    const { default: solid } = await import('@astrojs/solid-js/server.js');
    const [script] = findInlineCode(solid.renderHydrationScript!()).scripts;
    expect(script).toContain('_$HY');
    expect(known.has(hashSource(script!))).toBe(true);
  });

  it('never include a script that is not in a component', () => {
    expect(known.has(hashSource('alert(document.domain)'))).toBe(false);
  });
});

describe('the integration, on a built site', () => {
  const work = mkdtempSync(join(tmpdir(), 'fts-csp-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
  const html = (body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8">${meta}</head><body>${body}</body></html>`;
  const logger = { info: () => {}, error: (m: string) => logged.push(m) };
  const logged: string[] = [];

  async function runOn(files: Record<string, string>) {
    const dir = mkdtempSync(join(work, 'dist-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const integration = cspHashes();
    const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { root: new URL(`file://${ROOT}`) } });
    const done = hooks['astro:build:done']!({ dir: new URL(`file://${dir}/`), logger });
    return { dir, done };
  }

  it('stops the build on an unknown inline script, naming the page and the start of the script, and changes nothing', async () => {
    const evil = html('<a href="https://x.example/">FTS tool<script>alert(document.domain)</script></a>');
    const { dir, done } = await runOn({ 'fts/index.html': evil, 'index.html': html('<p>fine</p>') });
    await expect(done).rejects.toThrow(/not the site's own/);
    expect(logged.join('\n')).toContain(
      '/fts/: an inline script that is not one of the site\'s own: "alert(document.domain)"',
    );
    expect(readFileSync(join(dir, 'fts/index.html'), 'utf-8')).toBe(evil);
    expect(existsSync(join(dir, '_headers'))).toBe(false);
  });

  it('writes the pages’ policies and the host headers when every script is known', async () => {
    const { dir, done } = await runOn({
      'index.html': html('<div style="a:b"></div>'),
      'x/index.html': html('<p style="c:d">x</p>'),
    });
    await done;
    const headers = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf-8'));
    expect(JSON.parse(readFileSync(join(dir, 'staticwebapp.config.json'), 'utf-8'))).toEqual({
      globalHeaders: headers,
    });
    const policy = parsePolicy(headers['Content-Security-Policy']!);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", hashSource('a:b'), hashSource('c:d')]);
  });
});

describe('host headers', () => {
  const page = (scripts: string[], attrs: string[]) =>
    completePolicy(parsePolicy("default-src 'self'; script-src 'self'"), { ...none, scripts, styleAttributes: attrs });

  it('hold one policy valid for every page, framing refused', () => {
    const union = unionPolicy([page(['a()'], []), page(['a()', 'b()'], ['x:y'])]);
    expect(serializePolicy(union)).toBe(
      [
        "default-src 'self'",
        `script-src 'self' ${hashSource('a()')} ${hashSource('b()')}`,
        "style-src 'self'",
        `style-src-attr 'unsafe-hashes' ${hashSource('x:y')}`,
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  it('add the security headers, and read back as written (_headers, Azure Static Web Apps)', () => {
    const headers = hostHeaders(unionPolicy([page([], [])]));
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': PERMISSIONS_POLICY,
    });
    expect(PERMISSIONS_POLICY).toMatch(/^(camera|[a-z-]+)=\(\)(, [a-z-]+=\(\))+$/);
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
    expect(JSON.parse(staticWebAppConfig(headers))).toEqual({ globalHeaders: headers });
  });
});
