/**
 * Keeps the page clear of the quick exit's bar (WCAG 2.2, 2.4.11 "Focus not obscured"):
 * the bar lives in the top layer, above the page, so the page gets room for it and every
 * scroll the browser makes for the reader (a fragment link, `scrollIntoView`, focus)
 * stops short of it. Written into one constructed stylesheet on the document, so nothing
 * is added to the host's markup and everything is undone when the last exit goes.
 *
 * - Room for the bar: an exit written first in the page takes the bar's height itself, as
 *   a row of the page; one written elsewhere gets `padding-block-start` on the root, so
 *   the page still starts below the bar. A bottom bar gets `padding-block-end`.
 * - `scroll-padding`: jumps and focus scrolls land below the bar.
 * - A `focusin` check for what the browser does not scroll (an element already "in view"
 *   but under the bar, Shift+Tab upwards): it is scrolled clear of the bar.
 */

/** The bars to keep clear of, as the coordinator knows them. */
export interface BarBox {
  edge: 'top' | 'bottom';
  /** The bar's box in the viewport, or undefined while not shown. */
  rect(): DOMRect | undefined;
  /** True when `node` is part of this bar (its own controls may sit under it). */
  owns(node: Node): boolean;
  /** Where the element itself sits in the page: its top, in document pixels. */
  placedAt(): number;
  /** Makes the element itself take `height` pixels in the page (0: none). */
  reserve(height: number): void;
}

/**
 * An exit written first in the page (within this many pixels of the top, once our own
 * room is taken off: a body margin, a thin wrapper) takes the bar's room itself, where a
 * therapist put it; elsewhere the room is made at the page's top edge.
 */
const AT_TOP = 24;

/** A little air between the bar and what the reader is looking at, in CSS pixels. */
const GAP = 8;

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class KeepClear {
  readonly #bars: () => BarBox[];
  #sheet?: CSSStyleSheet;
  /** What the host page itself asks of the root, read before our sheet applies. */
  #host?: { paddingTop: number; paddingBottom: number; scrollTop: number; scrollBottom: number };
  #applied = '';
  /** The room this made at the page's top edge, in pixels. */
  #roomAtTop = 0;

  constructor(bars: () => BarBox[]) {
    this.#bars = bars;
  }

  start(): void {
    document.addEventListener('focusin', this.#onFocusIn, true);
  }

  stop(): void {
    document.removeEventListener('focusin', this.#onFocusIn, true);
    this.#write('');
  }

  /** Measures the bars again and gives the page the room they take. */
  update(): void {
    this.#host ??= this.#readHost();
    const h = this.#host;
    let top = 0;
    let roomAtTop = 0;
    let bottom = 0;
    for (const bar of this.#bars()) {
      const height = bar.rect()?.height ?? 0;
      if (bar.edge === 'bottom') {
        bar.reserve(0);
        bottom = Math.max(bottom, height);
        continue;
      }
      top = Math.max(top, height);
      if (bar.placedAt() - this.#roomAtTop - h.paddingTop <= AT_TOP) {
        bar.reserve(height);
      } else {
        bar.reserve(0);
        roomAtTop = Math.max(roomAtTop, height);
      }
    }
    this.#roomAtTop = roomAtTop;
    const rules: string[] = [];
    // Written compactly: no CSS minifier sees the strings built at run time.
    if (roomAtTop) rules.push(`padding-block-start:${h.paddingTop + roomAtTop}px`);
    if (top) rules.push(`scroll-padding-block-start:${h.scrollTop + top + GAP}px`);
    if (bottom) rules.push(`padding-block-end:${h.paddingBottom + bottom}px;scroll-padding-block-end:${h.scrollBottom + bottom + GAP}px`);
    this.#write(rules.length ? `:root{${rules.join(';')}}` : '');
  }

  #readHost() {
    const style = getComputedStyle(document.documentElement);
    const px = (value: string) => (value.endsWith('px') ? parseFloat(value) || 0 : 0);
    return {
      paddingTop: px(style.paddingTop),
      paddingBottom: px(style.paddingBottom),
      scrollTop: px(style.scrollPaddingTop),
      scrollBottom: px(style.scrollPaddingBottom),
    };
  }

  #write(css: string): void {
    if (css === this.#applied) return;
    this.#applied = css;
    const root = document as Document & { adoptedStyleSheets?: CSSStyleSheet[] };
    if (!root.adoptedStyleSheets) {
      // No constructed stylesheets (very old engines): the focus check below still works.
      return;
    }
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(css);
    if (!css) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
      this.#sheet = undefined;
    }
  }

  readonly #onFocusIn = (): void => {
    // After the browser's own scroll for this focus change.
    requestAnimationFrame(() => this.#clear());
  };

  #clear(): void {
    const focused = deepActiveElement();
    if (!focused || focused === document.body) return;
    for (const bar of this.#bars()) {
      if (bar.owns(focused)) return;
      const box = bar.rect();
      const target = focused.getBoundingClientRect();
      if (!box || !target.height) continue;
      const overlaps =
        target.left < box.right && target.right > box.left && target.top < box.bottom && target.bottom > box.top;
      if (!overlaps) continue;
      const by = bar.edge === 'top' ? target.top - box.bottom - GAP : target.bottom - box.top + GAP;
      window.scrollBy({ top: by, behavior: 'instant' });
    }
  }
}
