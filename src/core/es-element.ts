import { ContextConsumer } from '@lit/context';
import { LitElement, isServer, type PropertyDeclarations, type ReactiveController } from 'lit';
import { THEMES, type Theme } from './practice-context.js';
import { LocalizeController } from './localize-controller.js';
import { PracticeController } from './practice-controller.js';
import { hydrating, serverShadow } from './as-server.js';
import { PageLook } from './page-look.js';
import { warn } from './warn.js';

/** Each element's controllers, for the server and for hydration (Lit's SSR runs no controller hook). */
const controllersOf = new WeakMap<EsElement, ReactiveController[]>();

/**
 * What every element shares: the practice settings from `<es-practice>`, the UI
 * language, and the colour theme. Attributes on the element win over the provider.
 */
export class EsElement extends LitElement {
  // Every element declares its attributes in `static properties`, not with decorators:
  // the script-tag file then carries neither TypeScript's decorator helper nor Lit's
  // decorators (about 450 B brotli). The JSDoc stays on each field, for the manifest.
  static override properties: PropertyDeclarations = { theme: { reflect: true } };

  /**
   * Colour scheme: unset follows the host page's colours; `light` and `dark` use the
   * built-in palettes; `auto` follows the reader's system setting. Overrides `<es-practice theme>`.
   */
  theme?: Theme;

  protected readonly practice = new PracticeController(this);
  protected readonly localize = new LocalizeController(this, () => this.practice.settings.locale);
  /** How the page around looks: `theme="auto"` follows a light or dark page, and links take the page's link colour. */
  protected readonly pageLook = new PageLook(this, () => this.effectiveTheme);

  readonly #pending = new Set<Promise<unknown>>();

  /** @internal Lit's, recording the controllers for the server and hydration. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    let list = controllersOf.get(this);
    if (!list) controllersOf.set(this, (list = []));
    list.push(controller);
  }

  /**
   * Over server-rendered HTML (a declarative shadow root), the first render waits for what
   * the server had at hand (a built-in article, a catalogue) so that it draws the same
   * thing, and then the element renders again with what only the browser knows.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer || this.hasUpdated || !this.shadowRoot?.firstChild) return super.scheduleUpdate();
    return this.#hydrate();
  }

  async #hydrate(): Promise<void> {
    hydrating.add(this);
    try {
      // The server drew the settings of the <es-practice> around: wait for them too.
      await (this.closest('es-practice') as LitElement | null)?.updateComplete;
      for (const controller of controllersOf.get(this) ?? []) controller.hostUpdate?.();
      await this.#settle();
      super.scheduleUpdate();
    } finally {
      hydrating.delete(this);
    }
    this.requestUpdate();
  }

  /** Keys of the warnings this element has given, so each is given once. */
  protected readonly warned = new Set<string>();

  /** Warns once per `key` for this element: `<tag> message`, with the element itself to click. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    warn(`<${this.localName}> ${message}`, this);
  }

  /**
   * An attribute's value checked against what it may be, the one convention for every
   * element: a valid value is used; unset (`undefined`, `null`) quietly gives `fallback`;
   * anything else gives `fallback` and one console warning that names the attribute, the
   * value refused, what it may be (`expected`, e.g. "a whole number from 1 to 6") and
   * what is used instead (`instead`, default: the fallback as text).
   */
  protected checked<T>(
    attribute: string,
    value: T | null | undefined,
    valid: (value: T) => boolean,
    fallback: T,
    expected: string,
    instead = String(fallback),
  ): T {
    if (value === undefined || value === null) return fallback;
    if (valid(value)) return value;
    const shown = typeof value === 'number' && Number.isNaN(value) ? this.getAttribute(attribute) : String(value);
    this.warnOnce(`${attribute}:${shown}`, `${attribute} is ${expected}, not “${shown}”; using ${instead}.`);
    return fallback;
  }

  /**
   * The heading level in force for an element's `heading-level` (a whole number from 1 to 6;
   * default 2): how every element with a heading fits the page's outline.
   */
  protected headingLevelFrom(value: number | undefined): number {
    return this.checked('heading-level', value, (v) => Number.isInteger(v) && v >= 1 && v <= 6, 2, 'a whole number from 1 to 6');
  }

  /**
   * Lets a controller make `updateComplete` wait for asynchronous work that ends in a
   * re-render (content being fetched or validated, a catalogue being loaded), so that
   * `await el.updateComplete` means "showing what it will show".
   * @internal
   */
  trackPending(work: Promise<unknown>): void {
    this.#pending.add(work);
    const forget = () => this.#pending.delete(work);
    work.then(forget, forget);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#pending.size) {
      await this.#settle();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  async #settle(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending]);
  }

  /** Shorthand for `this.localize.t`. */
  protected t = this.localize.t.bind(this.localize);

  /**
   * The theme in force, validated: an odd value (on the element or its `<es-practice>`)
   * warns once and is treated as unset (the host page's colours), rather than breaking the page.
   */
  protected get effectiveTheme(): Theme | undefined {
    const chosen = this.theme ?? this.practice.settings.theme;
    const expected = `${THEMES.map((t) => `“${t}”`).join(', ')} or unset`;
    return this.checked<Theme | undefined>('theme', chosen || undefined, (v) => THEMES.includes(v!), undefined, expected, 'the page’s colours');
  }

  /** Classes for the outermost wrapper: `base` plus the theme's class. */
  protected get baseClass(): string {
    const theme = this.effectiveTheme;
    return theme ? `base theme-${theme}` : 'base';
  }
}

if (isServer) {
  const connected = new WeakSet<EsElement>();
  /**
   * On the server, Lit calls `willUpdate` and `render` only: here the controllers get what
   * they would in a browser: the provider's settings (@lit-labs/ssr 4 carries the context
   * request up to the `<es-practice>` around the element, through the shadow root given
   * here) and `hostUpdate`. Every element's `willUpdate` calls this one first.
   */
  EsElement.prototype['willUpdate'] = function (this: EsElement) {
    const controllers = controllersOf.get(this) ?? [];
    if (!connected.has(this)) {
      connected.add(this);
      serverShadow(this);
      for (const controller of controllers) if (controller instanceof ContextConsumer) controller.hostConnected();
    }
    for (const controller of controllers) controller.hostUpdate?.();
  };
}
