import { html, nothing } from 'lit';
import { builtinResourceLists, DEFAULT_RESOURCE_LIST_ID } from '../../content/builtin-resources.js';
import type { Resource, ResourceContact, ResourceList } from '../../content/schemas.js';
import { RESOURCE_KINDS } from '../../content/vocabulary.js';
import { REGIONS, type Region } from '../../core/practice-context.js';
import { ContentController, INLINE_CONTENT_SELECTOR } from '../../core/content-controller.js';
import { renderContentProblem } from '../../core/content-problem-view.js';
import { defineElement } from '../../core/define.js';
import { EsElement } from '../../core/es-element.js';
import { heading } from '../../core/heading.js';
import { rendersAsServer } from '../../core/as-server.js';
import { pageBase, safeUrl, telHref } from '../../core/safe-url.js';
import { baseStyles } from '../../core/styles/tokens.js';
import { supportResourcesStyles } from './support-resources.styles.js';
import './support-resources.messages.js';
import type { ContentErrorEvent } from '../../events.js';

/** One entry to show, with the language of the list it came from. */
interface Entry {
  resource: Resource;
  lang?: string;
}

/** Common ways of writing a region that mean one of ours. */
const REGION_ALIASES: Record<string, Region> = { uk: 'gb' };

/**
 * Crisis and support contacts for the reader's region: how to reach emergency help
 * first, then crisis and domestic-abuse lines, each with plain "Call", "Text" or
 * "Visit" links, and the date the list was last checked.
 *
 * The built-in lists (`us`, `ca`, `gb`, `au`, `intl`) make no request of any kind. The
 * `intl` list links to one outside address, the Find A Helpline directory
 * (`HELPLINE_DIRECTORY_URL`): a link the reader may choose to follow, never fetched.
 *
 * A practice can add its own entries as a resource list (see
 * `schema/resource-list.schema.json`), by `src` or as a child
 * `<script type="application/json">`. They are validated and shown with the built-in
 * ones, by kind; if they cannot be used the built-in list still shows, with a note.
 *
 * @tagname es-support-resources
 * @summary Emergency, crisis and domestic-abuse contacts for a region.
 *
 * The element's heading ("If you need help now") fits the page: `heading-level` sets its
 * level (each service's name is a heading one level below), the `heading` attribute or
 * slot replaces its text, and `hide-heading` leaves it out when the page has its own
 * heading just above: the region keeps its name for assistive technology.
 *
 * @slot heading - Text of the heading instead of the built-in one (e.g. to match the page's voice). With `hide-heading` it is not shown.
 *
 * @csspart base - The outermost wrapper.
 * @csspart heading - The heading.
 * @csspart list - The list of services.
 * @csspart resource - One service.
 * @csspart resource-name - The name of a service: a heading one level below the element's heading.
 * @csspart contact-link - A call, text or web link of a service.
 * @csspart reviewed - The "Last reviewed" line under the list.
 * @csspart error - The note shown when the practice's own entries cannot be used.
 *
 * @cssprop [--es-color-accent=color-mix(in srgb, #1d5c87 50%, currentColor)] - Links and the edge that marks emergency help.
 * @cssprop [--es-color-text=currentColor] - Text colour (default: inherited from the page).
 * @cssprop [--es-color-surface=transparent] - Background colour (default: transparent).
 * @cssprop [--es-color-raised=color-mix(in srgb, currentColor 6%, transparent)] - Background of each service.
 * @cssprop [--es-color-border=color-mix(in srgb, currentColor 55%, transparent)] - Border of each service.
 * @cssprop [--es-color-muted=currentColor] - Colour of the "Last reviewed" line.
 * @cssprop [--es-color-focus=var(--es-color-accent)] - Focus ring colour.
 * @cssprop [--es-font-body=inherit] - Body font (default: inherited from the page).
 * @cssprop [--es-font-heading=inherit] - Font of the heading.
 * @cssprop [--es-radius=0.5rem] - Corner radius.
 * @cssprop [--es-space=1rem] - Padding inside a themed element.
 * @cssprop [--es-max-width=42rem] - Widest the element grows (default: 42rem).
 * @cssprop [--es-block-gap=1.5em] - Space kept from whatever comes before the element: another element, the host's text (default: 1.5em; none when it comes first).
 *
 * @fires es-content-error - The practice's own entries could not be used; `detail.problem` says why.
 */
export class EsSupportResources extends EsElement {
  static override styles = [baseStyles, supportResourcesStyles];
  static override properties = {
    region: {},
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: {},
    hideHeading: { attribute: 'hide-heading', type: Boolean },
  };

  /**
   * Which built-in list: `us`, `ca`, `gb`, `au` or `intl`. Default: `<es-practice region>`,
   * else `intl`. An unknown value shows the `intl` list and a console warning.
   */
  region?: string;

  /** URL of the practice's own entries as JSON (a resource list), shown with the built-in ones. */
  src?: string;

  /** Level of the heading (1–6, default 2) to fit the page's outline; services are one level below (at most 6). Other values warn once and give 2. */
  headingLevel = 2;

  /** Text of the heading instead of "If you need help now" (the `heading` slot wins over it). */
  heading?: string;

  /**
   * Leaves the visible heading out, for a page that has its own heading just above; the
   * region keeps its name (the heading's text) for assistive technology. Set
   * `heading-level` to that page heading's level, so the services sit one level below it.
   */
  hideHeading = false;

  readonly #custom = new ContentController(this, 'resource-list', () => ({
    src: this.src,
    // Without `src` or inline JSON the controller loads this built-in list, which is
    // shown anyway; only a practice's own list is added.
    id: this.effectiveRegion,
    defaultId: DEFAULT_RESOURCE_LIST_ID,
  }));

  /** The region whose built-in list is shown, after validation. */
  get effectiveRegion(): Region {
    const raw = (this.region ?? this.practice.settings.region)?.trim().toLowerCase();
    if (!raw) return 'intl';
    const region = REGION_ALIASES[raw] ?? raw;
    if ((REGIONS as readonly string[]).includes(region)) return region as Region;
    this.warnOnce(
      `region:${raw}`,
      `has no list for the region “${raw}”, so the international list is shown. ` +
        `Regions: ${REGIONS.join(', ')}.`,
    );
    return 'intl';
  }

  #hasCustom(): boolean {
    return Boolean(this.src) || (!rendersAsServer(this) && this.querySelector(INLINE_CONTENT_SELECTOR) !== null);
  }

  /** The entries shown, emergency first, then by kind; built-in before the practice's own. */
  get entries(): Resource[] {
    return this.#entries().map((entry) => entry.resource);
  }

  #entries(): Entry[] {
    const builtin = builtinResourceLists[this.effectiveRegion] ?? builtinResourceLists[DEFAULT_RESOURCE_LIST_ID]!;
    const lists: ResourceList[] = [builtin];
    if (this.#hasCustom() && this.#custom.value) lists.push(this.#custom.value);
    const entries = lists.flatMap((list) => list.resources.map((resource) => ({ resource, lang: list.lang })));
    const rank = (entry: Entry) => RESOURCE_KINDS.indexOf(entry.resource.kind);
    // Array.prototype.sort is stable: within a kind, the lists' own order is kept.
    return entries.sort((a, b) => rank(a) - rank(b));
  }

  #lastReviewed(): string | undefined {
    const dates = [builtinResourceLists[this.effectiveRegion]?.lastReviewed];
    if (this.#hasCustom()) dates.push(this.#custom.value?.lastReviewed);
    // The oldest check is the honest one to show.
    return dates.filter((d): d is string => Boolean(d)).sort()[0];
  }

  #contactLink(contact: ResourceContact, name: string) {
    let href: string | undefined;
    let text: string;
    if (contact.type === 'web') {
      href = safeUrl(contact.value, ['https:', 'http:']);
      text = contact.label ?? (href ? this.t('supportResources.web', { host: new URL(href, pageBase()).host }) : '');
    } else {
      const tel = telHref(contact.value);
      href = tel && contact.type === 'text' ? `sms:${tel.slice(4)}` : tel;
      text = contact.label ?? this.t(contact.type === 'call' ? 'supportResources.call' : 'supportResources.text', { number: contact.value });
    }
    if (!href) {
      this.warnOnce(
        `link:${contact.value}`,
        `left out the ${contact.type} link “${contact.value}” of “${name}”: ` +
          'web links must start with https: or http:, and phone numbers need digits.',
      );
      return nothing;
    }
    // External pages learn nothing about which page the reader came from.
    // The link's name says whose line it is ("Call 116 123 (Samaritans)"), starting with
    // the words shown, so a reader who speaks them to voice control still reaches it.
    const label = this.t('supportResources.linkName', { link: text, service: name });
    return html`<li>
      <a part="contact-link" href=${href} aria-label=${label} rel=${contact.type === 'web' ? 'noreferrer' : nothing}>${text}</a>
    </li>`;
  }

  /** The region's name when the visible heading is left out: the heading's own words. */
  #headingText(): string {
    return (
      this.heading?.trim() || `${this.t('supportResources.headingContext')} ${this.t('supportResources.heading')}`
    );
  }

  #heading(level: number) {
    const own = this.heading?.trim();
    const builtin = html`<span class="visually-hidden">${this.t('supportResources.headingContext')} </span>${this.t(
        'supportResources.heading',
      )}`;
    return heading(level, html`<slot name="heading">${own || builtin}</slot>`, 'heading', 'heading', 'heading', false);
  }

  /**
   * "Last reviewed" in the reader's language, written as people of the list's region
   * write dates (en-GB: 22 November 2026; en-US: November 22, 2026).
   */
  #date(isoDate: string): string {
    const region = this.effectiveRegion;
    if (region === 'intl' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return this.localize.date(isoDate);
    const tag = `${this.localize.locale.split('-')[0]}-${region.toUpperCase()}`;
    try {
      return regionDateFormat(tag).format(new Date(`${isoDate}T00:00:00Z`));
    } catch {
      return this.localize.date(isoDate);
    }
  }

  protected override render() {
    const reviewed = this.#lastReviewed();
    const problem = this.#hasCustom() ? this.#custom.problem : undefined;
    const level = this.headingLevelFrom(this.headingLevel);
    const hidden = this.hideHeading;
    // role="list" is deliberate: WebKit drops the list role from a <ul> without bullets,
    // and "list, 3 items" is how a VoiceOver user learns how many services there are.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<div part="base" class=${this.baseClass}>
      <section aria-labelledby=${hidden ? nothing : 'heading'} aria-label=${hidden ? this.#headingText() : nothing}>
        ${hidden ? nothing : this.#heading(level)}
        <ul part="list" class="resources" role="list">
          ${this.#entries().map(
            ({ resource, lang }) => html`<li part="resource" class="resource kind-${resource.kind}" lang=${lang ?? nothing}>
              ${heading(Math.min(level + 1, 6), resource.name, undefined, 'resource-name', 'name')}
              ${resource.description ? html`<p class="description">${resource.description}</p>` : nothing}
              ${resource.contacts?.length
                ? html`<ul class="contacts" role="list">
                    ${resource.contacts.map((contact) => this.#contactLink(contact, resource.name))}
                  </ul>`
                : nothing}
            </li>`,
          )}
        </ul>
        ${reviewed
          ? html`<p part="reviewed" class="reviewed">
              ${this.t('supportResources.lastReviewed', { date: this.#date(reviewed) })}
            </p>`
          : nothing}
        ${problem ? renderContentProblem(problem, 'resource-list', this.localize) : nothing}
      </section>
    </div>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}

/** One date formatter per language and region ("en-GB"): making one is the costly part. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function regionDateFormat(tag: string): Intl.DateTimeFormat {
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format;
}

defineElement('es-support-resources', EsSupportResources);

declare global {
  interface HTMLElementTagNameMap {
    'es-support-resources': EsSupportResources;
  }  // The events it fires (see src/events.ts), typed wherever this element alone is imported.
  interface HTMLElementEventMap {
    'es-content-error': ContentErrorEvent;
  }
}
