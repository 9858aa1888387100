import { ContextProvider } from '@lit/context';
import { LitElement, css, html, isServer, type PropertyValues } from 'lit';
import {
  ensureContextRoot,
  practiceContext,
  type PracticeSettings,
  type Region,
  type Theme,
} from '../../core/practice-context.js';
import { defineElement } from '../../core/define.js';
import { serverShadow } from '../../core/as-server.js';

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

  readonly #provider = new ContextProvider(this, { context: practiceContext, initialValue: {} });

  constructor() {
    super();
    ensureContextRoot();
  }

  /** The settings as the elements inside receive them. */
  get settings(): PracticeSettings {
    return this.#provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server, the requests of the elements inside reach this one through its shadow root.
    if (isServer) serverShadow(this);
    if (changed.size) {
      this.#provider.setValue({
        name: this.name,
        contactUrl: this.contactUrl,
        phone: this.phone,
        region: this.region,
        exitUrl: this.exitUrl,
        locale: this.locale,
        theme: this.theme,
      });
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
