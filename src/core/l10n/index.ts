import { isServer } from 'lit';
import { warn } from '../warn.js';
import { catalogues, lazyCatalogues, type Message, type MessageKey, type Messages } from './catalogue.js';

export type { MessageKey, Messages } from './catalogue.js';
export type MessageParams = Record<string, string | number>;

/** The locales with a complete catalogue. Others can be added with `registerMessages`. */
export const BUILT_IN_LOCALES = ['en', 'es'] as const;

/**
 * Adds or overrides messages for a locale, e.g. a practice's own wording or a French
 * translation: `registerMessages('fr', { 'compare.unsafeLabel': 'Pas sûr' })`. Missing
 * keys fall back to English. Elements pick the change up on their next render.
 */
export function registerMessages(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  catalogues[key] = { ...catalogues[key], ...messages };
}

/**
 * Adds an element's built-in messages when its code arrives (elements fetched on demand
 * bring their own). Messages a practice registered before then keep priority.
 * @internal
 */
export function addBuiltinMessages(locale: string, messages: Messages): void {
  catalogues[locale] = { ...messages, ...catalogues[locale] };
}

const known = (locale: string) => Boolean(catalogues[locale] || lazyCatalogues[locale]);

/** The best catalogue for a BCP 47 tag: "es-MX" → "es"; unknown → "en". */
export function matchLocale(tag: string | null | undefined): string {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  if (known(lower)) return lower;
  const base = lower.split('-')[0]!;
  return known(base) ? base : 'en';
}

/** Locales some element has asked for, and what is still being loaded for each. */
const requested = new Set<string>();
const loading = new Map<string, Promise<void>>();

/**
 * Adds the loader of an element's part of a built-in catalogue (its Spanish messages),
 * called when the element's code arrives. When that locale is already in use on the
 * page, the part is loaded at once.
 * @internal
 */
export function addLazyMessages(locale: string, load: () => Promise<Messages>): void {
  (lazyCatalogues[locale] ??= []).push(load);
  // A server renders at once (no second render): there every part is read in as it arrives.
  if (isServer || requested.has(locale)) void ensureLocale(locale);
}

/**
 * Makes sure a locale's catalogue is in memory. Returns undefined when it already is,
 * otherwise a promise that settles once every part added so far has been fetched (or has
 * failed: English is then used, and we say so once in the console).
 */
export function ensureLocale(locale: string): Promise<void> | undefined {
  requested.add(locale);
  const parts = lazyCatalogues[locale]?.splice(0);
  if (parts?.length) {
    const batch = Promise.all(
      parts.map((part) =>
        part().then(
          // Messages a practice registered earlier keep priority over the built-in ones.
          (messages) => addBuiltinMessages(locale, messages),
          () => false,
        ),
      ),
    ).then((results) => {
      if (results.includes(false)) warn(`the "${locale}" messages could not be loaded, so English is shown.`);
    });
    const before = loading.get(locale);
    const pending: Promise<void> = (before ? Promise.all([before, batch]).then(() => undefined) : batch).finally(() => {
      if (loading.get(locale) === pending) loading.delete(locale);
    });
    loading.set(locale, pending);
  }
  return loading.get(locale);
}

// On a server, the catalogues known from the start are read in as this module loads too.
if (isServer) for (const locale of Object.keys(lazyCatalogues)) void ensureLocale(locale);

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRule(locale: string): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    pluralRules.set(locale, rule);
  }
  return rule;
}

/** Looks a message up (falling back to English) and fills in `{name}` placeholders. */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  // The English catalogue holds every built-in message (elements fetched later add theirs).
  const message: Message | undefined = catalogues[locale]?.[key] ?? catalogues.en?.[key];
  let template: string;
  if (message === undefined) {
    // A key missing from every catalogue is a bug of ours: show the key, never crash.
    template = key;
  } else if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(params.count ?? 0);
    const category = pluralRule(locale).select(count) as keyof typeof message;
    template = message[category] ?? message.other;
  }
  return fill(template, params);
}

/** Fills `{name}` placeholders; unknown ones are left as written. */
function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A calendar date ("2026-11-22") written in full in a language: "November 22, 2026".
 * A catalogue with its own `date.long` and `date.months` (the built-in ones have them)
 * spells it itself: the browser's date formatter costs a page 15–25 ms the first time it
 * is used, several times that on an old phone. Other languages use that formatter.
 */
export function formatDate(locale: string, isoDate: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!parts) return isoDate;
  const pattern = catalogues[locale]?.['date.long'];
  const months = catalogues[locale]?.['date.months'];
  const month = typeof months === 'string' ? months.split('|')[Number(parts[2]) - 1] : undefined;
  if (typeof pattern === 'string' && month) return fill(pattern, { year: Number(parts[1]), month, day: Number(parts[3]) });
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return isoDate;
  }
}
