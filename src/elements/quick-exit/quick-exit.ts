import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { defineElement } from '../../internal/define.js';
import { clearAllStoredData } from '../../internal/device-storage.js';
import { EsElement } from '../../internal/es-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { baseStyles } from '../../styles/tokens.js';
import { navigateAway } from './navigation.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { ShiftSequenceController } from './shift-sequence.js';
import { isFirstInKeyboardOrder } from './keyboard-order.js';
// Registers <es-quick-exit-skip>; the type import alone would be dropped.
import './skip-link.js';
import type { EsQuickExitSkip } from './skip-link.js';

/**
 * Where the quick exit goes by default: an everyday, non-personalised weather page that
 * looks unremarkable in a browser tab. Deliberate data, documented: it is only ever
 * visited when the reader leaves, never requested by this page.
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';

/** Shift presses that leave, and the time they must fall within. */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

export type QuickExitPosition = 'top' | 'bottom';

/**
 * A "Leave this page" control for readers who may be watched. Activating it — a click,
 * Enter or Space, or the Shift key pressed three times on its own within five seconds —
 * covers the page at once with a plain sheet, then replaces the page in the session
 * history with `href` (`location.replace`, with no referrer), so the Back button does not
 * bring it back. When the browser later restores the page from its back/forward cache,
 * the page stays covered and leaves again.
 *
 * It is sticky at the top of the viewport (or fixed in the bottom corner) and should be
 * the first thing in the page; when something focusable comes before it, it adds a skip
 * link at the very start of the page. A "How this works" note is honest about what it
 * cannot do (erase browser history).
 *
 * Tests and stories can watch the exit without leaving: see `setQuickExitNavigation` in
 * `navigation.ts`.
 *
 * @tagname es-quick-exit
 * @summary A quick, history-replacing "Leave this page" button with a Shift×3 shortcut.
 *
 * @csspart base - The outermost wrapper (the sticky bar).
 * @csspart button - The "Leave this page" button.
 * @csspart steps - The three-step Shift progress indicator (hidden from assistive technology).
 * @csspart how - The "How this works" disclosure.
 * @csspart cover - The plain sheet that hides the page while leaving.
 *
 * @cssprop --es-color-accent - Background of the button and colour of the disclosure link.
 * @cssprop --es-color-on-accent - Text colour on the button (default: the theme's surface, else white).
 * @cssprop --es-color-surface - Background of the bar and the note (default: the browser's canvas).
 * @cssprop --es-color-text - Text colour of the bar and the note (default: the browser's canvas text).
 * @cssprop --es-color-border - Border of the note.
 * @cssprop --es-color-focus - Focus ring colour.
 * @cssprop --es-font-body - Font (default: inherited from the page).
 * @cssprop --es-radius - Corner radius of the button.
 * @cssprop --es-space - Padding inside a themed element.
 */
export class EsQuickExit extends EsElement {
  static override styles = [baseStyles, quickExitStyles];

  /**
   * Where to go: an `https:` or `http:` address. Default: `<es-practice exit-url>`, else a
   * neutral weather page (`DEFAULT_EXIT_URL`). Other schemes (`javascript:`, `data:`…)
   * are refused with a console warning.
   */
  @property() href?: string;

  /** `top` (default): sticky at the top of the viewport. `bottom`: fixed in the bottom corner. */
  @property({ reflect: true }) position: QuickExitPosition = 'top';

  /** Also erase everything this package stored on the device (such as reflection notes) before leaving. */
  @property({ type: Boolean, reflect: true, attribute: 'clear-notes' }) clearNotes = false;

  @query('dialog.cover') private readonly coverElement?: HTMLDialogElement;
  @query('button.leave') private readonly buttonElement?: HTMLButtonElement;

  readonly #shift = new ShiftSequenceController(this, {
    presses: SHIFT_PRESSES,
    windowMs: SHIFT_WINDOW_MS,
    onComplete: () => this.leave(),
  });

  readonly #warned = new Set<string>();
  #left = false;
  #skip?: EsQuickExitSkip;

  /** True once the reader has chosen to leave: the page stays covered from then on. */
  get hasLeft(): boolean {
    return this.#left;
  }

  /** The address the exit goes to, after the safety check, as an absolute URL. */
  get resolvedHref(): string {
    const candidates: [string | undefined, string][] = [
      [this.href, 'href'],
      [this.practice.settings.exitUrl, 'exit-url of <es-practice>'],
    ];
    for (const [value, source] of candidates) {
      if (!value?.trim()) continue;
      const url = safeUrl(value, ['https:', 'http:']);
      if (url) return new URL(url, document.baseURI).href;
      if (!this.#warned.has(value)) {
        this.#warned.add(value);
        console.warn(
          `emotional-safety-elements: <es-quick-exit> refused the ${source} “${value}”: only https: and http: addresses are used, so it goes elsewhere.`,
          this,
        );
      }
    }
    return DEFAULT_EXIT_URL;
  }

  /**
   * Leaves now: erases stored data when `clear-notes` is set, covers the page, then
   * replaces it with `href`. Safe to call again (the back/forward cache case).
   */
  leave(): void {
    const href = this.resolvedHref;
    this.#left = true;
    if (this.clearNotes) clearAllStoredData();
    this.#cover();
    this.#noReferrer();
    navigateAway(href);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.#onPageShow);
    this.#skip?.remove();
    this.#skip = undefined;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The rest of the page may still be arriving: check once it has.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#updateSkipLink(), { once: true });
    } else {
      this.#updateSkipLink();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#skip) this.#skip.label = this.t('quickExit.skip');
    if (changed.has('position') && this.position !== 'top' && this.position !== 'bottom') {
      if (!this.#warned.has(`position:${this.position}`)) {
        this.#warned.add(`position:${this.position}`);
        console.warn(`emotional-safety-elements: <es-quick-exit> position is “top” or “bottom”, not “${this.position}”; using top.`, this);
      }
    }
  }

  #updateSkipLink(): void {
    if (!this.isConnected) return;
    if (isFirstInKeyboardOrder(this)) {
      this.#skip?.remove();
      this.#skip = undefined;
      return;
    }
    this.#skip ??= document.createElement('es-quick-exit-skip') as EsQuickExitSkip;
    this.#skip.label = this.t('quickExit.skip');
    this.#skip.onActivate = () => this.focus();
    if (document.body.firstElementChild !== this.#skip) document.body.prepend(this.#skip);
  }

  /** Moves focus to the "Leave this page" button. */
  override focus(options?: FocusOptions): void {
    this.buttonElement?.focus(options);
  }

  readonly #onPageShow = (event: PageTransitionEvent): void => {
    // Restored from the back/forward cache after leaving: still covered, leave again.
    if (event.persisted && this.#left) this.leave();
  };

  #cover(): void {
    const cover = this.coverElement;
    if (!cover) return;
    if (!cover.open) {
      try {
        // The top layer sits above everything on the page, whatever its z-index.
        cover.showModal();
      } catch {
        cover.show();
      }
    }
  }

  /** Escape closes a modal dialog: while leaving, the page must stay hidden. */
  #keepCovered(event: Event): void {
    if (!this.#left) return;
    event.preventDefault();
    if (event.type === 'close') this.#cover();
  }

  /** The page being left is nobody else's business: no Referer on the way out. */
  #noReferrer(): void {
    if (document.querySelector('meta[name="referrer"][content="no-referrer"]')) return;
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
  }

  protected override render() {
    const count = this.#shift.count;
    const remaining = SHIFT_PRESSES - count;
    return html`<div part="base" class=${this.baseClass}>
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
            ${this.clearNotes ? html`<li>${this.t('quickExit.how.clearNotes')}</li>` : nothing}
            <li>${this.t('quickExit.how.limits')}</li>
            <li>${this.t('quickExit.how.device')}</li>
          </ul>
        </details>
        <p class="visually-hidden" role="status">${count > 0 ? this.t('quickExit.progress', { count: remaining }) : ''}</p>
      </div>
      <dialog
        part="cover"
        class="cover"
        aria-label=${this.t('quickExit.label')}
        @cancel=${this.#keepCovered}
        @close=${this.#keepCovered}
      ></dialog>
    </div>`;
  }
}

defineElement('es-quick-exit', EsQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'es-quick-exit': EsQuickExit;
  }
}
