/**
 * WebKit for the end-to-end suite: the small part of puppeteer's Browser and Page that the
 * suites use, over WebKitWebDriver (classic WebDriver, through webdriverio), so a suite can
 * run in WebKit without being rewritten. One WebDriver session per page.
 *
 * Classic WebDriver has no events and cannot run a script before a page's own, so:
 * - scripts for every new document (`evaluateOnNewDocument`) and the hook that records
 *   errors and console output come from a file that the e2e server puts first in every
 *   HTML page it sends to WebKit (test/e2e/webkit-hooks.mjs, the adapter's page side):
 *   they run before the page's scripts, on every document, frames and navigations
 *   included. A page from elsewhere gets them after it has loaded instead.
 * - errors and console output are buffered in the page and read after each step; pages the
 *   hooks reached also send each event to the e2e server as it happens, so what a page
 *   logs while it is being left (when WebKitWebDriver runs no command in it) still arrives;
 * - requests are read from the page's resource timing (every URL it fetched; method GET, no
 *   body), with a response status when the engine reports `responseStatus`.
 */
import { remote } from 'webdriverio';
import { startWebKitDriver, webkitCapabilities } from '../../scripts/webkit.mjs';
import { DRAIN, fromServer, HOOK, removeHooks, writeHooks } from './webkit-hooks.mjs';

const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  Meta: '\uE03D',
};
// puppeteer's code names (KeyA, Digit1, Space) as the characters WebDriver types.
const keyValue = (name) => KEYS[name] ?? /^Key([A-Z])$/.exec(name)?.[1].toLowerCase() ?? /^Digit(\d)$/.exec(name)?.[1] ?? (name === 'Space' ? ' ' : name);

class WebKitPage {
  #driver;
  #listeners = new Map();
  #onNewDocument = [];
  #url = 'about:blank';

  constructor(driver) {
    this.#driver = driver;
    this.keyboard = {
      // One action sequence per character: in one sequence for the whole text WebKitWebDriver
      // loses characters (see scripts/wtr-webdriver-commands.mjs).
      type: async (text) => {
        for (const char of text) await this.#keys([{ type: 'keyDown', value: char }, { type: 'keyUp', value: char }]);
      },
      press: (key) => this.#keys([{ type: 'keyDown', value: keyValue(key) }, { type: 'keyUp', value: keyValue(key) }]),
      // One input source for the session: a key held down stays down until its keyUp.
      down: (key) => this.#keys([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => this.#keys([{ type: 'keyUp', value: keyValue(key) }]),
    };
    const pointer = (actions) =>
      this.#driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]).then(() => this.#drain());
    this.mouse = {
      click: (x, y) =>
        pointer([
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ]),
      move: (x, y) => pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }]),
      down: () => pointer([{ type: 'pointerDown', button: 0 }]),
      up: () => pointer([{ type: 'pointerUp', button: 0 }]),
    };
    this.#main = { url: () => this.#url, evaluate: (fn, ...args) => this.evaluate(fn, ...args) };
  }

  #main;
  #frames = [];
  #seenEvents = new Set();

  /** puppeteer's frames: the page, then each frame of it (as of the last look at the page). */
  frames() {
    return [this.#main, ...this.#frames];
  }

  mainFrame() {
    return this.#main;
  }

  /** No-ops: each WebDriver command has the driver's own timeouts. */
  setDefaultTimeout() {}
  setDefaultNavigationTimeout() {}

  on(type, listener) {
    if (!this.#listeners.has(type)) this.#listeners.set(type, []);
    this.#listeners.get(type).push(listener);
    return this;
  }

  #emit(type, value) {
    for (const listener of this.#listeners.get(type) ?? []) listener(value);
  }

  async #keys(actions) {
    await this.#driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await this.#drain();
  }

  /** Reads what the page did since the last look, and reports it as puppeteer events. */
  async #drain() {
    let seen;
    try {
      await this.#driver.execute(HOOK);
      seen = await this.#driver.execute(DRAIN);
    } catch {
      seen = null; // between documents
    }
    // Events from both ways (a page's own buffer, and the server for pages gone since), once each, in time order.
    const events = [...(seen?.events ?? []), ...fromServer.splice(0)].filter((event) => !this.#seenEvents.has(event.id));
    events.sort((a, b) => a.time - b.time);
    for (const event of events) {
      this.#seenEvents.add(event.id);
      if (event.kind === 'pageerror') this.#emit('pageerror', new Error(event.text));
      else this.#emit('console', { type: () => event.type, text: () => event.text });
    }
    if (!seen) return;
    this.#url = seen.url;
    if (seen.frames.length !== this.#frames.length || seen.frames.some((src, i) => this.#frames[i].url() !== src)) {
      this.#frames = seen.frames.map((src, index) => ({ url: () => src, evaluate: (fn, ...args) => this.#inFrame(index, fn, args) }));
    }
    // A document the server did not give the hooks to: run the new-document scripts now.
    if (!seen.injected) {
      for (const script of this.#onNewDocument) await this.#driver.execute(script).catch(() => {});
      await this.#driver.execute(() => (window.__wkInjected = true)).catch(() => {});
    }
    for (const resource of seen.resources) {
      this.#emit('request', { url: () => resource.url, method: () => 'GET', postData: () => undefined });
      if (resource.status) this.#emit('response', { url: () => resource.url, status: () => resource.status });
    }
  }

  /** The address as last seen; each call also asks the driver again, so polling it follows navigations. */
  url() {
    this.#driver.getUrl().then((url) => (this.#url = url), () => {});
    return this.#url;
  }

  /**
   * Sizes the window so that the page's viewport is `width` × `height` CSS px (the window's
   * toolbar is kept small by scripts/webkit-gtk.css, so 320 px is reachable). Throws when the
   * viewport does not reach that size, rather than testing at another one.
   */
  async setViewport({ width, height }) {
    let seen = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      seen = await this.#driver.execute(() => [innerWidth, innerHeight]);
      const [w, h] = seen;
      if (w === width && h === height) return;
      const rect = await this.#driver.getWindowRect();
      // The window's own frame and toolbar, never negative (a document between loads may report 0 or stale sizes).
      const chrome = { x: Math.max(0, rect.width - w), y: Math.max(0, rect.height - h) };
      await this.#driver.setWindowRect(null, null, width + chrome.x, height + chrome.y);
      await new Promise((done) => setTimeout(done, 50 * attempt));
    }
    throw new Error(`WebKit: the viewport stayed ${seen.join(' × ')} px, not ${width} × ${height}`);
  }

  async evaluateOnNewDocument(script) {
    this.#onNewDocument.push(typeof script === 'function' ? `(${script})()` : script);
    writeHooks(this.#onNewDocument);
  }

  async goto(url) {
    this.#emit('request', { url: () => url, method: () => 'GET', postData: () => undefined });
    await this.#driver.url(url);
    await this.#drain();
    return null;
  }

  /** Loads the page again (the driver waits for it to load). */
  async reload() {
    await this.#driver.refresh();
    await this.#drain();
    return null;
  }

  /** Back and forward in the tab's history (the driver waits for the page to load). */
  async goBack() {
    await this.#driver.back();
    await this.#drain();
    return null;
  }

  async goForward() {
    await this.#driver.forward();
    await this.#drain();
    return null;
  }

  /** `fn` run in the `index`th frame of the page. */
  async #inFrame(index, fn, args) {
    const source = typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : `return (${fn})`;
    await this.#driver.switchToFrame(index);
    try {
      return await this.#driver.execute(source, ...args);
    } finally {
      await this.#driver.switchToParentFrame();
    }
  }

  /** `fn` (a function or an expression string) run in the page; promises are awaited. */
  async evaluate(fn, ...args) {
    const source = typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : `return (${fn})`;
    // WebDriver refuses undefined arguments; the function sees null instead (both falsy).
    const result = await this.#driver.execute(source, ...args.map((arg) => arg ?? null));
    await this.#drain();
    // WebDriver turns undefined into null, as puppeteer's serialisation does for most values.
    return result;
  }

  /** `fn(element, ...args)` for the first element matching `selector`; throws, as puppeteer does, when none matches. */
  async $eval(selector, fn, ...args) {
    const result = await this.#driver.execute(
      `const el = document.querySelector(arguments[0]);
       if (!el) throw new Error('failed to find element matching selector "' + arguments[0] + '"');
       return (${fn}).apply(null, [el, ...Array.prototype.slice.call(arguments, 1)]);`,
      selector,
      ...args,
    );
    await this.#drain();
    return result;
  }

  /** `fn(elements, ...args)` for every element matching `selector`. */
  async $$eval(selector, fn, ...args) {
    const result = await this.#driver.execute(
      `return (${fn}).apply(null, [[...document.querySelectorAll(arguments[0])], ...Array.prototype.slice.call(arguments, 1)]);`,
      selector,
      ...args,
    );
    await this.#drain();
    return result;
  }

  /** Focuses the first element matching `selector` (as puppeteer's page.focus, a script call). */
  async focus(selector) {
    await this.$eval(selector, (el) => el.focus());
  }

  /** A real click (WebDriver's element click: scrolled into view, pointer down and up at its centre). */
  async click(selector) {
    const element = await this.#driver.$(selector);
    if (!(await element.isExisting())) throw new Error(`failed to find element matching selector "${selector}"`);
    await element.click();
    await this.#drain();
  }

  /**
   * Polls `fn(...args)` in the page (every 50 ms, or `polling` ms) until it returns a truthy
   * value; rejects after `timeout` ms (30 000 by default).
   */
  async waitForFunction(fn, { timeout = 30_000, polling = 50 } = {}, ...args) {
    const until = Date.now() + timeout;
    let failure = null;
    // Only whether it holds comes back: an element (puppeteer's handle) cannot be serialised over WebDriver.
    const holds = `return Boolean((${fn}).apply(null, arguments))`;
    for (;;) {
      const value = await this.#driver.execute(holds, ...args.map((arg) => arg ?? null)).catch((error) => void (failure = error));
      await this.#drain();
      if (value) return { jsonValue: async () => true, dispose: async () => {} };
      if (Date.now() > until) throw new Error(`waitForFunction: still false after ${timeout} ms${failure ? ` (last error: ${failure.message})` : ''}: ${String(fn).slice(0, 120)}`);
      await new Promise((done) => setTimeout(done, typeof polling === 'number' ? polling : 50));
    }
  }

  async addScriptTag({ url }) {
    await this.#driver.executeAsync((src, done) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => done(true);
      script.onerror = () => done(false);
      document.head.append(script);
    }, url);
  }

  async close() {
    await this.#driver.deleteSession().catch(() => {});
  }
}

/**
 * A puppeteer-like browser: `newPage()` opens a WebDriver session; `close()` stops the driver.
 * `dark: true`: every page sees `prefers-color-scheme: dark` (MiniBrowser's dark mode);
 * `javascript: false`: the pages' own scripts do not run.
 */
export async function launchWebKit({ dark = false, javascript = true } = {}) {
  const driver = await startWebKitDriver();
  const pages = new Set();
  return {
    async newPage() {
      // WebKitWebDriver holds one session at a time: a new page closes the one before.
      for (const page of pages) await page.close();
      pages.clear();
      const session = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities(driver.miniBrowser, { dark, javascript }) });
      writeHooks([]);
      fromServer.length = 0;
      const page = new WebKitPage(session);
      pages.add(page);
      return page;
    },
    async close() {
      for (const page of pages) await page.close();
      driver.stop();
      // This run's hooks files.
      removeHooks();
    },
  };
}
