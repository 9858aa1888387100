/**
 * What every end-to-end file shares: one static server on 127.0.0.1 that serves the
 * repository (so host pages load the *built* dist/cdn/emotional-safety.js, as a
 * therapist's site would), the browsers (Chromium, and Firefox ESR through WebDriver
 * BiDi), and helpers that open a page while recording everything a reviewer would want
 * to see: page errors, console output, requests, and Content-Security-Policy violations.
 *
 * Run: node --test --test-concurrency=1 test/e2e/*.e2e.mjs   (after `npx rollup -c`)
 * E2E_BROWSERS=chromium limits the browsers (default: chromium,firefox). E2E_BROWSERS=webkit
 * runs the suites in WebKitGTK, through the adapter in test/e2e/webkit-page.mjs (which
 * gets its page hooks into pages through this server, see test/e2e/webkit-hooks.mjs).
 *
 * What a suite does in an open page (waiting, axe, reports, the Tab walk, and the page-side
 * helpers `window.__e2e`) is in test/e2e/in-page.mjs; this file exports it too, so a suite
 * imports from the harness alone.
 */
import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../scripts/browsers.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { STRICT_CSP, startServer } from '../../scripts/static-server.mjs';
import { PAGE_HELPERS, settle } from './in-page.mjs';
import { injectWebKitHooks, webkitServerLog } from './webkit-hooks.mjs';
import { launchWebKit } from './webkit-page.mjs';

export { elementReport, foreignRequests, installHelpers, PAGE_HELPERS, runAxe, settle, tabWalk, visibleIndicator, waitFor, waitForSteady } from './in-page.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES = '/test/e2e/pages';
export const BUNDLE = join(ROOT, 'dist/cdn/emotional-safety.js');
const require = createRequire(import.meta.url);

/** The browsers the suite runs in. */
export const BROWSERS = (process.env.E2E_BROWSERS || 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

/**
 * The CSP of a strict site, plus Trusted Types: only the policy Lit creates (`lit-html`,
 * see node_modules/lit-html/lit-html.js: `trustedTypes.createPolicy("lit-html", …)`) may
 * exist. That is the one policy name the package documents.
 */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

/**
 * Every element the package can have: one folder per element under src/elements, tag
 * `es-<folder>`. Each check then runs on the ones the built bundle actually registers
 * (see `registeredTags`), so an element added to src/index.ts is covered without
 * editing this suite.
 */
export async function candidateTags() {
  const folders = await readdir(join(ROOT, 'src/elements'), { withFileTypes: true });
  return folders.filter((entry) => entry.isDirectory()).map((entry) => `es-${entry.name}`).sort();
}

/** Fails early, with the command to run, when there is no built bundle to test. */
export async function assertBuilt() {
  if (!existsSync(BUNDLE)) {
    throw new Error('dist/cdn/emotional-safety.js is missing: build it first (npx rollup -c, or npm run build).');
  }
  const built = (await stat(BUNDLE)).mtimeMs;
  const index = (await stat(join(ROOT, 'src/index.ts'))).mtimeMs;
  if (index > built) {
    console.warn('[e2e] src/index.ts is newer than dist/cdn/emotional-safety.js: the suite tests the older build.');
  }
}

/**
 * Copies what a page needs from node_modules (which the shared server refuses to serve)
 * into the git-ignored bench/.tmp/e2e-vendor/: axe-core, and Lit for the npm build.
 */
export async function prepareVendor() {
  const vendor = join(ROOT, 'bench/.tmp/e2e-vendor');
  await mkdir(vendor, { recursive: true });
  await cp(require.resolve('axe-core/axe.min.js'), join(vendor, 'axe.min.js'));
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context']) {
    const from = join(ROOT, 'node_modules', pkg);
    await cp(from, join(vendor, pkg), { recursive: true, filter: (src) => !src.slice(from.length).includes('node_modules') });
  }
  return '/bench/.tmp/e2e-vendor';
}

/**
 * Starts the shared static server on the repository. Pages whose name is in `strict`
 * get the strict CSP, with Trusted Types when `trustedTypes` says so (allowing duplicate
 * policies for `trustedTypesTwice`); the demo gets the CSP `npm start` serves it with.
 * Optional, for a suite's own needs: `headers(pathname, url)` adds response headers
 * (they win over the ones above), `delay(pathname, url)` holds a response back that many
 * milliseconds, and `onRequest(pathname, url)` sees every request the server receives.
 */
export async function startE2EServer({ trustedTypes = [], trustedTypesTwice = [], strict = [], headers: extra, delay, onRequest } = {}) {
  await assertBuilt();
  const policy = (pathname) => {
    const page = pathname.split('/').pop();
    if (trustedTypes.includes(page)) return { 'Content-Security-Policy': TRUSTED_TYPES_CSP };
    // Two copies of Lit on one page create the `lit-html` policy twice: the site must allow duplicates.
    if (trustedTypesTwice.includes(page)) return { 'Content-Security-Policy': `${TRUSTED_TYPES_CSP} 'allow-duplicates'` };
    if (pathname.startsWith('/demo/') || strict.includes(page)) return { 'Content-Security-Policy': STRICT_CSP };
    return {};
  };
  return startServer({
    // E2E_ROOT: serve another tree laid out like this one (e.g. a trial build); default: the repository.
    root: process.env.E2E_ROOT || ROOT,
    port: 0,
    headers: (pathname, url) => ({ ...policy(pathname), ...(extra?.(pathname, url) ?? {}) }),
    delay,
    onRequest: (pathname, url) => {
      webkitServerLog(pathname, url);
      onRequest?.(pathname, url);
    },
    // Pages shown to WebKit start with the adapter's new-document scripts (test/e2e/webkit-hooks.mjs).
    html: injectWebKitHooks,
  });
}

/**
 * Launches one browser. Neither Firefox's driver nor WebKitWebDriver can emulate media or
 * turn a tab's scripts off, so those are chosen at launch, the same way for both:
 * `dark: true` (every page sees `prefers-color-scheme: dark`) and `javascript: false` (the
 * pages' own scripts do not run); `firefoxPrefs` adds Firefox preferences (forced colours).
 * Chromium does both per tab (CDP), so it ignores these.
 */
export async function launch(name, { dark = false, javascript = true, firefoxPrefs = {} } = {}) {
  if (name === 'chromium') return launchChromium();
  if (name === 'webkit') return launchWebKit({ dark, javascript });
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    extraPrefsFirefox: {
      ...(dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
      ...(javascript ? {} : { 'javascript.enabled': false }),
      ...firefoxPrefs,
    },
  });
}

/**
 * Opens `url` in a new page and records what happens. Returns the page and live arrays:
 * `errors` (uncaught exceptions and console.error), `console` (every console message),
 * `requests` ({ url, method, postData }). Pages with the probe script record CSP
 * violations themselves, in `window.__violations`.
 */
export async function openPage(browser, url, { viewport = { width: 1024, height: 800 }, beforeLoad } = {}) {
  const page = await browser.newPage();
  const record = { page, errors: [], console: [], requests: [] };
  page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    record.console.push({ type: message.type(), text });
    // "Failed to load resource" repeats a failed response, which is judged above.
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) record.errors.push(`console.error: ${text}`);
  });
  page.on('request', (request) => {
    let postData = '';
    try {
      postData = request.postData() ?? '';
    } catch {
      // Firefox (WebDriver BiDi) cannot show request bodies; the method still says whether there was one.
    }
    record.requests.push({ url: request.url(), method: request.method(), postData });
  });
  page.on('response', (response) => {
    // Browsers ask for /favicon.ico on their own; a missing one is not the package's doing.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      record.errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  await page.setViewport(viewport);
  // The page-side helpers on every document the tab loads, so that no test depends on
  // an earlier one having installed them.
  await page.evaluateOnNewDocument(PAGE_HELPERS);
  if (beforeLoad) await beforeLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return record;
}

/** The candidate tags that the page has registered. */
export async function registeredTags(page) {
  const tags = await candidateTags();
  return page.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags);
}

/** For `describe`/`it` titles. */
export const label = (name) => ({ chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKit' })[name] ?? name;

/**
 * A suite that runs in each browser of BROWSERS against one shared server: starts the
 * server (copying the vendor files first when `vendor`), launches each browser in turn,
 * and closes both afterwards (`only`: a list of the browsers it runs in, of those asked for).
 * `body` declares the tests of one browser; the object it gets has `name`, and once the
 * suite runs, `server` and `browser`.
 */
export function describeEachBrowser(title, { vendor = false, only, server: serverOptions = {} }, body) {
  describe(title, () => {
    let server;
    before(async () => {
      if (vendor) await prepareVendor();
      server = await startE2EServer(serverOptions);
    });
    after(() => server?.close());

    // `only`: the browsers that have what the suite measures (e.g. ['chromium']); none other is launched.
    for (const name of BROWSERS.filter((b) => !only || only.includes(b))) {
      describe(label(name), () => {
        const suite = { name, server: undefined, browser: undefined };
        before(async () => {
          suite.server = server;
          suite.browser = await launch(name);
        });
        after(() => suite.browser?.close());
        body(suite);
      });
    }
  });
}
