/**
 * A small static file server on 127.0.0.1, shared by `npm start` (scripts/serve.mjs),
 * the end-to-end suite and the benchmarks: Express's maintained parts, serve-static (files,
 * directory index, redirects, a 400 for a malformed address, no way out of the folder) and
 * compression (gzip on the fly, as almost every web host does, so that what the benchmarks
 * measure is what readers download). It serves one folder, never node_modules, and lets
 * the caller choose response headers per path (e.g. a strict CSP).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import compression from 'compression';
import finalhandler from 'finalhandler';
import serveStatic from 'serve-static';

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

/** The policy the demo and the strict e2e page are served with: this origin only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'";

/** Every response: no referrer, no type sniffing, and always asked again (tests rebuild files). */
const ALWAYS = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

/**
 * `headers`, `delay` and `onRequest` get the path and the whole request URL (for its query).
 * `delay` holds a response back for that many milliseconds (a slow site, for tests).
 * `html(text, pathname, request)` may rewrite each HTML page before it is sent (the
 * end-to-end suite puts its page hooks into pages shown to WebKit, see test/e2e/webkit-hooks.mjs).
 *
 * @param {{ root?: string, port?: number, headers?: (pathname: string, url: URL) => Record<string, string>,
 *           delay?: (pathname: string, url: URL) => number, onRequest?: (pathname: string, url: URL) => void,
 *           html?: (text: string, pathname: string, request: import('node:http').IncomingMessage) => string }} options
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = '.', port = 0, headers = () => ({}), delay, onRequest, html } = {}) {
  const base = resolve(root);
  // threshold 0: small files are gzipped too, as the benchmarks' figures assume.
  const gzip = compression({ threshold: 0 });
  const files = serveStatic(base, {
    index: ['index.html'],
    // Test pages are written under bench/.tmp/.
    dotfiles: 'allow',
    cacheControl: false,
    etag: false,
    lastModified: false,
    setHeaders: (response, path) => {
      const type = TYPES[extname(path)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const done = finalhandler(request, response);
    onRequest?.(url.pathname, url);
    gzip(request, response, async () => {
      const wait = delay?.(url.pathname, url) ?? 0;
      if (wait > 0) await new Promise((next) => setTimeout(next, wait));
      // The browser may have given up on it meanwhile (the tab closed or went elsewhere).
      if (response.destroyed) return;
      if (url.pathname.split('/').includes('node_modules')) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      for (const [name, value] of Object.entries({ ...ALWAYS, ...headers(url.pathname, url) })) response.setHeader(name, value);
      if (html && (url.pathname.endsWith('.html') || url.pathname.endsWith('/'))) {
        const sent = await rewrittenPage(base, url, request, html).catch(() => undefined);
        if (sent !== undefined) {
          response.setHeader('Content-Type', TYPES['.html']);
          response.end(sent);
          return;
        }
      }
      files(request, response, done);
    });
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

/** An HTML page through `html(text, …)`, or undefined when there is no such file (serve-static then answers). */
async function rewrittenPage(base, url, request, html) {
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const path = resolve(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!path.startsWith(base)) return undefined;
  return html(await readFile(path, 'utf8'), url.pathname, request);
}
