import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * More comparisons than this on one page make a crowd (a printed handout, a collection of
 * sets): then each is laid out only as it nears the screen.
 */
export const CROWD_SIZE = 20;

const connected = new Set<CrowdController>();

/**
 * Whether the page holds a crowd of comparisons, shown to CSS as the custom state
 * `crowded` (`:host(:state(crowded))`).
 *
 * Why: skipping the layout of what is far off screen (`content-visibility: auto`) keeps a
 * page of a hundred comparisons as fast as plain HTML, but Chromium draws skipped content
 * blank in a full-page capture (DevTools' "Capture full size screenshot", puppeteer's
 * `fullPage`). A practice page holds one or two comparisons, which cost nothing to lay
 * out: they are laid out in full, and only a crowd skips. `--es-content-visibility`
 * decides instead, whatever the count.
 */
export class CrowdController implements ReactiveController {
  readonly #states?: CustomStateSet;

  constructor(host: ReactiveElement) {
    // No custom states on the server, nor in engines before them (then: laid out in full).
    this.#states = isServer ? undefined : host.attachInternals?.().states;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    // Crossing into a crowd marks every one; past it, only the newcomer.
    if (connected.size === CROWD_SIZE + 1) for (const member of connected) member.#mark(true);
    else if (connected.size > CROWD_SIZE) this.#mark(true);
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.#mark(false);
    if (connected.size === CROWD_SIZE) for (const member of connected) member.#mark(false);
  }

  #mark(crowded: boolean): void {
    try {
      if (crowded) this.#states?.add('crowded');
      else this.#states?.delete('crowded');
    } catch {
      // An engine with the old `--crowded` syntax only: stays laid out in full.
    }
  }
}
