/**
 * A tiny static server for the demo practice page (and the end-to-end host pages), on
 * 127.0.0.1 only. It serves the repository folder, so the demo loads the built
 * dist/cdn/emotional-safety.js exactly as a therapist's site would, under a strict
 * Content-Security-Policy that allows nothing but this origin.
 *
 *   node scripts/serve.mjs [start-folder] [--port 8080]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve('.');
const args = process.argv.slice(2);
const startPage = args.find((arg) => !arg.startsWith('--')) ?? 'demo';
const portIndex = args.indexOf('--port');
const wantedPort = Number(portIndex >= 0 ? args[portIndex + 1] : process.env.PORT || 8080);

const TYPES = {
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
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'";

async function handle(request, response) {
  const url = new URL(request.url, 'http://127.0.0.1');
  let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!path.startsWith(ROOT) || path.includes(`${ROOT}/node_modules`)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    const body = await readFile(path);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      // Storybook's static build needs inline scripts; everything else gets the strict policy.
      ...(url.pathname.startsWith('/storybook-static/') ? {} : { 'Content-Security-Policy': STRICT_CSP }),
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

function listen(port, attemptsLeft = 20) {
  const server = createServer((req, res) => void handle(req, res));
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) listen(port + 1, attemptsLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\n  Demo practice page: http://127.0.0.1:${port}/${startPage.replace(/^\/|\/$/g, '')}/\n  (Ctrl+C to stop)\n`);
  });
}

listen(wantedPort);
