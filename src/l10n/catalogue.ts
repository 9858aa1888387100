/**
 * The message catalogue: every string the elements show that is not content. Each
 * element keeps its messages in `messages/<element>.ts`; this file joins them by locale.
 */
import { en as common } from './messages/common.js';
import type { en as contentErrors } from './messages/content-errors.js';
import type { en as articleReader } from './messages/article-reader.js';
import { en as reflectionCard } from './messages/reflection-card.js';
import { en as safetyCompare } from './messages/safety-compare.js';
import { en as quickExit } from './messages/quick-exit.js';
import { en as supportResources } from './messages/support-resources.js';
import { en as contactCta } from './messages/contact-cta.js';

// The content-error messages join the English catalogue when the problem view loads,
// and the reader's with the reader (in the script-tag build it is a file of its own).
// Named imports, spread: no module namespace objects for the bundler to build.
export const en = {
  ...common,
  ...reflectionCard,
  ...safetyCompare,
  ...quickExit,
  ...supportResources,
  ...contactCta,
} as typeof common &
  typeof contentErrors &
  typeof articleReader &
  typeof reflectionCard &
  typeof safetyCompare &
  typeof quickExit &
  typeof supportResources &
  typeof contactCta;

export type MessageKey = keyof typeof en;
export type PluralMessage = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };
export type Message = string | PluralMessage;
export type Messages = Partial<Record<MessageKey, Message>>;

/** The catalogues in memory. English is always there; it is every other one's fallback. */
export const catalogues: Record<string, Messages> = {
  en,
};

/**
 * Catalogues loaded the first time an element needs them: with the npm build, a page in
 * English never downloads the Spanish messages (the script-tag file carries them inline).
 */
export const lazyCatalogues: Record<string, () => Promise<Messages>> = {
  es: () => import('./locales/es.js').then((module) => module.es),
};
