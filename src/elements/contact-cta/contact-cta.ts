import { html, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../../core/define.js';
import { EsElement } from '../../core/es-element.js';
import { rendersAsServer } from '../../core/as-server.js';
import { safeUrl, telHref } from '../../core/safe-url.js';
import { baseStyles } from '../../core/styles/tokens.js';
import { contactCtaStyles } from './contact-cta.styles.js';
import './contact-cta.messages.js';

/** What the call to action links to, once attributes and the provider are combined. */
interface ContactPlan {
  href?: string;
  label?: string;
  phone?: string;
  phoneHref?: string;
  name?: string;
}

/** Connected calls to action that show a link but no line of their own: the built-in line is the first one's. */
const withoutOwnLead = new Set<EsContactCta>();

/** `node`, and the hosts of the shadow roots it is in, outermost first. */
function hostChain(node: Element): Element[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** Whether `a` comes before `b` on the page, looking into shadow roots (an element in an article's shadow root comes where the article is). */
function comesBefore(a: Element, b: Element): boolean {
  const [ca, cb] = [hostChain(a), hostChain(b)];
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const [x, y] = [ca[i], cb[i]];
  if (!x || !y) return !x;
  return Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * One clear, calm invitation to contact the practice: "Talk with Harbour Counselling",
 * and the phone number when there is one. The name, link and phone come from
 * `<es-practice>`; the element's own `href`, `label` and `phone` win over it.
 *
 * Only `https:`, `http:`, `mailto:` and `tel:` links are used: anything else is refused
 * with a console warning. When there is nothing to link to, the element renders nothing
 * and hides itself, so a reader never meets a button that goes nowhere; the console says
 * what to set.
 *
 * @tagname es-contact-cta
 * @summary A call to action to contact the practice.
 *
 * @slot - A short line above the button. Default: a gentle invitation ("If any of this feels
 * familiar, you don't have to work through it alone."), said once per page: only the first
 * call to action (in page order) without a line of its own shows it, so several on one
 * page, e.g. one at the end of each article and one in the contact section, do not repeat
 * it. A line given here is always shown; to have none on the first, give one elsewhere first.
 *
 * @csspart base - The outermost wrapper.
 * @csspart lead - The line above the button (wraps the slot).
 * @csspart link - The main call-to-action link, styled as a button.
 * @csspart phone-link - The "Or call …" phone link.
 *
 * @cssprop [--es-color-accent=color-mix(in srgb, #1d5c87 50%, currentColor)] - Background of the button and colour of the phone link.
 * @cssprop [--es-color-on-accent=#ffffff] - Text colour on the button (default: the theme's surface, else white).
 * @cssprop [--es-color-text=currentColor] - Text colour (default: inherited from the page).
 * @cssprop [--es-color-surface=transparent] - Background colour (default: transparent).
 * @cssprop [--es-color-focus=var(--es-color-accent)] - Focus ring colour.
 * @cssprop [--es-font-body=inherit] - Body font (default: inherited from the page).
 * @cssprop [--es-radius=0.5rem] - Corner radius of the button.
 * @cssprop [--es-space=1rem] - Padding inside a themed element.
 * @cssprop [--es-max-width=42rem] - Widest the element grows (default: 42rem).
 * @cssprop [--es-block-gap=1.5em] - Space kept from whatever comes before the element: another element, the host's text (default: 1.5em; none when it comes first).
 */
export class EsContactCta extends EsElement {
  static override styles = [baseStyles, contactCtaStyles];
  static override properties = { href: {}, label: {}, phone: {} };

  /**
   * Where the button goes: an `https:`, `http:`, `mailto:` or `tel:` link, or a path on
   * the practice's site. Default: `<es-practice contact-url>`.
   */
  href?: string;

  /** Text of the button. Default: "Talk with <practice name>", else "Get in touch". */
  label?: string;

  /** A phone number as people write it, offered as a `tel:` link. Default: `<es-practice phone>`. */
  phone?: string;

  #emptyCheck?: ReturnType<typeof setTimeout>;
  /** True when the page gave a line of its own (the slot's content). */
  #ownLead = false;
  /** True while this element (not the page) set `hidden` on the host. */
  #hiddenByUs = false;

  /** The link actually used, after the safety check; `undefined` when there is none. */
  get resolvedHref(): string | undefined {
    return this.#plan().href;
  }

  #checked(value: string | undefined, source: string): string | undefined {
    if (!value?.trim()) return undefined;
    const url = safeUrl(value);
    if (!url) this.warnOnce(value, `refused the ${source} “${value}”: only https:, http:, mailto: and tel: links are used.`);
    return url;
  }

  #plan(): ContactPlan {
    const settings = this.practice.settings;
    const name = settings.name?.trim() || undefined;
    const href =
      this.#checked(this.href, 'href attribute') ?? this.#checked(settings.contactUrl, 'contact-url of <es-practice>');
    const phone = (this.phone ?? settings.phone)?.trim() || undefined;
    const phoneHref = phone ? telHref(phone) : undefined;
    const label = this.label?.trim() || undefined;
    return { href, label, phone: phoneHref ? phone : undefined, phoneHref, name };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readOwnLead();
  }

  /** Reads whether the page gave a line of its own: any element or words in the default slot. */
  #readOwnLead(): void {
    this.#ownLead = [...this.childNodes].some((node) =>
      node instanceof Element ? !node.slot : node.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim()),
    );
  }

  #onSlotChange = (): void => {
    const before = this.#ownLead;
    this.#readOwnLead();
    if (before !== this.#ownLead) this.requestUpdate();
  };

  /** Whether this one shows the built-in line: it is the first on the page with a link and no line of its own. */
  #showsBuiltinLead(): boolean {
    // A server sees neither the page nor the element's children: it says the line, and the
    // browser's next render settles whose it is.
    if (rendersAsServer(this)) return true;
    if (this.#ownLead) return false;
    return [...withoutOwnLead].every((other) => other === this || !other.isConnected || comesBefore(this, other));
  }

  /** Joins or leaves the calls to action without a line of their own; the others then check whose the line is. */
  #takePart(wants: boolean): void {
    if (wants === withoutOwnLead.has(this)) return;
    if (wants) withoutOwnLead.add(this);
    else withoutOwnLead.delete(this);
    for (const other of withoutOwnLead) if (other !== this) other.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plan = this.#plan();
    const empty = !plan.href && !plan.phoneHref;
    this.#takePart(!empty && !this.#ownLead && this.isConnected);
    if (empty && !this.hidden) {
      this.hidden = true;
      this.#hiddenByUs = true;
    } else if (!empty && this.#hiddenByUs) {
      this.hidden = false;
      this.#hiddenByUs = false;
    }
    clearTimeout(this.#emptyCheck);
    if (empty) {
      // Settings from a provider that upgrades later arrive a moment after the first
      // render: only hint to the designer if the element is still empty after that.
      this.#emptyCheck = setTimeout(() => this.#hintIfEmpty(), 0);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#emptyCheck);
    this.#takePart(false);
  }

  #hintIfEmpty(): void {
    const plan = this.#plan();
    // A refused link has been explained already: one warning is enough.
    if (plan.href || plan.phoneHref || this.warned.size) return;
    this.warnOnce(
      '',
      'has nothing to link to, so it is hidden. ' +
        'Set contact-url (and name, phone) on <es-practice>, or href (and label, phone) on the element.',
    );
  }

  protected override render() {
    const plan = this.#plan();
    if (!plan.href && !plan.phoneHref) return nothing;
    const builtinLead = this.#showsBuiltinLead();
    const label =
      plan.label ?? (plan.name ? this.t('contactCta.talkWith', { name: plan.name }) : this.t('contactCta.talkWithUs'));
    let phoneText: string | undefined;
    if (plan.phone) {
      if (plan.href) phoneText = this.t('contactCta.call', { phone: plan.phone });
      else if (plan.label) phoneText = plan.label;
      else if (plan.name) phoneText = this.t('contactCta.callOnly', { name: plan.name, phone: plan.phone });
      else phoneText = this.t('contactCta.callUs', { phone: plan.phone });
    }
    return html`<div part="base" class=${this.baseClass}>
      <div part="lead" class="lead" ?hidden=${!builtinLead && !this.#ownLead}>
        <slot @slotchange=${this.#onSlotChange}>${builtinLead ? this.t('contactCta.lead') : nothing}</slot>
      </div>
      <div class="actions">
        ${plan.href ? html`<a part="link" class="button" href=${plan.href}>${label}</a>` : nothing}
        ${plan.phoneHref
          ? html`<a part="phone-link" class=${plan.href ? 'phone' : 'button'} href=${plan.phoneHref}>${phoneText}</a>`
          : nothing}
      </div>
    </div>`;
  }
}

defineElement('es-contact-cta', EsContactCta);

declare global {
  interface HTMLElementTagNameMap {
    'es-contact-cta': EsContactCta;
  }
}
