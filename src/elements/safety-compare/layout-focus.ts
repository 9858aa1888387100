import type { ReactiveController, ReactiveElement } from 'lit';

/** The attribute that pairs a control in the table with the same control in the pairs. */
export const FOCUS_KEY = 'data-focus-key';

const isShown = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;

/**
 * Keeps the reader's place when the layout changes under them. Both layouts are rendered
 * and a container query hides one; when the space changes (a phone turned, a sidebar
 * opened) while focus is on a control in the layout that disappears, the browser drops
 * focus to the top of the page and a keyboard or switch user loses their place. This
 * moves focus to the same control in the layout now shown.
 */
export class LayoutFocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #frameSelector: string;
  #observer?: ResizeObserver;
  #observed?: Element;
  /** The last of our controls to have focus, while it still has it. */
  #focused?: HTMLElement;

  constructor(host: ReactiveElement, frameSelector: string) {
    this.#host = host;
    this.#frameSelector = frameSelector;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver(() => this.#restore());
    this.#host.renderRoot.addEventListener('focusin', this.#onFocusIn);
    this.#host.renderRoot.addEventListener('focusout', this.#onFocusOut);
  }

  hostUpdated(): void {
    const frame = this.#host.renderRoot.querySelector(this.#frameSelector) ?? undefined;
    if (frame === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    if (frame) this.#observer?.observe(frame);
    this.#observed = frame;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = undefined;
    this.#focused = undefined;
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocusIn);
    this.#host.renderRoot.removeEventListener('focusout', this.#onFocusOut);
  }

  readonly #onFocusIn = (event: Event): void => {
    const target = event.target as HTMLElement;
    this.#focused = target.hasAttribute(FOCUS_KEY) ? target : undefined;
  };

  readonly #onFocusOut = (event: Event): void => {
    // Focus moved on purpose (to another control, or by a click elsewhere while the
    // control is still shown) is not ours to undo; focus dropped because the control
    // vanished has no new target and leaves the control hidden.
    if ((event as FocusEvent).relatedTarget || isShown(event.target as Element)) this.#focused = undefined;
  };

  #restore(): void {
    const lost = this.#focused;
    if (!lost || isShown(lost)) return;
    const root = this.#host.renderRoot as ShadowRoot;
    const stillHere = root.activeElement === lost;
    const nothingFocused = !root.activeElement && (!document.activeElement || document.activeElement === document.body);
    if (!stillHere && !nothingFocused) return;
    const key = lost.getAttribute(FOCUS_KEY)!;
    const twin = [...root.querySelectorAll<HTMLElement>(`[${FOCUS_KEY}]`)].find(
      (el) => el !== lost && el.getAttribute(FOCUS_KEY) === key && isShown(el),
    );
    twin?.focus();
  }
}
