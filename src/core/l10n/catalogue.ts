/**
 * The message catalogue: every string the elements show that is not content. Each
 * element keeps its messages in its own folder (`src/elements/<name>/messages/`) and adds them itself when its
 * code arrives (`addBuiltinMessages`, `addLazyMessages` in index.ts), so an app that
 * imports one element ships that element's messages and no other's. Here: the messages
 * every element shares, and the type of the whole catalogue.
 */
import { en as common } from './messages/common.js';

type CommonMessages = typeof common;

/**
 * The type of the whole catalogue: the shared messages here, and every element's own,
 * which its `messages/en.ts` adds to this interface (declaration merging). So the core
 * names no element, and a program that imports an element knows that element's keys.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface MessageCatalogue extends CommonMessages {}

// English starts with the shared messages; each element's own join it with the element.
export const en = { ...common } as MessageCatalogue;

export type MessageKey = keyof MessageCatalogue;
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
