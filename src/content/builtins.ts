/**
 * All the built-in content, by id, held in memory: for developers (`content.js`),
 * stories and tests. The elements themselves use builtin-sets.ts and fetch articles on
 * demand through article-index.ts.
 */
import { whatEmotionalSafetyMeans } from './articles/what-emotional-safety-means.js';
import { rebuildingSafetyAndTrust } from './articles/rebuilding-safety-and-trust.js';
import { builtinComparisonSets, builtinPromptSets, builtinResourceLists, type ContentByKind } from './builtin-sets.js';
import type { Article, ContentKind } from './schemas.js';

export * from './builtin-sets.js';

export const builtinArticles: Readonly<Record<string, Article>> = {
  [whatEmotionalSafetyMeans.id]: whatEmotionalSafetyMeans,
  [rebuildingSafetyAndTrust.id]: rebuildingSafetyAndTrust,
};

export const BUILTINS: { [K in ContentKind]: Readonly<Record<string, ContentByKind[K]>> } = {
  article: builtinArticles,
  'prompt-set': builtinPromptSets,
  'comparison-set': builtinComparisonSets,
  'resource-list': builtinResourceLists,
};
