/**
 * The built-in prompt sets, comparisons and support lists, by id. They are small, so the
 * elements always carry them; the articles are fetched on demand (see article-index.ts).
 */
import { emotionalSafetyPrompts } from './prompts/emotional-safety.js';
import { safeVsUnsafe } from './comparisons/safe-vs-unsafe.js';
import { isVsIsNot } from './comparisons/is-vs-is-not.js';
import { usResources } from './resources/us.js';
import { caResources } from './resources/ca.js';
import { gbResources } from './resources/gb.js';
import { auResources } from './resources/au.js';
import { intlResources } from './resources/intl.js';
import type { Article, ComparisonSet, PromptSet, ResourceList } from './schemas.js';

export const builtinPromptSets: Readonly<Record<string, PromptSet>> = {
  [emotionalSafetyPrompts.id]: emotionalSafetyPrompts,
};

export const builtinComparisonSets: Readonly<Record<string, ComparisonSet>> = {
  [safeVsUnsafe.id]: safeVsUnsafe,
  [isVsIsNot.id]: isVsIsNot,
};

/** Support and crisis contacts, by region: the ids match `<es-support-resources region>`. */
export const builtinResourceLists: Readonly<Record<string, ResourceList>> = {
  [usResources.id]: usResources,
  [caResources.id]: caResources,
  [gbResources.id]: gbResources,
  [auResources.id]: auResources,
  [intlResources.id]: intlResources,
};

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

export const DEFAULT_ARTICLE_ID = 'what-emotional-safety-means';
export const DEFAULT_PROMPT_SET_ID = emotionalSafetyPrompts.id;
export const DEFAULT_COMPARISON_SET_ID = safeVsUnsafe.id;
export const DEFAULT_RESOURCE_LIST_ID = intlResources.id;
