import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { BUILTIN_ARTICLE_LOADERS, BUILTIN_SETS, fetchedArticles } from '../content/registry.js';
import type { ContentByKind, ContentKind } from '../content/schemas.js';
import type { ContentProblem } from './content-problem.js';
import { loadProblemDetails } from './content-problem-view.js';
import { rendersAsServer } from './as-server.js';
import { safeUrl } from './safe-url.js';
import { warn } from './warn.js';

export type { ContentProblem } from './content-problem.js';

/** Where an element's content comes from, read from its attributes on every update. */
export interface ContentSource {
  /** A URL to fetch JSON from (`src`). */
  src?: string | null;
  /** A built-in id (`article`, `set`). */
  id?: string | null;
  /** The built-in used when nothing else is given. */
  defaultId: string;
}

/** Content given inline: a JSON script as the element's own child. */
export const INLINE_CONTENT_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Loads one piece of content for an element, written once for all of them:
 * a `src` URL (fetched, then validated), else an inline
 * `<script type="application/json">` child (validated), else a built-in id.
 * Built-in and inline content are ready before the first render, so nothing shifts.
 */
export class ContentController<K extends ContentKind> implements ReactiveController {
  value?: ContentByKind[K];
  problem?: ContentProblem;

  readonly #host: ReactiveElement;
  readonly #kind: K;
  readonly #source: () => ContentSource;
  #key = '';
  #generation = 0;
  #abort?: AbortController;
  #observer?: MutationObserver;

  constructor(host: ReactiveElement, kind: K, source: () => ContentSource) {
    this.#host = host;
    this.#kind = kind;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // Frameworks and page builders may add or change the inline JSON after upgrade.
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#abort?.abort();
    // Reload on reconnection: the element may come back with other attributes.
    this.#key = '';
  }

  hostUpdate(): void {
    // A removed element may still be asked to update (a load finishing late): it loads
    // again, if ever, when it is connected again.
    if (!isServer && !this.#host.isConnected) return;
    const { src, id, defaultId } = this.#source();
    // The server cannot see the element's children: inline content is read in the browser.
    const inline = rendersAsServer(this.#host) ? null : (this.#host.querySelector(INLINE_CONTENT_SELECTOR)?.textContent ?? null);
    const key = src ? `src:${src}` : inline !== null ? `inline:${inline}` : `id:${id || defaultId}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#generation++;
    this.#abort?.abort();
    this.#abort = undefined;
    if (src) this.#track(this.#fetch(src));
    else if (inline !== null) this.#track(this.#accept(this.#parse(inline), this.#generation));
    else this.#builtin(id || defaultId);
  }

  /**
   * Built-in sets are ready at once. Built-in articles are the bulk of the package, so in
   * the npm build their text is a separate chunk, loaded only when a reader shows one (the
   * script-tag file carries it inline, and it resolves before the next paint).
   */
  #builtin(id: string): void {
    if (this.#kind === 'article') {
      const fetched = fetchedArticles.get(id);
      if (fetched) this.#ready(fetched as ContentByKind[K]);
      else if (Object.hasOwn(BUILTIN_ARTICLE_LOADERS, id)) this.#track(this.#loadArticle(id, this.#generation));
      else this.#fail({ code: 'unknown-id', id, available: Object.keys(BUILTIN_ARTICLE_LOADERS) });
      return;
    }
    const builtins = BUILTIN_SETS[this.#kind as Exclude<ContentKind, 'article'>] as Readonly<Record<string, ContentByKind[K]>>;
    const found = Object.hasOwn(builtins, id) ? builtins[id] : undefined;
    if (found) this.#ready(found);
    else this.#fail({ code: 'unknown-id', id, available: Object.keys(builtins) });
  }

  /** Loads a built-in article's text (in the npm build, a file of its own) and keeps it for the page visit. */
  async #loadArticle(id: string, generation: number): Promise<void> {
    this.value = undefined;
    this.problem = undefined;
    try {
      const article = await BUILTIN_ARTICLE_LOADERS[id]!();
      fetchedArticles.set(id, article);
      if (generation !== this.#generation) return;
      this.#ready(article as ContentByKind[K]);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#fail({ code: 'fetch', url: 'emotional-safety.js', detail: (error as Error).message });
    }
    this.#host.requestUpdate();
  }

  /** Makes the host's `updateComplete` wait for this load (see EsElement.trackPending). */
  #track(work: Promise<void>): void {
    (this.#host as ReactiveElement & { trackPending?: (work: Promise<unknown>) => void }).trackPending?.(work);
  }

  #parse(json: string): unknown {
    try {
      return JSON.parse(json);
    } catch (error) {
      this.#fail({ code: 'json', detail: (error as Error).message });
      return undefined;
    }
  }

  /**
   * Validates a practice's own content. The validator is loaded on demand: pages that
   * only use the built-in content (which is tested, not validated) never download it.
   */
  async #accept(data: unknown, generation: number): Promise<void> {
    if (data === undefined) {
      // The JSON did not parse: #parse has already explained why.
      this.#host.requestUpdate();
      return;
    }
    this.value = undefined;
    this.problem = undefined;
    const { validateContent } = await import('../content/validate.js');
    if (generation !== this.#generation) return;
    const result = validateContent(this.#kind, data);
    if (result.ok) this.#ready(result.value);
    else this.#fail({ code: 'invalid', issues: result.issues });
    this.#host.requestUpdate();
  }

  async #fetch(src: string): Promise<void> {
    const url = safeUrl(src, ['http:', 'https:']);
    if (!url) {
      this.#fail({ code: 'fetch', url: src, detail: 'only http: and https: addresses can be loaded' });
      return;
    }
    const abort = new AbortController();
    const generation = this.#generation;
    this.#abort = abort;
    this.value = undefined;
    this.problem = undefined;
    try {
      // No cookies to other sites, no referrer: a reader's visit is nobody else's business.
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.text();
      if (abort.signal.aborted) return;
      await this.#accept(this.#parse(body), generation);
      return;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail({ code: 'fetch', url: src, detail: (error as Error).message });
    }
    this.#host.requestUpdate();
  }

  #ready(value: ContentByKind[K]): void {
    this.value = value;
    this.problem = undefined;
  }

  #fail(problem: ContentProblem): void {
    this.value = undefined;
    this.problem = problem;
    // The designer sees the same explanation in the console, with the element to click.
    warn(`<${this.#host.localName}> could not use its ${this.#kind}.`, problem, this.#host);
    this.#host.dispatchEvent(
      new CustomEvent('es-content-error', { bubbles: true, composed: true, detail: { problem } }),
    );
    this.#track(loadProblemDetails().then(() => this.#host.requestUpdate()));
  }
}
