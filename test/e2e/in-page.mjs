/**
 * What the end-to-end suites do in a page that is open: the page-side helpers
 * (`window.__e2e`, from test/e2e/pages/page-helpers.js), waiting for the elements and for
 * a condition, axe, the requests that left the origin, a report of the elements, and a
 * walk through the page with Tab. test/e2e/harness.mjs opens the pages (and exports all of
 * this too, so a suite imports from the harness alone).
 */
import { installE2EHelpers } from './pages/page-helpers.js';

/**
 * The page-side helpers as a script: `window.__e2e` (see test/e2e/pages/page-helpers.js).
 * `openPage` installs them on every document (evaluateOnNewDocument); `installHelpers`, or
 * `evaluate(PAGE_HELPERS)` in a frame, where that did not reach. The same text in every
 * engine, sent as before the module existed: the driver's own evaluation (CDP, WebDriver
 * BiDi, WebKitWebDriver), which a page's Content-Security-Policy does not govern, and in
 * WebKit the adapter's same-origin new-document file (allowed by `script-src 'self'`).
 */
export const PAGE_HELPERS = `(${installE2EHelpers})()`;

export async function installHelpers(page) {
  await page.evaluate(PAGE_HELPERS);
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
