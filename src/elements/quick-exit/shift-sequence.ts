/** What the Shift sequence reports as it goes. */
export type ShiftProgress =
  /** A press counted: `count` of `presses` so far (1 ≤ count < presses). */
  | { kind: 'progress'; count: number; remaining: number }
  /** The count went back to zero (a pause, another key, a click) before the sequence completed. */
  | { kind: 'reset' }
  /** The sequence completed: time to leave. */
  | { kind: 'complete' };

/** Shift presses that leave; each must come within `WINDOW_MS` of the one before. */
export const SHIFT_PRESSES = 3;

const WINDOW_MS = 5000;

/** Keys that report a modifier state on the event, whichever key they arrive with. */
const heldModifier = (e: KeyboardEvent | MouseEvent) => e.altKey || e.ctrlKey || e.metaKey;

/**
 * Counts presses of the Shift key *on its own*, anywhere on the page, for the quick exit's
 * keyboard shortcut. A press counts only when, from Shift going down to Shift coming up,
 * nothing else happened: no other key held or pressed (Alt+Shift, how many people switch
 * keyboard layouts, does not count; nor do capitals or Shift+Tab), no mouse button or
 * touch, no wheel, no text composition (input methods). Anything else starts the count
 * over. Each press must come within `WINDOW_MS` of the previous one (the window restarts on
 * every press, as GOV.UK's "Exit this page" does), so unhurried presses still work.
 *
 * One instance serves the whole page (see `exit-coordinator.ts`): listeners are on
 * `window`, in the capture phase, so the shortcut works wherever focus is, even inside
 * other shadow roots. Times come from `performance.now()` and `setTimeout`.
 */
export class ShiftSequence {
  /** Presses counted so far in the current sequence (0 when none). */
  count = 0;

  readonly #onChange: (progress: ShiftProgress) => void;
  /** Keys down right now, by `code`, Shift included. */
  readonly #held = new Set<string>();
  #pointerDown = false;
  #composing = false;
  /** Shift is down and nothing else has happened since it went down. */
  #alone = false;
  #timer?: ReturnType<typeof setTimeout>;

  /** `onChange` is called on every change of the count, and once when the sequence completes. */
  constructor(onChange: (progress: ShiftProgress) => void) {
    this.#onChange = onChange;
  }

  /**
   * What the sequence listens to on the window, with how: capture first (`true`), so the
   * page cannot hide a key.
   */
  #listeners(): [string, EventListener, boolean | AddEventListenerOptions][] {
    return [
      ['keydown', this.#onKeyDown as EventListener, true],
      ['keyup', this.#onKeyUp as EventListener, true],
      ['pointerdown', this.#onPointerDown, true],
      ['pointerup', this.#onPointerUp, true],
      ['pointercancel', this.#onPointerUp, true],
      ['wheel', this.#onOther, { capture: true, passive: true }],
      ['compositionstart', this.#onCompositionStart, true],
      ['compositionend', this.#onCompositionEnd, true],
      ['blur', this.#onBlur, false],
    ];
  }

  start(): void {
    for (const [type, listener, options] of this.#listeners()) window.addEventListener(type, listener, options);
  }

  stop(): void {
    for (const [type, listener, options] of this.#listeners()) window.removeEventListener(type, listener, options);
    this.#held.clear();
    this.reset(false);
  }

  /** Forgets the presses counted so far; tells the page when there were some (`announce`). */
  reset(announce = true): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.count === 0) return;
    this.count = 0;
    if (announce) this.#onChange({ kind: 'reset' });
  }

  /** True when Shift going down now would be "on its own". */
  #quiet(event: KeyboardEvent): boolean {
    return this.#held.size === 0 && !this.#pointerDown && !this.#composing && !heldModifier(event);
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      this.#alone = this.#quiet(event);
      this.#held.add(event.code || 'Shift');
      return;
    }
    this.#held.add(event.code || event.key);
    this.#onOther();
  };

  readonly #onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      this.#held.delete(event.code || event.key);
      return;
    }
    this.#held.delete(event.code || 'Shift');
    const alone = this.#alone && !heldModifier(event) && this.#held.size === 0;
    this.#alone = false;
    if (alone) this.#count();
  };

  readonly #onPointerDown = (): void => {
    this.#pointerDown = true;
    this.#onOther();
  };

  readonly #onPointerUp = (): void => {
    this.#pointerDown = false;
  };

  readonly #onCompositionStart = (): void => {
    this.#composing = true;
    this.#onOther();
  };

  readonly #onCompositionEnd = (): void => {
    this.#composing = false;
  };

  readonly #onOther = (): void => {
    this.#alone = false;
    this.reset();
  };

  /** Keys and buttons released outside the window never report it: forget them. */
  readonly #onBlur = (): void => {
    this.#held.clear();
    this.#pointerDown = false;
    this.#composing = false;
    this.#onOther();
  };

  #count(): void {
    clearTimeout(this.#timer);
    this.count += 1;
    if (this.count >= SHIFT_PRESSES) {
      this.count = 0;
      this.#timer = undefined;
      this.#onChange({ kind: 'complete' });
      return;
    }
    // The window restarts on every press: a pause longer than it starts over, and says so.
    this.#timer = setTimeout(() => this.reset(), WINDOW_MS);
    this.#onChange({ kind: 'progress', count: this.count, remaining: SHIFT_PRESSES - this.count });
  }
}
