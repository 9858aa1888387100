import { html, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../../core/define.js';
import { clearStoredData } from '../../core/device-storage.js';
import { EsElement } from '../../core/es-element.js';
import { rendersAsServer } from '../../core/as-server.js';
import { pageBase, safeUrl } from '../../core/safe-url.js';
import { baseStyles } from '../../core/styles/tokens.js';
import { exitCoordinator, type ExitMember } from './exit-coordinator.js';
import { isFirstInKeyboardOrder } from './keyboard-order.js';
import { isFramed, navigateAway } from './navigation.js';
import { pageBackground } from './page-colours.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { quietPage } from './quiet-page.js';
import { SHIFT_PRESSES, type ShiftProgress } from './shift-sequence.js';
// Registers <es-quick-exit-skip>; the type import alone would be dropped.
import './skip-link.js';
import './quick-exit.messages.js';
import type { EsQuickExitSkip } from './skip-link.js';

/**
 * Where the quick exit goes by default: an everyday, non-personalised weather page that
 * looks unremarkable in a browser tab. Deliberate data, documented: it is only ever
 * visited when the reader leaves, never requested by this page.
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

export { SHIFT_PRESSES };

export type QuickExitPosition = 'top' | 'bottom';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * A "Leave this page" control for readers who may be watched.
 *
 * Write it with a plain link inside — `<es-quick-exit><a href="https://www.bbc.com/weather">Leave
 * this page</a></es-quick-exit>` — and the link is the exit before the script runs and
 * whenever it cannot (blocked, failed to load, JavaScript off). Once upgraded, the element
 * shows a bar in the browser's top layer, above everything on the page whatever the
 * host's wrappers do (clipping, transforms, stacking contexts, sticky headers), at the top
 * of the viewport (or in the bottom corner), and gives the page room for it so nothing
 * the reader focuses or jumps to hides under it.
 *
 * Activating it — a click, Enter or Space, or Shift pressed three times on its own, each
 * press within five seconds of the last — covers the page at once with a plain sheet,
 * silences speech and media, makes the tab title neutral, and replaces the page in the
 * session history with its destination (`location.replace`, no referrer; the whole tab
 * when embedded in a frame, where the browser allows it), so Back does not bring it back.
 * Restored from the back/forward cache, the page stays covered and leaves again. Any
 * number of exits on a page act as one: one listener, one announcement, one navigation.
 * When something focusable comes before it, a "Leave this page" link becomes the page's
 * first Tab stop. "How this works" is honest about what it cannot do.
 *
 * Tests and stories can watch the exit without leaving: see `setQuickExitNavigation` in
 * `navigation.ts`.
 *
 * @tagname es-quick-exit
 * @summary A quick, history-replacing "Leave this page" bar with a Shift×3 shortcut.
 *
 * @slot - A plain `<a href>` link: the exit before the script runs and without it; its
 * `href` is the destination when the element has no `href` attribute. Not shown once upgraded.
 *
 * @csspart base - The bar (in the top layer).
 * @csspart button - The "Leave this page" button.
 * @csspart steps - The three-step Shift progress indicator (hidden from assistive technology).
 * @csspart how - The "How this works" disclosure.
 * @csspart cover - The plain sheet that hides the page while leaving.
 *
 * @cssprop [--es-color-accent=color-mix(in srgb, #1d5c87 50%, currentColor)] - The button's colour and the disclosure link's.
 * @cssprop [--es-color-on-accent=#ffffff] - Text colour on the filled button of a built-in theme.
 * @cssprop [--es-color-surface=Canvas] - Background of the bar and the note (default: the page's own background).
 * @cssprop [--es-color-text=currentColor] - Text colour of the bar and the note (default: inherited from the page).
 * @cssprop [--es-color-border=color-mix(in srgb, currentColor 55%, transparent)] - Border of the note.
 * @cssprop [--es-color-focus=var(--es-color-accent)] - Focus ring colour.
 * @cssprop [--es-font-body=inherit] - Font (default: inherited from the page).
 * @cssprop [--es-radius=0.5rem] - Corner radius of the button.
 */
export class EsQuickExit extends EsElement implements ExitMember {
  static override styles = [baseStyles, quickExitStyles];
  static override properties = {
    href: {},
    position: {},
    clearStored: { type: Boolean, attribute: 'clear-stored' },
    clearNotes: { type: Boolean, attribute: 'clear-notes' },
  };

  /**
   * Where to go: an `https:` or `http:` address. Default: the `href` of the link inside,
   * then `<es-practice exit-url>`, else a neutral weather page (`DEFAULT_EXIT_URL`). Other
   * schemes (`javascript:`, `data:`…) are refused with a console warning.
   */
  href?: string;

  /** `top` (default): a bar across the top of the viewport. `bottom`: a box in the bottom corner. */
  position: QuickExitPosition = 'top';

  /**
   * Also erase everything this package stored on this device before leaving: reflection
   * notes and reading settings (text size, colours). Default: false.
   */
  clearStored = false;

  /**
   * The old name of `clear-stored`, which it always was (it erases reading settings too,
   * not only notes). Still works, with one console warning.
   * @deprecated Use `clear-stored`.
   */
  clearNotes = false;

  /** Whether leaving erases what this package stored, by either name. */
  get #clearsStored(): boolean {
    return this.clearStored || this.clearNotes;
  }

  /** The element of this one's own rendering that `selector` finds (what Lit's `@query` would give). */
  #find<E extends Element>(selector: string): E | null | undefined {
    return this.renderRoot?.querySelector<E>(selector);
  }

  #shiftCount = 0;
  #announcement = '';

  readonly #coordinator = exitCoordinator();
  #skip?: EsQuickExitSkip;
  #resize?: ResizeObserver;
  #sheet?: CSSStyleSheet;
  readonly #measured: { reserve: number; surface?: string } = { reserve: 0 };

  /** True once the reader has chosen to leave: the page stays covered from then on. */
  get hasLeft(): boolean {
    return this.#coordinator.hasLeft;
  }

  /** The address the exit goes to, after the safety check, as an absolute URL. */
  get resolvedHref(): string {
    const candidates: [string | null | undefined, string][] = [
      [this.href, 'href'],
      // A server cannot see the link inside: the browser's next render uses it.
      [rendersAsServer(this) ? null : this.querySelector(':scope > a[href]')?.getAttribute('href'), 'link inside'],
      [this.practice.settings.exitUrl, 'exit-url of <es-practice>'],
    ];
    for (const [value, source] of candidates) {
      if (!value?.trim()) continue;
      const url = safeUrl(value, ['https:', 'http:']);
      if (url) return new URL(url, pageBase()).href;
      this.warnOnce(
        value,
        `refused the ${source} “${value}”: only https: and http: addresses are used, so it goes elsewhere.`,
      );
    }
    return DEFAULT_EXIT_URL;
  }

  /** Leaves now, as the reader's click would (once, whichever exit on the page is used). */
  leave(): void {
    this.#coordinator.depart(this);
  }

  /** Moves focus to the "Leave this page" button. */
  override focus(options?: FocusOptions): void {
    this.#find<HTMLButtonElement>('button.leave')?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#coordinator.join(this);
    // Back in the page after a move: the top layer forgot the bar.
    if (this.hasUpdated) void this.updateComplete.then(() => this.#showBar());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#coordinator.part(this);
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#skip?.remove();
    this.#skip = undefined;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.#showBar();
    // The rest of the page may still be arriving: check once it has.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#updateSkipLink(), { once: true });
    } else {
      this.#updateSkipLink();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#skip) Object.assign(this.#skip, { label: this.t('quickExit.label'), href: this.resolvedHref });
    if (changed.has('position')) {
      this.checked('position', this.position, (v) => v === 'top' || v === 'bottom', 'top', '“top” or “bottom”');
      this.#coordinator.layout();
    }
    if (changed.has('clearNotes') && this.clearNotes) {
      this.warnOnce('clear-notes', 'clear-notes is now called clear-stored (it erases reading settings as well as notes); clear-notes still works.');
    }
  }

  // ExitMember: what the page-wide coordinator asks of each exit.

  /** @internal */
  get edge(): QuickExitPosition {
    return this.position === 'bottom' ? 'bottom' : 'top';
  }

  /** @internal */
  rect(): DOMRect | undefined {
    const bar = this.#find<HTMLElement>('[part="base"]');
    return bar?.isConnected && bar.getClientRects().length ? bar.getBoundingClientRect() : undefined;
  }

  /** @internal */
  owns(node: Node): boolean {
    return node === this || this.contains(node) || this.renderRoot.contains(node);
  }

  /** @internal */
  placedAt(): number {
    return (this.#find('.spacer')?.getBoundingClientRect().top ?? 0) + window.scrollY;
  }

  /** @internal */
  reserve(height: number): void {
    // Unchanged: nothing to write (a write makes the page lay itself out again).
    if (this.#measured.reserve === height && this.#sheet) return;
    this.#measured.reserve = height;
    this.#writeMeasured();
  }

  /** @internal */
  showShift(progress: ShiftProgress, speak: boolean): void {
    const count = progress.kind === 'progress' ? progress.count : 0;
    const announcement = !speak
      ? this.#announcement
      : progress.kind === 'progress'
        ? this.t('quickExit.progress', { count: progress.remaining })
        : this.t('quickExit.reset');
    // Rendered again only for a change, as a reactive property would be.
    if (count === this.#shiftCount && announcement === this.#announcement) return;
    this.#shiftCount = count;
    this.#announcement = announcement;
    this.requestUpdate();
  }

  /** @internal */
  depart(): void {
    const href = this.resolvedHref;
    if (this.#clearsStored) clearStoredData();
    this.#cover();
    quietPage(this.t('quickExit.neutralTitle'));
    navigateAway(href);
  }

  #showBar(): void {
    const bar = this.#find<HTMLElement>('[part="base"]');
    if (!bar?.isConnected) return;
    if (supportsPopover && !bar.matches(':popover-open')) {
      try {
        bar.showPopover();
      } catch {
        // Not in a document yet: shown when connected.
      }
    }
    this.#measured.surface = pageBackground(this);
    this.#writeMeasured();
    this.#resize ??= new ResizeObserver(() => this.#coordinator.layout());
    this.#resize.observe(bar);
    this.#coordinator.layout();
  }

  /**
   * What is measured on the page (the room to take, the page's background) goes into a
   * stylesheet of this element's own, not a `style` attribute, which a strict
   * Content-Security-Policy site may forbid.
   */
  #writeMeasured(): void {
    const root = this.renderRoot as ShadowRoot;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    const { reserve, surface } = this.#measured;
    this.#sheet.replaceSync(`.spacer{block-size:${reserve}px}${surface ? `.base{--_page-surface:${surface}}` : ''}`);
  }

  #updateSkipLink(): void {
    if (!this.isConnected) return;
    if (this.#coordinator.primary !== this || isFirstInKeyboardOrder(this)) {
      this.#skip?.remove();
      this.#skip = undefined;
      return;
    }
    this.#skip ??= document.createElement('es-quick-exit-skip');
    Object.assign(this.#skip, { label: this.t('quickExit.label'), href: this.resolvedHref, onActivate: () => this.leave() });
    if (document.body.firstElementChild !== this.#skip) document.body.prepend(this.#skip);
  }

  #cover(): void {
    const cover = this.#find<HTMLDialogElement>('dialog.cover');
    if (!cover || cover.open) return;
    try {
      // The top layer, above the bar and everything on the page.
      cover.showModal();
    } catch {
      cover.show();
    }
  }

  /** Escape closes a modal dialog: while leaving, the page must stay hidden. */
  #keepCovered(event: Event): void {
    if (!this.hasLeft) return;
    event.preventDefault();
    if (event.type === 'close') this.#cover();
  }

  /** "How this works" closes with Escape, and when focus moves on, so it never covers the next stop. */
  #closeNote(event: KeyboardEvent | FocusEvent): void {
    const note = this.#find<HTMLDetailsElement>('details');
    if (!note?.open) return;
    if (event instanceof KeyboardEvent) {
      if (event.key !== 'Escape') return;
      note.open = false;
      note.querySelector('summary')?.focus();
      return;
    }
    const next = event.relatedTarget as Node | null;
    if (next && this.owns(next)) return;
    note.open = false;
  }

  protected override render() {
    const count = this.#shiftCount;
    const edge = this.edge;
    return html`<div class="spacer"></div>
      <div part="base" class="${this.baseClass} at-${edge}" popover="manual" @keydown=${this.#closeNote} @focusout=${this.#closeNote}>
        <div class="bar">
          <button part="button" class="leave" type="button" @click=${this.leave}>
            ${this.t('quickExit.label')}<span part="steps" class="steps" data-count=${count} aria-hidden="true"
              >${Array.from({ length: SHIFT_PRESSES }, (_, i) => html`<span class="step ${i < count ? 'done' : ''}"></span>`)}</span
            >
          </button>
          <details part="how">
            <summary>${this.t('quickExit.howItWorks')}</summary>
            <ul class="how">
              <li>${this.t('quickExit.how.leave')}</li>
              <li>${this.t('quickExit.how.shift')}</li>
              <li>${this.t('quickExit.how.back')}</li>
              ${this.#clearsStored ? html`<li>${this.t('quickExit.how.clearStored')}</li>` : nothing}
              ${isFramed() ? html`<li>${this.t('quickExit.how.framed')}</li>` : nothing}
              <li>${this.t('quickExit.how.limits')}</li>
              <li>${this.t('quickExit.how.device')}</li>
            </ul>
          </details>
        </div>
        <p class="visually-hidden" role="status">${this.#announcement}</p>
      </div>
      <dialog part="cover" class="cover" aria-label=${this.t('quickExit.label')} @cancel=${this.#keepCovered} @close=${this.#keepCovered}></dialog>`;
  }
}

defineElement('es-quick-exit', EsQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'es-quick-exit': EsQuickExit;
  }
}
