// @ts-check
/**
 * Page-side helpers of the end-to-end suite, available in a page as `window.__e2e` once
 * `installE2EHelpers` has run there: a deep query through shadow roots, visible controls,
 * and the focused element behind every shadow root.
 *
 * The pages do not load this module. The harness (test/e2e/in-page.mjs, PAGE_HELPERS)
 * sends the source of `installE2EHelpers` to the browser as a script, `(${source})()`, the
 * same way in Chromium (CDP), Firefox (WebDriver BiDi) and WebKit (WebKitWebDriver, and the
 * adapter's same-origin new-document file): so it works on pages with a strict
 * Content-Security-Policy too. The function must therefore use nothing from this module's
 * scope, only what it declares and the page's globals.
 */

/**
 * @typedef {object} ClippedRect The part of an element's box that can be seen, in CSS px
 *   from the viewport's top left.
 * @property {number} left
 * @property {number} right
 * @property {number} top
 * @property {number} bottom
 * @property {number} width never negative
 * @property {number} height never negative
 */

/**
 * @typedef {object} E2EHelpers What `window.__e2e` holds.
 * @property {(root: Document | ShadowRoot | Element, selector: string, found?: Element[]) => Element[]} deepAll
 *   Every element under `root` matching `selector`, also inside shadow roots, in document order.
 * @property {string} CONTROLS A selector for what can be focused or operated.
 * @property {(el: Element) => boolean} isVisible Whether a reader can see `el`: not inert, not
 *   hidden, at least 2 × 2 px after clipping, not transparent, not clipped away.
 * @property {(el: Element) => ClippedRect} clippedRect `el`'s box cut by every ancestor that clips.
 * @property {() => Element | null} deepActive The focused element behind every shadow root.
 * @property {(el: Element) => string} describe A short name of `el` for a failure message, with
 *   the hosts it is inside (`es-quick-exit >>> button[part=leave] "Leave this page"`).
 * @property {(x: number, y: number) => Element | null} elementAtPoint The element at a viewport
 *   point, looked for inside shadow roots.
 */

/**
 * Installs `window.__e2e` (see E2EHelpers) in the page it runs in; does nothing when it is
 * there already.
 * @returns {void}
 */
export function installE2EHelpers() {
  const win = /** @type {Window & { __e2e?: E2EHelpers }} */ (window);
  if (win.__e2e) return;
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
  const CONTROLS = 'a[href], button, input:not([type=hidden]), textarea, select, summary, [tabindex]:not([tabindex="-1"])';
  /**
   * @param {Node} node
   * @returns {Element | null} its parent element, or the host of the shadow root it is in
   */
  const parentOf = (node) => node.parentElement || (node.parentNode && /** @type {ShadowRoot} */ (node.parentNode).host) || null;
  // The part of an element that can be seen: its box cut by every ancestor that clips
  // (overflow other than visible, or a clip-path), through shadow roots.
  /**
   * @param {Element} el
   * @returns {ClippedRect}
   */
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
  /**
   * @param {Element} el
   * @returns {boolean}
   */
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
  /** @returns {Element | null} */
  const deepActive = () => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  /**
   * @param {Element} el
   * @returns {string}
   */
  const describe = (el) => {
    const host = /** @type {ShadowRoot} */ (el.getRootNode()).host;
    const where = host ? describe(host) + ' >>> ' : '';
    const id = el.id ? '#' + el.id : '';
    const part = el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '';
    // textContent, not innerText: innerText depends on rendering (it is empty while an
    // element is skipped off screen by content-visibility: auto), and a description must
    // name the same control whatever its state.
    const text = (el.textContent || /** @type {HTMLInputElement} */ (el).value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return where + el.localName + id + part + (text ? ' "' + text + '"' : '');
  };
  /**
   * @param {number} x
   * @param {number} y
   * @returns {Element | null}
   */
  const elementAtPoint = (x, y) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  win.__e2e = { deepAll, CONTROLS, isVisible, clippedRect, deepActive, describe, elementAtPoint };
}
