/**
 * A small static file server on 127.0.0.1, shared by `npm start` (scripts/serve.mjs),
 * the end-to-end suite and the benchmarks. It serves one folder, never node_modules,
 * and lets the caller choose response headers per path (e.g. a strict CSP). Text is
 * gzipped when the browser accepts it, as almost every web host does, so that what the
 * benchmarks measure is what readers download.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Text types, gzipped as web hosts do (Lighthouse and the benches see real transfer sizes). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/** Gzipped files, by path and modification time, so that each is compressed once. */
const gzipped = new Map();
function gzipOf(path, mtimeMs, body) {
  const key = `${path}:${mtimeMs}`;
  let zipped = gzipped.get(key);
  if (!zipped) {
    zipped = gzipSync(body);
    gzipped.set(key, zipped);
  }
  return zipped;
}

/** The policy the demo and the strict e2e page are served with: this origin only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'";

/**
 * `headers`, `delay` and `onRequest` get the path and the whole request URL (for its query).
 * `delay` holds a response back for that many milliseconds (a slow site, for tests).
 * `html(text, pathname, request)` may rewrite each HTML page before it is sent (the
 * end-to-end suite puts its page hooks into pages shown to WebKit, see test/e2e/webkit-page.mjs).
 *
 * @param {{ root?: string, port?: number, headers?: (pathname: string, url: URL) => Record<string, string>,
 *           delay?: (pathname: string, url: URL) => number, onRequest?: (pathname: string, url: URL) => void,
 *           html?: (text: string, pathname: string, request: import('node:http').IncomingMessage) => string }} options
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = '.', port = 0, headers = () => ({}), delay, onRequest, html } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    onRequest?.(url.pathname, url);
    const wait = delay?.(url.pathname, url) ?? 0;
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    // The browser may have given up on it meanwhile (the tab closed or went elsewhere).
    if (response.destroyed) return;
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if ((path !== base && !path.startsWith(base + sep)) || path.split(sep).includes('node_modules')) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/` }).end();
          return;
        }
        path = join(path, 'index.html');
        info = await stat(path);
      }
      let body = await readFile(path);
      const rewritten = html && extname(path) === '.html' ? html(body.toString('utf8'), url.pathname, request) : undefined;
      const compress = COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (rewritten !== undefined) body = compress ? gzipSync(rewritten) : Buffer.from(rewritten);
      else if (compress) body = gzipOf(path, info.mtimeMs, body);
      response.writeHead(200, {
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        ...headers(url.pathname, url),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  const listen = (p) =>
    new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', fail);
        done();
      });
    });
  let chosen = port;
  for (let attempt = 0; ; attempt++) {
    try {
      await listen(chosen);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || attempt >= 20 || port === 0) throw error;
      chosen += 1;
    }
  }
  const actual = server.address().port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
