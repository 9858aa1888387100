// @ts-check
/**
 * Page-side helpers of the quick-exit suites (test/e2e/quick-exit-*.e2e.mjs), installed on
 * every document of the tabs they open, beside the harness's `window.__e2e`
 * (test/e2e/pages/page-helpers.js). As there, the pages do not load this module: the suites
 * send each function's source to the browser as a script (test/e2e/quick-exit-helpers.mjs),
 * so a function here uses nothing from this module's scope, only its arguments, what it
 * declares and the page's globals.
 */

/** @typedef {import('./page-helpers.js').E2EHelpers} E2EHelpers */

/**
 * @typedef {object} Box An element's box in CSS px from the viewport's top left, with its centre (`x`, `y`).
 * @property {number} left
 * @property {number} top
 * @property {number} right
 * @property {number} bottom
 * @property {number} width
 * @property {number} height
 * @property {number} x
 * @property {number} y
 */

/**
 * @typedef {object} QuickExitHelpers What `window.__qe` holds.
 * @property {(root: Document | ShadowRoot | Element, selector: string, found?: Element[]) => Element[]} deepAll
 *   Every element under `root` matching `selector`, also inside shadow roots.
 * @property {(el: Element) => string} nameOf Roughly the accessible name: aria-labelledby, aria-label, else the text.
 * @property {() => Element[]} exits Every es-quick-exit of the page, also inside shadow roots.
 * @property {(exit?: Element) => Element | null} leaveButton The exit's own “Leave this page” control (the first exit's by default).
 * @property {(exit?: Element) => Element | null} bar The exit's bar, its [part=base].
 * @property {(el: Element | null) => Box | null} box
 * @property {(el: Element) => { ok: boolean, hit: string }} onTop Whether `el` (or something in it) is what a pointer at its centre hits.
 * @property {(el: Element) => boolean} insideExit
 * @property {(exit: Element, all?: boolean) => string[]} liveTexts What the exit's polite live regions (or, with `all`, every kind) say now.
 * @property {(node: Node) => Element | null} parentOf The parent element, or the host of the shadow root `node` is in.
 */

/** @typedef {Window & { __e2e: E2EHelpers, __qe?: QuickExitHelpers, __qeWatch?: () => void }} QuickExitWindow */

/**
 * Installs `window.__qe` (see QuickExitHelpers); does nothing when it is there already.
 * @param {string} leave the name of the exit's leave control (“Leave this page”)
 * @returns {void}
 */
export function installQuickExitHelpers(leave) {
  const win = /** @type {QuickExitWindow} */ (/** @type {unknown} */ (window));
  if (win.__qe) return;
  /**
   * @param {Document | ShadowRoot | Element} root
   * @param {string} selector
   * @param {Element[]} [found]
   * @returns {Element[]}
   */
  const deepAll = (root, selector, found = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) deepAll(el.shadowRoot, selector, found);
    }
    return found;
  };
  /**
   * @param {Node} node
   * @returns {Element | null}
   */
  const parentOf = (node) => node.parentElement || (node.parentNode && /** @type {ShadowRoot} */ (node.parentNode).host) || null;
  // Text a screen reader would read: aria-hidden parts left out.
  /**
   * @param {Node} node
   * @returns {string}
   */
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const el = /** @type {Element} */ (node);
    if (node.nodeType !== Node.ELEMENT_NODE || el.getAttribute('aria-hidden') === 'true') return '';
    const kids = el.localName === 'slot' ? /** @type {HTMLSlotElement} */ (el).assignedNodes({ flatten: true }) : [...(el.shadowRoot || el).childNodes];
    return kids.map(textOf).join(' ');
  };
  // Roughly the accessible name: aria-labelledby, aria-label, else the text.
  /**
   * @param {Element} el
   * @returns {string}
   */
  const nameOf = (el) => {
    const root = /** @type {Document | ShadowRoot} */ (el.getRootNode());
    const by = el.getAttribute('aria-labelledby');
    if (by) return /** @type {Element[]} */ (by.split(/\s+/).map((id) => root.getElementById?.(id) || document.getElementById(id)).filter(Boolean)).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return label.trim();
    return textOf(el).replace(/\s+/g, ' ').trim();
  };
  const exits = () => deepAll(document, 'es-quick-exit');
  // The exit's own "Leave this page" control, in its shadow root.
  /**
   * @param {Element} [exit]
   * @returns {Element | null}
   */
  const leaveButton = (exit = exits()[0]) => {
    if (!exit || !exit.shadowRoot) return null;
    const controls = [...exit.shadowRoot.querySelectorAll('button, a[href], [role=button]')].filter((el) => nameOf(el) === leave);
    return controls.find((el) => win.__e2e.isVisible(el)) || controls[0] || null;
  };
  /**
   * @param {Element} [exit]
   * @returns {Element | null}
   */
  const bar = (exit = exits()[0]) => exit?.shadowRoot?.querySelector('[part=base]') || null;
  /**
   * @param {Element | null} el
   * @returns {Box | null}
   */
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  // Is el (or something inside it) what a pointer at its centre would hit?
  /**
   * @param {Element} el
   * @returns {{ ok: boolean, hit: string }}
   */
  const onTop = (el) => {
    const b = /** @type {Box} */ (box(el));
    const hit = win.__e2e.elementAtPoint(b.x, b.y);
    for (let node = hit; node; node = parentOf(node)) if (node === el) return { ok: true, hit: win.__e2e.describe(/** @type {Element} */ (hit)) };
    return { ok: false, hit: hit ? win.__e2e.describe(hit) : 'nothing' };
  };
  /**
   * @param {Element} el
   * @returns {boolean}
   */
  const insideExit = (el) => {
    for (let node = /** @type {Element | null} */ (el); node; node = parentOf(node)) if (node.localName && node.localName.startsWith('es-quick-exit')) return true;
    return false;
  };
  // What the exit's live regions say now (polite, or every kind).
  /**
   * @param {Element} exit
   * @param {boolean} [all]
   * @returns {string[]}
   */
  const liveTexts = (exit, all = false) => {
    const selector = all ? '[role=status], [role=alert], [aria-live=polite], [aria-live=assertive]' : '[role=status], [aria-live=polite]';
    return [...(exit.shadowRoot?.querySelectorAll(selector) ?? [])].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  };
  win.__qe = { deepAll, nameOf, exits, leaveButton, bar, box, onTop, insideExit, liveTexts, parentOf };
}

/**
 * Logs, on every document, each page shown (`qe:pageshow <path> <persisted>`) and each
 * click (`qe:click`, from the window in the capture phase, so before any handler of the
 * page): the console keeps them in the page's order, across navigations. Also defines
 * `window.__qeWatch()`, which starts the page's reports of what it shows (`qe:state {…}`).
 * @returns {void}
 */
export function installPageLog() {
  const win = /** @type {QuickExitWindow} */ (/** @type {unknown} */ (window));
  addEventListener('pageshow', (e) => console.log('qe:pageshow ' + location.pathname + ' ' + e.persisted));
  addEventListener('click', () => console.log('qe:click'), true);
  // What the page shows, every 100 ms once a test asks: read from the console, as the
  // driver cannot run code in a page that is being left (Chromium holds it until the
  // next page arrives).
  win.__qeWatch = () => {
    const start = performance.now();
    const media = /** @type {HTMLMediaElement[]} */ ([...document.querySelectorAll('audio, video')]);
    /** @param {Element | null | undefined} el */
    const shown = (el) => Boolean(el && win.__e2e.isVisible(el));
    const report = () => {
      console.log('qe:state ' + JSON.stringify({
        t: Math.round(performance.now() - start),
        path: location.pathname,
        title: document.title,
        media: media.map((m) => m.localName + ':' + (m.paused ? 'paused' : 'playing')),
        print: matchMedia('print').matches,
        bar: shown(/** @type {QuickExitHelpers} */ (win.__qe).bar()),
        button: shown(/** @type {QuickExitHelpers} */ (win.__qe).leaveButton()),
      }));
    };
    report();
    setInterval(report, 100);
  };
}

/**
 * A stand-in for the browser's speech synthesis, with one voice (so the reader offers
 * "Listen"): each utterance "ends" 50 ms after it starts, and every `speak` and `cancel`
 * is logged (`qe:speak …`, `qe:cancel`).
 * @returns {void}
 */
export function installFakeSpeech() {
  class Utterance extends EventTarget {
    /** @param {string} [text] */
    constructor(text = '') { super(); this.text = text; Object.assign(this, { lang: '', voice: null, rate: 1, pitch: 1, volume: 1 }); }
  }
  const voices = [{ name: 'Test voice', lang: 'en-US', default: true, localService: true, voiceURI: 'test-voice' }];
  /** @type {Utterance[]} */
  let queue = [];
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {EventTarget & { speaking?: boolean }} */
  const synth = new EventTarget();
  const next = () => {
    const u = queue.shift();
    timer = undefined;
    if (!u) { synth.speaking = false; return; }
    synth.speaking = true;
    console.log('qe:speak ' + u.text.slice(0, 40));
    u.dispatchEvent(new Event('start'));
    timer = setTimeout(() => { u.dispatchEvent(new Event('end')); next(); }, 50);
  };
  Object.assign(synth, {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices,
    /** @param {Utterance} u */
    speak(u) { queue.push(u); if (!timer) next(); },
    cancel() { console.log('qe:cancel'); queue = []; clearTimeout(timer); timer = undefined; synth.speaking = false; },
    pause() { console.log('qe:pause'); }, resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
}
