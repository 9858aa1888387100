/**
 * The page side of the WebKit adapter (test/e2e/webkit-page.mjs). Classic WebDriver has no
 * events and cannot run a script before a page's own, so:
 * - scripts for every new document (`evaluateOnNewDocument`) and the hook that records
 *   errors and console output (HOOK) come from a file that the e2e server puts first in
 *   every HTML page it sends to WebKit (`injectWebKitHooks`, used by startE2EServer): they
 *   run before the page's scripts, on every document, frames and navigations included.
 * - errors and console output are buffered in the page and read after each step (DRAIN);
 *   pages the hooks reached also send each event to the e2e server as it happens
 *   (`webkitServerLog` takes them in), so what a page logs while it is being left still
 *   arrives.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the current session's new-document scripts are served from (git-ignored). */
const HOOKS_DIR = '/bench/.tmp/e2e-webkit';
let hooksVersion = 0;
let hooksUrl = null;

/** Writes the file of scripts every new document runs first (one file per change, so no cache serves an old one). */
export function writeHooks(scripts) {
  mkdirSync(join(ROOT, HOOKS_DIR), { recursive: true });
  hooksVersion += 1;
  const name = `${HOOKS_DIR}/new-document-${process.pid}-${hooksVersion}.js`;
  writeFileSync(join(ROOT, HOOKS_DIR, 'log'), '');
  const body = [`window.__wkLog = ${JSON.stringify(`${HOOKS_DIR}/log`)};`, `(${HOOK})();`, 'window.__wkInjected = true;', ...scripts.map((script) => `try { ${script}; } catch (error) { console.error('e2e new-document script: ' + error.message); }`)];
  writeFileSync(join(ROOT, name), body.join('\n'));
  hooksUrl = name;
}

const isWebKit = (userAgent = '') => /AppleWebKit\//.test(userAgent) && !/Chrome\/|Firefox\//.test(userAgent);

/**
 * For the e2e server's `html` option: puts the new-document scripts first in `<head>` of a
 * page WebKit asks for (a same-origin script, which `script-src 'self'` allows), and
 * leaves pages for other browsers alone.
 */
export function injectWebKitHooks(text, pathname, request) {
  if (!hooksUrl || !isWebKit(request.headers['user-agent'])) return undefined;
  const tag = `<script src="${hooksUrl}"></script>`;
  const head = /<head\b[^>]*>/i.exec(text) ?? /^\s*<!doctype[^>]*>/i.exec(text);
  const at = head ? head.index + head[0].length : 0;
  return text.slice(0, at) + tag + text.slice(at);
}

/**
 * First in every document: buffers errors and console output for the adapter, each event
 * with an id and a time. Where the e2e server gave the page the hooks (window.__wkLog),
 * each event is also sent to that server at once, so what a page logs while it is being
 * left is not lost: WebKitWebDriver runs no command in a page whose navigation is pending.
 */
export const HOOK = () => {
  if (window.__wk) return;
  const doc = Math.random().toString(36).slice(2);
  const wk = (window.__wk = { events: [], n: 0 });
  const record = (event) => {
    const full = { ...event, id: `${doc}:${wk.n++}`, time: performance.timeOrigin + performance.now() };
    wk.events.push(full);
    if (window.__wkLog) fetch(`${window.__wkLog}?e=${encodeURIComponent(JSON.stringify(full))}`, { keepalive: true, cache: 'no-store' }).catch(() => {});
  };
  addEventListener('error', (event) => record({ kind: 'pageerror', text: event.message }));
  addEventListener('unhandledrejection', (event) => record({ kind: 'pageerror', text: String(event.reason?.message ?? event.reason) }));
  for (const type of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[type];
    console[type] = (...args) => {
      record({ kind: 'console', type: type === 'warn' ? 'warning' : type, text: args.map(String).join(' ') });
      return original.apply(console, args);
    };
  }
};

/** Events the e2e server received from pages (see HOOK), not yet handed to a page object. */
export const fromServer = [];

/** For the e2e server's onRequest: takes in an event a WebKit page sent. */
export function webkitServerLog(pathname, url) {
  if (pathname !== `${HOOKS_DIR}/log`) return;
  try {
    fromServer.push(JSON.parse(url.searchParams.get('e')));
  } catch {
    // not one of ours
  }
}

/** What happened since the last drain: buffered events and newly fetched resources. */
export const DRAIN = () => {
  const wk = window.__wk;
  const events = wk ? wk.events.splice(0) : [];
  // What this document and its same-origin frames fetched since the last look (puppeteer
  // reports a frame's requests as the page's); each document counts what it has reported.
  const fresh = [];
  const collect = (win) => {
    try {
      const entries = win.performance.getEntriesByType('resource');
      fresh.push(...entries.slice(win.__wkSeen ?? 0));
      win.__wkSeen = entries.length;
      for (const frame of win.document.querySelectorAll('iframe')) collect(frame.contentWindow);
    } catch {
      // a frame of another origin, or a sandboxed one: not readable from here
    }
  };
  collect(window);
  return {
    events,
    // The hooks file is the adapter's, not the page's.
    resources: fresh.filter((e) => !e.name.includes('/bench/.tmp/e2e-webkit/')).map((e) => ({ url: e.name, status: e.responseStatus ?? 0 })),
    url: location.href,
    frames: [...document.querySelectorAll('iframe')].map((f) => f.src),
    injected: Boolean(window.__wkInjected),
  };
};

/** Removes this process's hooks files (when its WebKit closes). */
export function removeHooks() {
  for (const name of readdirSync(join(ROOT, HOOKS_DIR))) if (name.startsWith(`new-document-${process.pid}-`)) rmSync(join(ROOT, HOOKS_DIR, name), { force: true });
}
