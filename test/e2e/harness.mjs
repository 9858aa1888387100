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
import { injectWebKitHooks, webkitServerLog } from './webkit-hooks.mjs';
import { launchWebKit } from './webkit-page.mjs';

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

/**
 * Waits until every emotional-safety element in the page (also inside shadow roots)
 * is defined (when its tag is registered) and has finished rendering, then two frames.
 * Definitions are waited for (a page may load the script late), up to a few seconds.
 */
export async function settle(page) {
  await page.evaluate(async () => {
    const deep = (root, found = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('es-')) found.push(el);
        if (el.shadowRoot) deep(el.shadowRoot, found);
      }
      return found;
    };
    const tags = [...new Set(deep(document).map((el) => el.localName))];
    const defined = Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.race([defined, new Promise((done) => setTimeout(done, 3000))]);
    for (let round = 0; round < 5; round++) {
      const elements = deep(document).filter((el) => customElements.get(el.localName));
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      if (elements.every((el) => !el.isUpdatePending)) break;
    }
    await document.fonts?.ready;
  });
}

/** A value as a failure message shows it. */
const shown = (value) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * Polls `probe` (may be async) every `interval` ms until `until(value)` holds, and returns
 * that value; after `timeout` ms fails saying what it waited for and what it saw last. The
 * suites wait for the condition they need this way, never a fixed time.
 */
export async function waitFor(what, probe, { until = Boolean, timeout = 10000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (until(last)) return last;
    } catch (error) {
      last = `error: ${error.message}`;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last seen: ${shown(last)})`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * Like `waitFor`, for a value that must also have stopped changing: `until(value)` holds
 * and `probe` has returned the same value for `steady` ms (a page that has settled).
 */
export async function waitForSteady(what, probe, { until = () => true, steady = 300, timeout = 10000, interval = 50 } = {}) {
  let since = 0;
  let previous;
  return waitFor(
    `${what}, unchanged for ${steady} ms`,
    async () => {
      const value = await probe();
      const same = JSON.stringify(value) === JSON.stringify(previous);
      if (!same || !until(value)) since = Date.now();
      previous = value;
      return value;
    },
    { until: (value) => until(value) && Date.now() - since >= steady, timeout, interval },
  );
}

/** The candidate tags that the page has registered. */
export async function registeredTags(page) {
  const tags = await candidateTags();
  return page.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags);
}

/** Injects axe from this origin (allowed by `script-src 'self'`) and runs WCAG 2.2 A/AA. */
export async function runAxe(page, context = undefined) {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.addScriptTag({ url: '/bench/.tmp/e2e-vendor/axe.min.js' });
  return page.evaluate(async (include) => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const context = include ? { include } : document;
    const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4).join(', ')}`);
  }, context ?? null);
}

/** Requests that left the page's own origin (data: and blob: URLs never leave the browser). */
export function foreignRequests(requests, origin) {
  return requests
    .map((r) => r.url)
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

/**
 * Page-side helpers, installed by `openPage` on every document (or with `installHelpers`), available as
 * `window.__e2e`: a deep query through shadow roots, visible controls, and the
 * focused element behind every shadow root.
 */
export const PAGE_HELPERS = `(() => {
  if (window.__e2e) return;
  const deepAll = (root, selector, found = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) deepAll(el.shadowRoot, selector, found);
    }
    return found;
  };
  const CONTROLS = 'a[href], button, input:not([type=hidden]), textarea, select, summary, [tabindex]:not([tabindex="-1"])';
  const parentOf = (node) => node.parentElement || (node.parentNode && node.parentNode.host) || null;
  // The part of an element that can be seen: its box cut by every ancestor that clips
  // (overflow other than visible, or a clip-path), through shadow roots.
  const clippedRect = (el) => {
    const r = el.getBoundingClientRect();
    let left = r.left, right = r.right, top = r.top, bottom = r.bottom;
    for (let node = parentOf(el); node && node !== document.documentElement; node = parentOf(node)) {
      const style = getComputedStyle(node);
      if (style.display === 'contents') continue;
      const clipsX = style.overflowX !== 'visible' || style.clipPath !== 'none';
      const clipsY = style.overflowY !== 'visible' || style.clipPath !== 'none';
      if (!clipsX && !clipsY) continue;
      const p = node.getBoundingClientRect();
      if (clipsX) { left = Math.max(left, p.left); right = Math.min(right, p.right); }
      if (clipsY) { top = Math.max(top, p.top); bottom = Math.min(bottom, p.bottom); }
    }
    return { left, right, top, bottom, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  };
  const isVisible = (el) => {
    if (el.closest('[inert]')) return false;
    // Also false inside a closed <details> (Chromium keeps its content laid out, under content-visibility: hidden).
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rect = clippedRect(el);
    if (rect.width < 2 || rect.height < 2) return false;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
    if (style.clipPath && style.clipPath !== 'none') return false;
    return true;
  };
  const deepActive = () => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  const describe = (el) => {
    const host = el.getRootNode().host;
    const where = host ? describe(host) + ' >>> ' : '';
    const id = el.id ? '#' + el.id : '';
    const part = el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '';
    // textContent, not innerText: innerText depends on rendering (it is empty while an
    // element is skipped off screen by content-visibility: auto), and a description must
    // name the same control whatever its state.
    const text = (el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return where + el.localName + id + part + (text ? ' "' + text + '"' : '');
  };
  const elementAtPoint = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  window.__e2e = { deepAll, CONTROLS, isVisible, clippedRect, deepActive, describe, elementAtPoint };
})()`;

export async function installHelpers(page) {
  await page.evaluate(PAGE_HELPERS);
}

/**
 * One line per emotional-safety element in the page (also inside shadow roots): its tag,
 * whether its tag is registered, how much text it shows, and whether it shows an error.
 */
export async function elementReport(page) {
  await installHelpers(page);
  return page.evaluate(() =>
    window.__e2e
      .deepAll(document, '*')
      .filter((el) => el.localName.startsWith('es-') && el.localName !== 'es-practice')
      .map((el) => ({
        tag: el.localName,
        registered: Boolean(customElements.get(el.localName)),
        text: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : '',
        error: Boolean(el.shadowRoot?.querySelector('[part=error], .error')),
        hidden: el.hidden,
        attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      })),
  );
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

/** The focus indicator of the deepest focused element: outline and box-shadow, as computed. */
const FOCUS_STYLE = `(el) => {
  const s = getComputedStyle(el);
  return { outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, shadow: s.boxShadow };
}`;

/** Presses Tab until focus comes back round (or `limit` times); returns each stop with its focused and unfocused style. */
export async function tabWalk(page, limit = 400) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    window.__walk = { prev: null, stops: [] };
  });
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate(`(() => {
      const focusStyle = ${FOCUS_STYLE};
      const walk = window.__walk;
      const el = window.__e2e.deepActive();
      if (walk.prev) walk.stops[walk.stops.length - 1].unfocused = focusStyle(walk.prev);
      if (!el || el === document.body) return walk.stops.length > 0;
      if (walk.stops.length && walk.stops[0].el === el) return true;
      walk.stops.push({ el, who: window.__e2e.describe(el), focused: focusStyle(el) });
      walk.prev = el;
      return false;
    })()`);
    if (done) break;
  }
  return page.evaluate(() => window.__walk.stops.map(({ who, focused, unfocused }) => ({ who, focused, unfocused })));
}

/** A focus ring a reader can see: a real outline or a shadow, not transparent, and not there without focus. */
export function visibleIndicator(stop) {
  const { focused, unfocused } = stop;
  const transparent = /rgba\(.*, 0\)$|transparent/.test(focused.color);
  const ring = (focused.style === 'auto' || (focused.style !== 'none' && focused.width >= 2)) && !transparent;
  const shadow = focused.shadow !== 'none';
  const changed = !unfocused || focused.outline !== unfocused.outline || focused.shadow !== unfocused.shadow;
  return (ring || shadow) && changed;
}
