/**
 * A small static web server for the built site, as a plain static host serves it: gzip for text,
 * long cache lifetimes for fingerprinted assets, `/page` redirected to `/page/`, and `404.html` for
 * anything missing. Listens on 127.0.0.1 only, on a free port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Text compresses; Pagefind's index files are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/**
 * Serves `root` until `close()` is called.
 * @param {string} root the built site (`dist/`)
 * @param {{ headers?: Record<string, string> }} [options] headers added to every response, as a host
 *   adds them from the build's `_headers` file
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { headers: extra = {} } = {}) {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      path = '';
    }
    if (!path.startsWith(base)) return send(404, join(base, '404.html'));
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (existsSync(path) && statSync(path).isFile()) return send(200, path);
    return send(404, join(base, '404.html'));

    /** @param {number} status @param {string} file */
    function send(status, file) {
      if (!existsSync(file)) {
        response.writeHead(status, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      const immutable = file.startsWith(join(base, '_astro') + sep);
      /** @type {Record<string, string>} */
      const headers = {
        ...extra,
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      if (gzip) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      response.writeHead(status, headers);
      if (request.method === 'HEAD') return response.end();
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(response);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
