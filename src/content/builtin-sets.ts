/**
 * The built-in prompt sets, comparisons and support lists, by id, all of them (for
 * content.js and tests). Each element imports only the module of its own kind
 * (builtin-prompts.ts, builtin-comparisons.ts, builtin-resources.ts; the articles,
 * fetched on demand, through builtin-articles.ts).
 */
import { builtinPromptSets } from './builtin-prompts.js';
import { builtinComparisonSets } from './builtin-comparisons.js';
import { builtinResourceLists } from './builtin-resources.js';
import type { Article, ComparisonSet, PromptSet, ResourceList } from './schemas.js';

export { builtinPromptSets, DEFAULT_PROMPT_SET_ID } from './builtin-prompts.js';
export { builtinComparisonSets, DEFAULT_COMPARISON_SET_ID } from './builtin-comparisons.js';
export { builtinResourceLists, DEFAULT_RESOURCE_LIST_ID } from './builtin-resources.js';
export { DEFAULT_ARTICLE_ID } from './builtin-articles.js';

export interface ContentByKind {
  article: Article;
  'prompt-set': PromptSet;
  'comparison-set': ComparisonSet;
  'resource-list': ResourceList;
}

/** Built-in content the elements carry with them, by kind (articles are loaded instead). */
export const BUILTIN_SETS = {
  'prompt-set': builtinPromptSets,
  'comparison-set': builtinComparisonSets,
  'resource-list': builtinResourceLists,
} as const;
