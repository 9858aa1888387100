import type { ReactiveController, ReactiveElement } from 'lit';
import { rendersAsServer } from '../../core/as-server.js';

/** The attribute that pairs a control in the table with the same control in the pairs. */
export const FOCUS_KEY = 'data-focus-key';

export type CompareLayout = 'table' | 'pairs';

/** Widths, in rem, from which the table reads well: two columns, or three with explanations. */
export const TABLE_MIN_REM = 30;
export const TABLE_WITH_ABOUT_MIN_REM = 38;

/**
 * Chooses the layout of `<es-safety-compare>` from the width it is given (not the
 * screen's), and keeps the reader's place when it changes.
 *
 * Only the chosen layout is rendered. Rendering both and hiding one with a container
 * query doubled the comparison's DOM, and style and layout of that hidden half was most
 * of what the element cost a page. A ResizeObserver reports the width after layout, and
 * the layout follows on the next frame. The first guess, before any layout, comes from
 * the viewport width (asked as a media query, which forces no layout), so the first
 * layout is right unless the comparison sits in a narrow column of a wide screen.
 *
 * When the space changes (a phone turned, a sidebar opened) while focus is on a control
 * that exists in both layouts, focus moves to the same control in the new one, so a
 * keyboard or switch user does not lose their place.
 */
export class CompareLayoutController implements ReactiveController {
  readonly #host: ReactiveElement;
  /** The element measured: one whose width is the space given and whose height never changes. */
  readonly #gaugeSelector: string;
  readonly #minRem: () => number;
  #observer?: ResizeObserver;
  #observed?: Element;
  #layout?: CompareLayout;
  /**
   * The last measured width, in rem (converted while the measuring callback runs, when
   * the page's styles are up to date, so that an update never has to read them).
   */
  #widthRem = 0;
  #nextFrame = 0;
  /** The focus key of the control that had focus when the layout changed. */
  #refocus?: string;

  constructor(host: ReactiveElement, gaugeSelector: string, minRem: () => number) {
    this.#host = host;
    this.#gaugeSelector = gaugeSelector;
    this.#minRem = minRem;
    host.addController(this);
  }

  /** The layout to render now. */
  get layout(): CompareLayout {
    // Before the first measurement, a guess from the viewport: a media query, because
    // reading window.innerWidth or the page's font size here would make the browser lay
    // out the page once per element.
    // A server has no viewport: it renders the narrow layout, as does hydration over it.
    if (rendersAsServer(this.#host)) return 'pairs';
    this.#layout ??= viewportAtLeast(this.#minRem()) ? 'table' : 'pairs';
    return this.#layout;
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => this.#measured(entries.at(-1)!));
  }

  hostUpdate(): void {
    // The width needed can change without the width changing (explanations turned on).
    if (this.#widthRem) this.#switchTo(this.#choose(this.#widthRem));
  }

  hostUpdated(): void {
    const gauge = this.#host.renderRoot.querySelector(this.#gaugeSelector) ?? undefined;
    if (gauge !== this.#observed) {
      if (this.#observed) this.#observer?.unobserve(this.#observed);
      if (gauge) this.#observer?.observe(gauge);
      this.#observed = gauge;
    }
    if (this.#refocus) {
      const key = this.#refocus;
      this.#refocus = undefined;
      this.#host.renderRoot.querySelector<HTMLElement>(`[${FOCUS_KEY}="${CSS.escape(key)}"]`)?.focus();
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#nextFrame);
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  #measured(entry: ResizeObserverEntry): void {
    const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    // Hidden (display: none) measures 0: keep the layout until it has a real width.
    if (width === 0) return;
    this.#widthRem = width / rootFontSize();
    const layout = this.#choose(this.#widthRem);
    cancelAnimationFrame(this.#nextFrame);
    if (layout === this.#layout) return;
    // Not in this callback: a size change now, of a frame the browser skips while it is
    // off screen (content-visibility: auto), would report a ResizeObserver loop error to
    // the page. One frame later, and only when the first guess was wrong or the space
    // changed.
    this.#nextFrame = requestAnimationFrame(() => {
      if (this.#switchTo(layout)) this.#host.requestUpdate();
    });
  }

  /** Records where focus is before the layout changes; true when it changes. */
  #switchTo(layout: CompareLayout): boolean {
    if (layout === this.#layout) return false;
    const focused = (this.#host.renderRoot as ShadowRoot).activeElement;
    this.#refocus = focused?.getAttribute(FOCUS_KEY) ?? undefined;
    this.#layout = layout;
    return true;
  }

  #choose(widthRem: number): CompareLayout {
    return widthRem >= this.#minRem() ? 'table' : 'pairs';
  }
}

/** The media queries asked so far, by width: one for the page, not one per comparison. */
const viewportQueries = new Map<number, MediaQueryList>();

/** Whether the viewport is at least `rem` wide (a live query, so always current). */
function viewportAtLeast(rem: number): boolean {
  let query = viewportQueries.get(rem);
  if (!query) viewportQueries.set(rem, (query = matchMedia(`(min-width: ${rem}rem)`)));
  return query.matches;
}

/** The root font size in pixels, which `rem` is measured against. */
function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
