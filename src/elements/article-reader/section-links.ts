import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The address's `#fragment`, decoded; empty when there is none or it is malformed. */
function currentHash(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * The reader's `page#section-id` links, as the browser's own fragment links behave, with
 * two differences a reader's safety asks for: following the contents adds no history
 * entry (the quick exit replaces one entry, and Back must never land on this page again),
 * and the address's section is honoured once, when the first article appears (no later
 * surprises).
 */
export class SectionLinksController implements ReactiveController {
  readonly #findHeading: (id: string) => HTMLElement | undefined;
  /** The page's `#section` has been honoured (or there was none). */
  #arrived = false;

  /** `findHeading(id)`: the heading of the article's section `id`, if it has one. */
  constructor(host: ReactiveControllerHost, findHeading: (id: string) => HTMLElement | undefined) {
    this.#findHeading = findHeading;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** Called once an article is shown: the first time, the address's section is brought into view. */
  articleShown(): void {
    if (this.#arrived) return;
    this.#arrived = true;
    // On arrival, jump at once as the browser's own fragment navigation does: a smooth
    // scroll could be aimed before content above the reader has finished rendering.
    this.#revealHash(true);
  }

  /** Follows a contents link: names the section in the address and moves to it. */
  go(event: Event, id: string): void {
    event.preventDefault();
    // The address names the section (to share or bookmark), but no history entry is added.
    if (currentHash() !== id) history.replaceState(history.state, '', `#${id}`);
    this.#reveal(id);
  }

  readonly #onHashChange = (): void => {
    this.#revealHash();
  };

  #revealHash(instant = false): void {
    const id = currentHash();
    if (id) this.#reveal(id, instant);
  }

  /** Brings a section heading into view and moves focus to it, as a fragment link would. */
  #reveal(id: string, instant = false): void {
    const target = this.#findHeading(id);
    if (!target) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduce || instant ? 'auto' : 'smooth', block: 'start' });
    target.focus({ preventScroll: true });
    if (instant) holdInView(target);
  }
}

/**
 * After the arrival jump, keeps the heading where it landed while the page is still
 * settling (content above the reader rendering late, images, fonts), as CSS scroll
 * anchoring does in Chromium and Firefox. Safari has no scroll anchoring: without this,
 * whatever grows above the reader pushes the section off the screen. Ends at the
 * reader's first wheel, touch, pointer or key, or 3 s after the page has loaded.
 */
function holdInView(target: HTMLElement): void {
  const top = target.getBoundingClientRect().top;
  const follow = new ResizeObserver(() => {
    if (target.isConnected && Math.abs(target.getBoundingClientRect().top - top) > 1) {
      target.scrollIntoView({ block: 'start' });
    }
  });
  follow.observe(document.documentElement);
  const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'];
  const stop = (): void => {
    follow.disconnect();
    for (const type of inputs) removeEventListener(type, stop, true);
    removeEventListener('load', later);
  };
  const later = (): void => void setTimeout(stop, 3000);
  for (const type of inputs) addEventListener(type, stop, { capture: true, passive: true });
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
