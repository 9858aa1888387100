/**
 * The content registry: the one place built-in content is looked up, by kind and id.
 * Empty until an element arrives, then filled by the module of the kind it shows
 * (builtin-prompts.ts, builtin-comparisons.ts, builtin-resources.ts, builtin-articles.ts),
 * so an app that imports one element ships that element's built-in content and no
 * other's. The content controller, which every element shares, reads it from here;
 * `content.js` (index.ts) imports every kind, so there it holds all of them.
 */
import { isServer } from 'lit';
import type { Article, ContentByKind, ContentKind } from './schemas.js';

type SetKind = Exclude<ContentKind, 'article'>;

export const BUILTIN_SETS: { [K in SetKind]: Record<string, ContentByKind[K]> } = {
  'prompt-set': {},
  'comparison-set': {},
  'resource-list': {},
};

/** Loaders of the built-in articles' text, by id (each a file of its own in the npm build). */
export const BUILTIN_ARTICLE_LOADERS: Record<string, () => Promise<Article>> = {};

/** Built-in articles already loaded, by id: every later reader shows its text at once. */
export const fetchedArticles = new Map<string, Article>();

/** @internal */
export function registerBuiltinSets<K extends SetKind>(kind: K, sets: Readonly<Record<string, ContentByKind[K]>>): void {
  Object.assign(BUILTIN_SETS[kind], sets);
}

/** @internal */
export function registerBuiltinArticles(loaders: Readonly<Record<string, () => Promise<Article>>>): void {
  Object.assign(BUILTIN_ARTICLE_LOADERS, loaders);
  // A server renders at once (no second render): there, the articles are read in as soon
  // as they are known, so that they are ready by the time a page is rendered.
  if (isServer) for (const [id, load] of Object.entries(loaders)) void load().then((article) => fetchedArticles.set(id, article));
}
