import { catalogues, en, type Message, type MessageKey, type Messages } from './catalogue.js';

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

/** The best catalogue for a BCP 47 tag: "es-MX" → "es"; unknown → "en". */
export function matchLocale(tag: string | null | undefined): string {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  if (catalogues[lower]) return lower;
  const base = lower.split('-')[0]!;
  return catalogues[base] ? base : 'en';
}

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
  const message: Message | undefined = catalogues[locale]?.[key] ?? (en[key] as Message | undefined);
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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
