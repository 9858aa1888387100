/**
 * WebKit for the end-to-end suite: the small part of puppeteer's Browser and Page that the
 * suites use, over WebKitWebDriver (classic WebDriver, through webdriverio), so a suite can
 * run in WebKit without being rewritten. One WebDriver session per page.
 *
 * Classic WebDriver has no events, so what puppeteer reports as they happen is read from
 * the page after each step instead, and is weaker:
 * - requests: the page's resource timing (every URL it fetched; method GET, no body), and
 *   a response with its status when the engine reports `responseStatus`;
 * - errors and console: recorded from the moment the page has loaded (a hook is put in
 *   after load, and on every `evaluate`), so an error thrown while the page loads is not
 *   seen. `evaluateOnNewDocument` scripts likewise run after load.
 */
import { remote } from 'webdriverio';
import { startWebKitDriver, webkitCapabilities } from '../../scripts/webkit.mjs';

const KEYS = { Enter: '\uE007', Tab: '\uE004', Shift: '\uE008', Escape: '\uE00C', Backspace: '\uE003', ArrowDown: '\uE015', ArrowUp: '\uE013' };
const keyValue = (name) => KEYS[name] ?? name;

/** Put into the page after every navigation: buffers errors and console output for the adapter. */
const HOOK = () => {
  if (window.__wk) return;
  const wk = (window.__wk = { events: [], seen: 0 });
  addEventListener('error', (event) => wk.events.push({ kind: 'pageerror', text: event.message }));
  addEventListener('unhandledrejection', (event) => wk.events.push({ kind: 'pageerror', text: String(event.reason?.message ?? event.reason) }));
  for (const type of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[type];
    console[type] = (...args) => {
      wk.events.push({ kind: 'console', type: type === 'warn' ? 'warning' : type, text: args.map(String).join(' ') });
      return original.apply(console, args);
    };
  }
};

/** What happened since the last drain: buffered events and newly fetched resources. */
const DRAIN = () => {
  const wk = window.__wk;
  const events = wk ? wk.events.splice(0) : [];
  const entries = performance.getEntriesByType('resource');
  const fresh = wk ? entries.slice(wk.seen) : entries;
  if (wk) wk.seen = entries.length;
  return { events, resources: fresh.map((e) => ({ url: e.name, status: e.responseStatus ?? 0 })), url: location.href };
};

class WebKitPage {
  #driver;
  #listeners = new Map();
  #onNewDocument = [];
  #url = 'about:blank';

  constructor(driver) {
    this.#driver = driver;
    this.keyboard = {
      type: async (text) => {
        for (const char of text) await this.#keys([{ type: 'keyDown', value: char }, { type: 'keyUp', value: char }]);
      },
      press: (key) => this.#keys([{ type: 'keyDown', value: keyValue(key) }, { type: 'keyUp', value: keyValue(key) }]),
    };
    this.mouse = {
      click: (x, y) =>
        this.#driver.performActions([
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]),
    };
  }

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
      return; // between documents
    }
    this.#url = seen.url;
    for (const event of seen.events) {
      if (event.kind === 'pageerror') this.#emit('pageerror', new Error(event.text));
      else this.#emit('console', { type: () => event.type, text: () => event.text });
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

  async setViewport({ width, height }) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [w, h] = await this.#driver.execute(() => [innerWidth, innerHeight]);
      if (w === width && h === height) return;
      const rect = await this.#driver.getWindowRect();
      await this.#driver.setWindowRect(null, null, rect.width + width - w, rect.height + height - h);
    }
  }

  async evaluateOnNewDocument(script) {
    this.#onNewDocument.push(script);
  }

  async goto(url) {
    this.#emit('request', { url: () => url, method: () => 'GET', postData: () => undefined });
    await this.#driver.url(url);
    for (const script of this.#onNewDocument) await this.#driver.execute(script);
    await this.#drain();
    return null;
  }

  /** `fn` (a function or an expression string) run in the page; promises are awaited. */
  async evaluate(fn, ...args) {
    const source = typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : `return (${fn})`;
    const result = await this.#driver.execute(source, ...args);
    await this.#drain();
    // WebDriver turns undefined into null, as puppeteer's serialisation does for most values.
    return result;
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

/** A puppeteer-like browser: `newPage()` opens a WebDriver session; `close()` stops the driver. */
export async function launchWebKit() {
  const driver = await startWebKitDriver();
  const pages = new Set();
  return {
    async newPage() {
      // WebKitWebDriver holds one session at a time: a new page closes the one before.
      for (const page of pages) await page.close();
      pages.clear();
      const session = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities(driver.miniBrowser) });
      const page = new WebKitPage(session);
      pages.add(page);
      return page;
    },
    async close() {
      for (const page of pages) await page.close();
      driver.stop();
    },
  };
}
