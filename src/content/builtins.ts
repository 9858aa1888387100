/**
 * The built-in content, by id: the one place elements, stories and tests look it up.
 */
import { whatEmotionalSafetyMeans } from './articles/what-emotional-safety-means.js';
import { rebuildingSafetyAndTrust } from './articles/rebuilding-safety-and-trust.js';
import { emotionalSafetyPrompts } from './prompts/emotional-safety.js';
import { safeVsUnsafe } from './comparisons/safe-vs-unsafe.js';
import { isVsIsNot } from './comparisons/is-vs-is-not.js';
import { usResources } from './resources/us.js';
import { caResources } from './resources/ca.js';
import { gbResources } from './resources/gb.js';
import { auResources } from './resources/au.js';
import { intlResources } from './resources/intl.js';
import type { Article, ComparisonSet, ContentKind, PromptSet, ResourceList } from './schemas.js';

export const builtinArticles: Readonly<Record<string, Article>> = {
  [whatEmotionalSafetyMeans.id]: whatEmotionalSafetyMeans,
  [rebuildingSafetyAndTrust.id]: rebuildingSafetyAndTrust,
};

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

export const BUILTINS: { [K in ContentKind]: Readonly<Record<string, ContentByKind[K]>> } = {
  article: builtinArticles,
  'prompt-set': builtinPromptSets,
  'comparison-set': builtinComparisonSets,
  'resource-list': builtinResourceLists,
};

export const DEFAULT_ARTICLE_ID = whatEmotionalSafetyMeans.id;
export const DEFAULT_PROMPT_SET_ID = emotionalSafetyPrompts.id;
export const DEFAULT_COMPARISON_SET_ID = safeVsUnsafe.id;
export const DEFAULT_RESOURCE_LIST_ID = intlResources.id;
