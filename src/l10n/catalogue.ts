/**
 * The message catalogue: every string the elements show that is not content. Each
 * element keeps its messages in `messages/<element>.ts` and adds them itself when its
 * code arrives (`addBuiltinMessages`, `addLazyMessages` in index.ts), so an app that
 * imports one element ships that element's messages and no other's. Here: the messages
 * every element shares, and the type of the whole catalogue.
 */
import { en as common } from './messages/common.js';
import type { en as contentErrors } from './messages/content-errors.js';
import type { en as articleReader } from './messages/article-reader.js';
import type { en as reflectionCard } from './messages/reflection-card.js';
import type { en as safetyCompare } from './messages/safety-compare.js';
import type { en as quickExit } from './messages/quick-exit.js';
import type { en as supportResources } from './messages/support-resources.js';
import type { en as contactCta } from './messages/contact-cta.js';

// Typed as the whole catalogue; each element's own messages join it with the element.
export const en = {
  ...common,
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
 * Parts of catalogues loaded the first time an element needs them, by locale: with the
 * npm build, a page in English never downloads the Spanish messages (the script-tag file
 * carries them inline). Each element adds the loader of its own part; a part is removed
 * from its list once it is being loaded.
 */
export const lazyCatalogues: Record<string, Array<() => Promise<Messages>>> = {
  es: [() => import('./messages/es/common.js').then((module) => module.es)],
};
