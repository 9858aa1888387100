import { LitElement, css, html, type PropertyValues } from 'lit';
import {
  announceProvider,
  ensureContextRoot,
  eventSource,
  practiceContext,
  requestSettings,
  type ContextEvent,
  type PracticeSettings,
  type Region,
  type SettingsCallback,
  type Theme,
} from '../../context/practice-context.js';
import { defineElement } from '../../internal/define.js';

/**
 * Shares a practice's settings with every emotional-safety element inside it, so a
 * therapist sets the name, contact link and region once. Settings on an element itself
 * win over the ones given here.
 *
 * It is a plain block, so a theme's content column (WordPress's constrained layout, a
 * `max-width; margin: auto` main) holds it and everything inside. Anything else inside
 * renders as it is.
 *
 * @tagname es-practice
 * @summary Practice settings for every element inside it.
 * @slot - The page content that contains emotional-safety elements.
 */
export class EsPractice extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  static override properties = {
    name: {},
    contactUrl: { attribute: 'contact-url' },
    phone: {},
    region: {},
    exitUrl: { attribute: 'exit-url' },
    locale: {},
    theme: {},
  };

  /** The practice's name, e.g. "Harbour Counselling". */
  name?: string;

  /** Where to contact the practice: an https:, mailto: or tel: link. */
  contactUrl?: string;

  /** The practice's phone number, as people write it. */
  phone?: string;

  /** Which built-in list of support lines to show: `us`, `ca`, `gb`, `au` or `intl`. */
  region?: Region;

  /** Where the quick exit goes. Defaults to a neutral page. */
  exitUrl?: string;

  /** UI language of the elements inside, e.g. `en` or `es`. */
  locale?: string;

  /** Colour scheme of the elements inside: `light`, `dark` or `auto`; unset follows the page. */
  theme?: Theme;

  #settings: PracticeSettings = {};
  /** The elements inside that asked for every change: their callbacks, with where they are and how they leave. */
  readonly #subscribers = new Map<SettingsCallback, [Element, () => void]>();

  constructor() {
    super();
    ensureContextRoot();
    this.addEventListener('context-request', (event) => {
      const { context, callback, subscribe } = event as ContextEvent;
      const consumer = eventSource(event as ContextEvent);
      if (context !== practiceContext || consumer === this) return;
      event.stopPropagation();
      if (!subscribe) return callback(this.#settings);
      let subscriber = this.#subscribers.get(callback);
      if (!subscriber) this.#subscribers.set(callback, (subscriber = [consumer, () => this.#subscribers.delete(callback)]));
      callback(this.#settings, subscriber[1]);
    });
    // A provider has appeared inside this one: the elements this one serves ask again, and
    // those inside the newcomer move to it.
    this.addEventListener('context-provider', (event) => {
      if ((event as ContextEvent).context !== practiceContext || eventSource(event as ContextEvent) === this) return;
      for (const [callback, [consumer]] of this.#subscribers) requestSettings(consumer, callback);
      event.stopPropagation();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    announceProvider(this);
  }

  /** The settings as the elements inside receive them. */
  get settings(): PracticeSettings {
    return this.#settings;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) {
      this.#settings = {
        name: this.name,
        contactUrl: this.contactUrl,
        phone: this.phone,
        region: this.region,
        exitUrl: this.exitUrl,
        locale: this.locale,
        theme: this.theme,
      };
      for (const [callback, [, unsubscribe]] of this.#subscribers) callback(this.#settings, unsubscribe);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('es-practice', EsPractice);

declare global {
  interface HTMLElementTagNameMap {
    'es-practice': EsPractice;
  }
}
