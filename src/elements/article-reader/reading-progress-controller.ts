import type { ReactiveController, ReactiveElement } from 'lit';

/** An element the reader passes while reading (a heading or a block), and its section. */
export interface ReadingMarker {
  el: Element;
  section?: string;
}

export interface ReadingProgressCallbacks {
  /** The section being read changed (undefined: the introduction, before any section). */
  section(id: string | undefined): void;
  /** How far through the article the reader is, 0–1. */
  progress(fraction: number): void;
  /** The end of the article came into view (called once per `observe`). */
  complete(): void;
}

/**
 * The reading line sits 30% down the viewport, and a marker is "passed" once it has
 * reached it. The observed band runs from the reading line all the way up (a top margin
 * far taller than any page), so being passed is simply intersecting: a jump (End, Home,
 * a contents link) that carries a marker across the whole screen still changes its state
 * and is reported, where a band of only the top 30% would see nothing. The browser tells
 * us when markers cross (IntersectionObserver), with their boxes already measured, so
 * scrolling costs no layout reads on our side and nothing runs while no marker crosses.
 */
const READING_BAND = '1000000px 0px -70% 0px';

export class ReadingProgressController implements ReactiveController {
  readonly #callbacks: ReadingProgressCallbacks;
  #markers: ReadingMarker[] = [];
  #index = new Map<Element, number>();
  #passed: boolean[] = [];
  #end?: Element;
  #lastSection?: string;
  #atEnd = false;
  #completed = false;
  #bandObserver?: IntersectionObserver;
  #endObserver?: IntersectionObserver;
  #section?: string;
  #fraction = -1;

  constructor(host: ReactiveElement, callbacks: ReadingProgressCallbacks) {
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** The section being read now. */
  get section(): string | undefined {
    return this.#section;
  }

  /** Starts watching a (new) article: its markers in reading order and an element after its end. */
  observe(markers: ReadingMarker[], end: Element): void {
    this.#disconnect();
    this.#markers = markers;
    this.#index = new Map(markers.map((marker, i) => [marker.el, i]));
    this.#passed = markers.map(() => false);
    this.#end = end;
    this.#lastSection = [...markers].reverse().find((m) => m.section)?.section;
    this.#atEnd = false;
    this.#completed = false;
    this.#section = undefined;
    this.#fraction = -1;
    this.#connect();
  }

  hostConnected(): void {
    if (this.#end) this.#connect();
  }

  hostDisconnected(): void {
    this.#disconnect();
  }

  #connect(): void {
    if (typeof IntersectionObserver === 'undefined' || !this.#end) return;
    this.#bandObserver = new IntersectionObserver(this.#onBand, { rootMargin: READING_BAND });
    for (const marker of this.#markers) this.#bandObserver.observe(marker.el);
    this.#endObserver = new IntersectionObserver(this.#onEnd);
    this.#endObserver.observe(this.#end);
  }

  #disconnect(): void {
    this.#bandObserver?.disconnect();
    this.#endObserver?.disconnect();
    this.#bandObserver = this.#endObserver = undefined;
  }

  readonly #onBand = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const i = this.#index.get(entry.target);
      if (i === undefined) continue;
      // In a cross-origin frame the browser ignores the margin (and gives no rootBounds):
      // there a marker above the frame's top counts as passed. The box was measured by the
      // browser for us: reading it forces nothing.
      this.#passed[i] = entry.isIntersecting || (!entry.rootBounds && entry.boundingClientRect.top < 0);
    }
    this.#report();
  };

  readonly #onEnd = (entries: IntersectionObserverEntry[]): void => {
    this.#atEnd = entries[entries.length - 1]!.isIntersecting;
    this.#report();
    if (this.#atEnd && !this.#completed) {
      this.#completed = true;
      this.#callbacks.complete();
    }
  };

  #report(): void {
    const last = this.#passed.lastIndexOf(true);
    const count = this.#markers.length;
    const fraction = this.#atEnd || !count ? 1 : (last + 1) / count;
    const section = this.#atEnd ? this.#lastSection : this.#markers[last]?.section;
    if (fraction !== this.#fraction) {
      this.#fraction = fraction;
      this.#callbacks.progress(fraction);
    }
    if (section !== this.#section) {
      this.#section = section;
      this.#callbacks.section(section);
    }
  }
}
