import { KeepClear, type BarBox } from './keep-clear.js';
import { ShiftSequence, type ShiftProgress } from './shift-sequence.js';

/** What the coordinator needs of each `<es-quick-exit>` on the page. */
export interface ExitMember extends BarBox {
  /** Shows the Shift count; only the first exit on the page says it aloud (`speak`). */
  showShift(progress: ShiftProgress, speak: boolean): void;
  /** Leaves the page: covers it, silences it, and goes. */
  depart(): void;
}

/** A second press of the same exit within this time is the same decision, not a new navigation. */
const SAME_DEPARTURE_MS = 1000;

/**
 * Any number of quick exits on a page act as one: one Shift listener, one announcement (by
 * the first exit), one navigation, one focus check. The first exit to connect creates it;
 * it is kept on `window` under a registered symbol, so a second copy of the package on the
 * same page (the npm build beside the script tag) joins the same one.
 */
export class ExitCoordinator {
  readonly #members: ExitMember[] = [];
  readonly #shift = new ShiftSequence((progress) => this.#onShift(progress));
  readonly #keepClear = new KeepClear(() => this.#members);
  #departedAt = -Infinity;
  #left = false;
  #layoutQueued = false;

  /** True once the reader has left (the page stays covered from then on). */
  get hasLeft(): boolean {
    return this.#left;
  }

  /** The exit that speaks for the page: the first one to connect. */
  get primary(): ExitMember | undefined {
    return this.#members[0];
  }

  join(member: ExitMember): void {
    if (this.#members.includes(member)) return;
    this.#members.push(member);
    if (this.#members.length === 1) {
      this.#shift.start();
      this.#keepClear.start();
      window.addEventListener('pageshow', this.#onPageShow);
    }
  }

  part(member: ExitMember): void {
    const index = this.#members.indexOf(member);
    if (index < 0) return;
    this.#members.splice(index, 1);
    if (this.#members.length === 0) {
      this.#shift.stop();
      this.#keepClear.stop();
      window.removeEventListener('pageshow', this.#onPageShow);
    }
    this.layout();
  }

  /**
   * A bar changed size or place: give the page room for it again, once for everything that
   * changed together. Measuring reads layout and reserving writes it, so a page that adds
   * or removes many exits at once (a single-page site swapping views) would otherwise lay
   * itself out once per exit per exit. A microtask still comes before the next paint: the
   * room is there when the bar first shows.
   */
  layout(): void {
    if (this.#layoutQueued) return;
    this.#layoutQueued = true;
    queueMicrotask(() => {
      this.#layoutQueued = false;
      this.#keepClear.update();
    });
  }

  /** Leaves the page through `via` (default: the first exit), once for one decision. */
  depart(via?: ExitMember): void {
    const member = via ?? this.primary;
    if (!member) return;
    const now = performance.now();
    if (now - this.#departedAt < SAME_DEPARTURE_MS) return;
    this.#departedAt = now;
    this.#left = true;
    this.#shift.reset(false);
    member.depart();
  }

  /** For tests and stories (through `setQuickExitNavigation`): as if the reader never left. */
  forget(): void {
    this.#departedAt = -Infinity;
    this.#left = false;
    this.#shift.reset(false);
  }

  #onShift(progress: ShiftProgress): void {
    if (progress.kind === 'complete') return this.depart();
    this.#members.forEach((member, index) => member.showShift(progress, index === 0));
  }

  readonly #onPageShow = (event: PageTransitionEvent): void => {
    // Restored from the back/forward cache after leaving: still covered; leave again.
    if (!event.persisted || !this.#left) return;
    this.#departedAt = -Infinity;
    this.depart();
  };
}

const KEY = Symbol.for('emotional-safety-elements.quick-exit');

/** The page's coordinator, created on first use. */
export function exitCoordinator(): ExitCoordinator {
  const global = globalThis as typeof globalThis & { [KEY]?: ExitCoordinator };
  return (global[KEY] ??= new ExitCoordinator());
}
