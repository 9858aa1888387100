/**
 * The server every test page and benchmark goes through (scripts/static-server.mjs): odd
 * addresses get an answer, never a crash, and nothing outside its folder is served.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';

let server;
before(async () => (server = await startServer({ root: '.', headers: (path) => (path === '/demo/' ? { 'X-Test': 'demo' } : {}) })));
after(() => server.close());

const get = (path, init) => fetch(server.origin + path, { redirect: 'manual', ...init });

it('answers a malformed address (GET /%E0%A4%A) with an error page, and keeps serving', async () => {
  const odd = await get('/%E0%A4%A');
  assert.ok(odd.status >= 400 && odd.status < 500, `status ${odd.status}`);
  assert.equal((await get('/package.json')).status, 200, 'still serving afterwards');
});

it('serves nothing from node_modules or outside its folder', async () => {
  assert.equal((await get('/node_modules/lit/index.js')).status, 403);
  assert.equal((await get('/%2e%2e/%2e%2e/etc/passwd')).status, 404);
});

it('gzips text when asked, sends module scripts as JavaScript, redirects a folder to its slash, and adds the caller’s headers', async () => {
  const script = await get('/scripts/static-server.mjs', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(script.headers.get('content-encoding'), 'gzip');
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
  const folder = await get('/demo');
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.get('location'), '/demo/');
  assert.equal((await get('/demo/')).headers.get('x-test'), 'demo');
});
