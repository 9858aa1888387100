/**
 * What the quick-exit suites share (test/e2e/quick-exit-*.e2e.mjs, one file per group of
 * the reader's promises): the server's options (a slow destination on request, `?no-store`
 * pages, a count of requests per path), the page-side helpers on every document of the
 * tabs they open (test/e2e/pages/quick-exit-helpers.js), and what a reader does in a tab:
 * click, go Back and Forward, press Shift, walk with Tab; and what the page showed.
 *
 * Each suite file runs in its own process (node --test), with its own server: `hits` and
 * the slow destination belong to that file's tests alone.
 */
import assert from 'node:assert/strict';
import { describeEachBrowser, openPage, PAGES, settle, waitFor, waitForSteady } from './harness.mjs';
import { installFakeSpeech, installPageLog, installQuickExitHelpers } from './pages/quick-exit-helpers.js';

export const QE = `${PAGES}/quick-exit`;
export const LEFT = `${PAGES}/left.html`;
export const EARLIER = `${PAGES}/earlier.html`;
export const LEAVE = 'Leave this page';
/** Every test ends within this (a hung browser call fails the test instead of the run). */
export const TEST = { timeout: 45000 };

/**
 * The reader's own pace (the gap between two key presses, three presses 2.6 s apart): what
 * a test does, not a wait for something to happen. Every wait is a `waitFor`.
 */
export const pause = (ms) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------
// The server: a slow destination when a test asks for one, `?no-store` pages, and a count
// of the requests it receives per path.

/** Milliseconds the server holds left.html back (a slow destination), set per test. */
let leftDelay = 0;
export const hits = new Map();
const serverOptions = {
  delay: (pathname) => (pathname === LEFT ? leftDelay : 0),
  headers: (pathname, url) => (url.searchParams.has('no-store') ? { 'Cache-Control': 'no-store' } : {}),
  onRequest: (pathname) => hits.set(pathname, (hits.get(pathname) ?? 0) + 1),
};

/** Runs `body` with left.html answering `ms` late; always puts it back. */
export async function withSlowDestination(ms, body) {
  leftDelay = ms;
  try {
    return await body();
  } finally {
    leftDelay = 0;
  }
}

// ---------------------------------------------------------------------------------------
// Page-side helpers, on every document of the tabs opened here, as `window.__qe` (beside
// the harness's `window.__e2e`): test/e2e/pages/quick-exit-helpers.js, as scripts.

export const QE_HELPERS = `(${installQuickExitHelpers})(${JSON.stringify(LEAVE)})`;

/** The page log (`qe:pageshow`, `qe:click`, and `window.__qeWatch` for `qe:state` reports): see installPageLog. */
const PAGE_LOG = `(${installPageLog})()`;

/** The stand-in for speech synthesis (`qe:speak …`, `qe:cancel`): see installFakeSpeech. */
const FAKE_SPEECH = `(${installFakeSpeech})()`;


/**
 * Opens `path` (on the suite's server) with the helpers and the page log; `speech` adds
 * the fake speech synthesis. Every wait of puppeteer is bounded to a few seconds.
 */
export async function open(suite, path, { viewport, speech = false, origin = suite.server.origin } = {}) {
  return openPage(suite.browser, `${origin}${path}`, {
    viewport,
    beforeLoad: async (page) => {
      page.setDefaultTimeout(8000);
      page.setDefaultNavigationTimeout(10000);
      await page.evaluateOnNewDocument(QE_HELPERS);
      await page.evaluateOnNewDocument(PAGE_LOG);
      if (speech) await page.evaluateOnNewDocument(FAKE_SPEECH);
    },
  });
}

/** The path the tab shows, read from the page itself (Firefox's driver can report a stale URL after Back). */
export const pathOf = (tab) => tab.evaluate(() => location.pathname).catch(() => '');

/** Waits until the tab shows `path`, loaded (bounded); fails naming where it is instead. */
export async function arrivedAt(tab, path, timeout = 5000) {
  try {
    await waitFor(`the tab to show ${path}, loaded`, () => tab.evaluate(() => (document.readyState === 'complete' ? location.pathname : '')).catch(() => ''), {
      until: (now) => now === path,
      timeout,
    });
  } catch {
    const href = await tab.evaluate(() => location.href).catch(() => '');
    throw new Error(`the tab did not go to ${path} within ${timeout} ms (it shows ${href || 'a page still loading'})`);
  }
}

/** True when the tab reaches `path` within `timeout`. */
export const reaches = (tab, path, timeout) => arrivedAt(tab, path, timeout).then(() => true, () => false);

/**
 * Presses Back as the reader would (the driver's history traversal) and returns what the
 * tab then shows: path, hash, title. Firefox's driver waits for a navigation event it does
 * not always get: its timeout is not a failure; the page is read after it either way.
 */
export async function back(tab, from = LEFT) {
  await tab.goBack({ timeout: 2500 }).catch((error) => {
    // “No such history entry” (Firefox): there is nothing to go back to; Back does nothing.
    if (!/timeout|timed out|no such history entry/i.test(error.message)) throw error;
  });
  await leftOrStayed(tab, from);
  return tab.evaluate(() => ({ path: location.pathname, hash: location.hash, title: document.title })).catch(() => ({ path: '', hash: '', title: '' }));
}

/**
 * After Back or Forward: waits until the tab shows another page than `from`, loaded and
 * settled. When history has nothing there (what some tests expect), the tab stays: that
 * is known only when 3 s have passed without a change, and is then no failure.
 */
async function leftOrStayed(tab, from) {
  const moved = await waitFor(`the tab to leave ${from}`, () => tab.evaluate(() => (document.readyState === 'complete' ? location.pathname : '')).catch(() => ''), {
    until: (now) => now !== '' && now !== from,
    timeout: 3000,
  }).catch(() => false);
  if (moved) await settle(tab).catch(() => {});
}

/** Forward, likewise. */
export async function forward(tab, from) {
  await tab.goForward({ timeout: 2500 }).catch((error) => {
    if (!/timeout|timed out|no such history entry/i.test(error.message)) throw error;
  });
  await leftOrStayed(tab, from);
  return pathOf(tab);
}

/**
 * Clicks, with the mouse, the centre of what `locate` (run in the page, returns an element)
 * finds, once it has stopped moving: a smooth scroll still running (a contents link just
 * followed) would otherwise carry the target away between measuring and clicking, and the
 * click would land elsewhere (seen on a busy CI machine).
 */
export async function clickOn(tab, locate, what) {
  const where = () =>
    tab.evaluate(`(() => {
    const el = (${locate})();
    if (!el) return null;
    const b = window.__qe.box(el);
    return { x: b.x, y: b.y, inView: b.x >= 0 && b.y >= 0 && b.x <= innerWidth && b.y <= innerHeight };
  })()`);
  // Not a failure when it never rests: the checks below then say where it is.
  const point = await waitForSteady(`${what} to come to rest`, where, { steady: 150, timeout: 3000 }).catch(() => where());
  assert.ok(point, `${what} is on the page`);
  assert.ok(point.inView, `${what} is in the window, where a reader can click it (its centre is at ${Math.round(point.x)}, ${Math.round(point.y)})`);
  await tab.mouse.click(point.x, point.y);
}

/** Clicks the exit's "Leave this page" button (of the `index`th exit). */
export const clickLeave = (tab, index = 0) => clickOn(tab, `() => window.__qe.leaveButton(window.__qe.exits()[${index}])`, `the “${LEAVE}” button`);

/** Adds a link to `href` on the page and clicks it, so the next page is reached as a reader would. */
export async function followLinkTo(tab, href) {
  await tab.evaluate((to) => {
    const a = document.createElement('a');
    a.href = to;
    a.id = 'qe-follow';
    a.textContent = 'Go on reading';
    a.style.cssText = 'display:block;padding:1rem;font-size:1.25rem';
    document.body.prepend(a);
  }, href);
  await clickOn(tab, `() => document.getElementById('qe-follow')`, 'the link');
  await arrivedAt(tab, new URL(href).pathname, 8000);
  await settle(tab);
}

/** The reader's table of contents: the section ids, in order. */
export const contentsIds = (tab) =>
  tab.evaluate(() =>
    [...(document.querySelector('es-article-reader')?.shadowRoot?.querySelectorAll('nav a[href^="#"]') ?? [])].map((a) => a.getAttribute('href').slice(1)),
  );

/** Clicks one contents link of the reader and waits until the address shows it. */
export async function clickContents(tab, id) {
  await tab.evaluate((i) => document.querySelector('es-article-reader').shadowRoot.querySelector(`nav a[href="#${i}"]`).scrollIntoView({ block: 'center' }), id);
  await scrollSettled(tab);
  await clickOn(tab, `() => document.querySelector('es-article-reader').shadowRoot.querySelector('nav a[href="#${id}"]')`, `the contents link #${id}`);
  // The test's own check says it if the address never shows it.
  await waitFor(`the address to show #${id}`, () => tab.evaluate(() => location.hash), { until: (hash) => hash === `#${id}`, timeout: 3000 }).catch(() => {});
}

/** Waits until the page stops scrolling (a smooth scroll ends), at most `timeout` ms. */
export async function scrollSettled(tab, timeout = 3000) {
  // Not a failure when it never rests: the test's own check then says where things are.
  await waitForSteady('the page to stop scrolling', () => tab.evaluate(() => scrollY), { steady: 250, timeout }).catch(() => {});
}

/** Two animation frames, so styles and layout are current. */
export const frames = (tab) => tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The `qe:` lines the tab's pages logged, in order. */
export const logOf = (run) => run.console.map((m) => m.text).filter((text) => text.startsWith('qe:'));

/** The log lines after the last `qe:click`. */
export function afterLastClick(run) {
  const log = logOf(run);
  return log.slice(log.lastIndexOf('qe:click') + 1);
}

/** Starts the page's reports of what it shows (see PAGE_LOG). */
export const watch = (tab) => tab.evaluate(() => window.__qeWatch());

/**
 * What the page showed `ms` after `watch` (its first report from then on). Used while the
 * page is being left: it fails if the page was already gone, so that a check cannot pass
 * on the next page.
 */
export async function shownAt(run, ms) {
  const reports = () =>
    logOf(run)
      .filter((line) => line.startsWith('qe:state '))
      .map((line) => JSON.parse(line.slice('qe:state '.length)));
  // The page reports every 100 ms: its report from `ms` on arrives soon after, unless it is gone.
  await waitFor(`the page's report from ${ms} ms on`, async () => {
    await run.page.evaluate('0').catch(() => {}); // a look at the page brings in its console (WebKit's adapter)
    return reports().some((s) => s.t >= ms);
  }, { timeout: ms + 2000, interval: 100 }).catch(() => {});
  const states = reports();
  const state = states.filter((s) => s.t >= ms).at(0);
  assert.ok(
    state,
    `the page being left was gone before ${ms} ms, although left.html answers only after 3 s: it went somewhere else ` +
      `(left.html requested ${hits.get(LEFT) ?? 0} times in this run; the page's last report: ${JSON.stringify(states.at(-1))})`,
  );
  return state;
}

/** Presses Shift on its own, `times` times. */
export async function tapShift(tab, times = 1, gap = 120) {
  for (let i = 0; i < times; i++) {
    await tab.keyboard.press('Shift');
    await pause(gap);
  }
}

/** Where two boxes overlap by more than a pixel each way. */
const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/**
 * Walks the keyboard order with Tab (or Shift+Tab from the end) and, at each stop, notes
 * the focused element's visible box, the bar's box, and whether it belongs to the exit.
 */
export async function focusWalk(tab, { backwards = false, limit = 200, bar = '[part=base] of the exit' } = {}) {
  await tab.evaluate((fromEnd) => {
    document.activeElement?.blur();
    window.scrollTo(0, fromEnd ? document.documentElement.scrollHeight : 0);
  }, backwards);
  const stops = [];
  for (let i = 0; i < limit; i++) {
    if (backwards) {
      await tab.keyboard.down('Shift');
      await tab.keyboard.press('Tab');
      await tab.keyboard.up('Shift');
    } else {
      await tab.keyboard.press('Tab');
    }
    await frames(tab);
    const stop = await tab.evaluate((plain) => {
      const el = window.__e2e.deepActive();
      if (!el || el === document.body || el === document.documentElement) return null;
      if (!window.__qe.__seen) window.__qe.__seen = new Set();
      const seen = window.__qe.__seen.has(el);
      window.__qe.__seen.add(el);
      // The exit's bar, or (for a control page) a plain bar of the page.
      const bar = plain ? document.querySelector(plain) : window.__qe.bar();
      return {
        seen,
        who: window.__e2e.describe(el),
        rect: window.__e2e.clippedRect(el),
        bar: bar ? window.__qe.box(bar) : null,
        own: plain ? Boolean(el.closest(plain)) : window.__qe.insideExit(el),
      };
    }, bar.startsWith('[part=base]') ? null : bar);
    if (!stop) {
      if (stops.length) break;
      continue;
    }
    if (stop.seen) break;
    stops.push(stop);
  }
  await tab.evaluate(() => delete window.__qe.__seen);
  return stops;
}

/** Stops (not the exit's own) whose visible box overlaps the bar's. */
export const hiddenStops = (stops) =>
  stops
    .filter((s) => !s.own && s.bar && s.rect.width > 1 && s.rect.height > 1 && overlaps(s.rect, s.bar))
    .map((s) => `${s.who} at y ${Math.round(s.rect.top)}–${Math.round(s.rect.bottom)} under the bar at y ${Math.round(s.bar.top)}–${Math.round(s.bar.bottom)}`);

// ---------------------------------------------------------------------------------------

/**
 * The quick-exit suite in each browser, on a server with `serverOptions`; every file of it
 * has the same title, so each test keeps its full name whichever file it is in.
 */
export const describeQuickExit = (body) => describeEachBrowser('quick exit: what a reader who may be watched can count on', { server: serverOptions }, body);
