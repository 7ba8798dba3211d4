/**
 * The site's policy as HTTP headers, for static hosts that read them from a file in the build
 * (`_headers` for Netlify and Cloudflare Pages, `staticwebapp.config.json` for Azure Static Web
 * Apps). A `<meta>` policy cannot say who may frame the page (`frame-ancestors`) and cannot carry the
 * other security headers, so the headers add them.
 *
 * One policy serves every page: the union of the pages' policies. Each page's own `<meta>` policy
 * still applies on top (the browser enforces both), so a page allows no more than before.
 */
import type { Policy } from './csp.ts';
import { serializePolicy } from './csp.ts';

/**
 * Browser features the site never uses, switched off for it and anything it could embed. Only
 * names Chromium knows: an unknown one makes it log an error on every page.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers every response gets besides the policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // For browsers older than `frame-ancestors`.
  'X-Frame-Options': 'DENY',
};

/**
 * One policy valid for every page: each directive with the sources of all pages (in first-seen order,
 * `'none'` dropped where another source allows something), plus `frame-ancestors 'none'`.
 */
export function unionPolicy(policies: readonly Policy[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
  }
  for (const [name, sources] of union) {
    if (sources.length > 1 && sources.includes("'none'"))
      union.set(
        name,
        sources.filter((s) => s !== "'none'"),
      );
  }
  union.set('frame-ancestors', ["'none'"]);
  return union;
}

/** Every header, the policy first. */
export function hostHeaders(policy: Policy): Record<string, string> {
  return { 'Content-Security-Policy': serializePolicy(policy), ...SECURITY_HEADERS };
}

/** A `_headers` file (Netlify, Cloudflare Pages): the headers for every path. */
export function headersFile(headers: Readonly<Record<string, string>>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build (src/integrations/headers.ts): the site's security headers for every path.\n/*\n${lines.join('\n')}\n`;
}

/** An Azure Static Web Apps configuration with the headers on every response. */
export function staticWebAppConfig(headers: Readonly<Record<string, string>>): string {
  return `${JSON.stringify({ globalHeaders: headers }, null, 2)}\n`;
}

/** Reads the headers for `/*` back from a `_headers` file (what a host does; used by the tests). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}
