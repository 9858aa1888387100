import type { ReactiveController, ReactiveElement } from 'lit';

export interface ShiftSequenceOptions {
  /** How many presses of Shift on its own complete the sequence. */
  presses: number;
  /** The presses must all fall within this many milliseconds of the first. */
  windowMs: number;
  /** Called once when the sequence completes. */
  onComplete: () => void;
}

/**
 * Counts presses of the Shift key on its own, anywhere on the page, for the quick exit's
 * keyboard shortcut. Shift used with another key (a capital letter, Shift+Tab) or with
 * the mouse (Shift+click to select) does not count; any other key starts the count over,
 * and so does a pause longer than the window. Times come from `performance.now()`.
 */
export class ShiftSequenceController implements ReactiveController {
  /** Presses counted so far in the current sequence (0 when none). */
  count = 0;

  readonly #host: ReactiveElement;
  readonly #options: ShiftSequenceOptions;
  #firstAt = 0;
  /** Shift is down and nothing else has happened since it went down. */
  #alone = false;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement, options: ShiftSequenceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Capture on window: the shortcut works wherever focus is, even inside other shadow roots.
    window.addEventListener('keydown', this.#onKeyDown, true);
    window.addEventListener('keyup', this.#onKeyUp, true);
    window.addEventListener('pointerdown', this.#onOther, true);
    window.addEventListener('blur', this.#onOther);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.#onKeyDown, true);
    window.removeEventListener('keyup', this.#onKeyUp, true);
    window.removeEventListener('pointerdown', this.#onOther, true);
    window.removeEventListener('blur', this.#onOther);
    this.reset();
  }

  /** Forgets the presses counted so far. */
  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.count !== 0) {
      this.count = 0;
      this.#host.requestUpdate();
    }
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) this.#alone = true;
      return;
    }
    this.#onOther();
  };

  readonly #onOther = (): void => {
    this.#alone = false;
    this.reset();
  };

  readonly #onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    const alone = this.#alone;
    this.#alone = false;
    if (!alone) return;
    const now = performance.now();
    if (this.count === 0 || now - this.#firstAt > this.#options.windowMs) {
      this.count = 0;
      this.#firstAt = now;
      clearTimeout(this.#timer);
      // Clears the progress shown on screen once the window has passed.
      this.#timer = setTimeout(() => this.reset(), this.#options.windowMs);
    }
    this.count += 1;
    if (this.count >= this.#options.presses) {
      this.reset();
      this.#options.onComplete();
    } else {
      this.#host.requestUpdate();
    }
  };
}
