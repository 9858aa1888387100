/**
 * The content model and all the built-in content, for developers who want to read, extend
 * or validate it: `import { builtinArticles, validateContent } from 'emotional-safety-elements/content.js'`.
 * Importing it fills the content registry (registry.ts) with every kind; the elements each
 * import only their own kind's module.
 */
import { whatEmotionalSafetyMeans } from './articles/what-emotional-safety-means.js';
import { rebuildingSafetyAndTrust } from './articles/rebuilding-safety-and-trust.js';
import { builtinPromptSets } from './builtin-prompts.js';
import { builtinComparisonSets } from './builtin-comparisons.js';
import { builtinResourceLists } from './builtin-resources.js';
import type { Article, ContentByKind, ContentKind } from './schemas.js';

export * from './schemas.js';
export { builtinPromptSets, DEFAULT_PROMPT_SET_ID } from './builtin-prompts.js';
export { builtinComparisonSets, DEFAULT_COMPARISON_SET_ID } from './builtin-comparisons.js';
export { builtinResourceLists, DEFAULT_RESOURCE_LIST_ID } from './builtin-resources.js';
export { DEFAULT_ARTICLE_ID } from './builtin-articles.js';
export { articleText, blockText } from './plain-text.js';
export { HELPLINE_DIRECTORY_URL } from './resources/intl.js';
export { checkContent, formatPath, type ContentIssue, type CheckResult, type PathSegment } from './schema-kit.js';
export { validateContent } from './validate.js';

/** The built-in articles' full text, by id. */
export const builtinArticles: Readonly<Record<string, Article>> = {
  [whatEmotionalSafetyMeans.id]: whatEmotionalSafetyMeans,
  [rebuildingSafetyAndTrust.id]: rebuildingSafetyAndTrust,
};

/** Every built-in content item, by kind and id. */
export const BUILTINS: { [K in ContentKind]: Readonly<Record<string, ContentByKind[K]>> } = {
  article: builtinArticles,
  'prompt-set': builtinPromptSets,
  'comparison-set': builtinComparisonSets,
  'resource-list': builtinResourceLists,
};

/**
 * The built-in sets without the articles.
 * @deprecated Use `BUILTINS`, which holds the same sets and the articles too.
 */
export const BUILTIN_SETS = {
  'prompt-set': builtinPromptSets,
  'comparison-set': builtinComparisonSets,
  'resource-list': builtinResourceLists,
} as const;
