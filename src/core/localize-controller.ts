import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { rendersAsServer } from './as-server.js';
import { ensureLocale, formatDate, matchLocale, translate, type MessageKey, type MessageParams } from './l10n/index.js';

/**
 * The nearest `lang` attribute, looking through shadow roots up to `<html>`. Rendering as
 * a server would (see `rendersAsServer`), only the element's own: a server sees no page.
 */
export function nearestLang(start: Element): string | null {
  if (rendersAsServer(start)) return start.getAttribute('lang');
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Connected elements: each renders again when a `lang` on the page changes. */
const hosts = new Set<ReactiveElement>();
/** The document and the shadow roots already watched. */
const watched = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

/**
 * One observer for the whole page: `lang` attributes anywhere in the document, and in
 * each shadow root an element sits in (another component may set `lang` in its own).
 * Changing a language is rare, so every element simply renders again.
 */
function watchLang(host: ReactiveElement): void {
  hosts.add(host);
  langObserver ??= new MutationObserver(() => hosts.forEach((el) => el.requestUpdate()));
  for (let root = host.getRootNode(); !watched.has(root); root = (root as ShadowRoot).host.getRootNode()) {
    watched.add(root);
    langObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
  }
}

/**
 * Chooses the UI language of an element and translates its messages. The language is
 * the element's own `lang`, else the practice's `locale`, else the nearest `lang` on the
 * page (an ancestor's, across shadow roots, then `<html>`'s), else English; missing
 * messages fall back to English. It follows changes to any of them while connected.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #providerLocale: () => string | undefined;
  #locale = 'en';

  constructor(host: ReactiveElement, providerLocale: () => string | undefined) {
    this.#host = host;
    this.#providerLocale = providerLocale;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) watchLang(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  hostUpdate(): void {
    const own = this.#host.getAttribute('lang');
    const wanted = matchLocale(own || this.#providerLocale() || nearestLang(this.#host));
    const loading = ensureLocale(wanted);
    if (!loading) {
      this.#locale = wanted;
      return;
    }
    // Until the catalogue arrives, keep what is shown (English at first); then re-render.
    const host = this.#host as ReactiveElement & { trackPending?: (work: Promise<unknown>) => void };
    host.trackPending?.(loading.then(() => host.requestUpdate()));
  }

  /** The catalogue in use, e.g. "es". */
  get locale(): string {
    return this.#locale;
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.#locale, key, params);
  }

  /** A calendar date ("2026-11-22") written in full in this language: "November 22, 2026". */
  date(isoDate: string): string {
    return formatDate(this.#locale, isoDate);
  }

  /** Joins items as a human list in this language: "a, b, c". */
  list(items: readonly string[]): string {
    return items.join(this.t('list.separator'));
  }
}
