/**
 * The built-in content, by id: the one place elements, stories and tests look it up.
 */
import { whatEmotionalSafetyMeans } from './articles/what-emotional-safety-means.js';
import { rebuildingSafetyAndTrust } from './articles/rebuilding-safety-and-trust.js';
import { emotionalSafetyPrompts } from './prompts/emotional-safety.js';
import { safeVsUnsafe } from './comparisons/safe-vs-unsafe.js';
import { isVsIsNot } from './comparisons/is-vs-is-not.js';
import type { Article, ComparisonSet, ContentKind, PromptSet } from './schemas.js';

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

export interface ContentByKind {
  article: Article;
  'prompt-set': PromptSet;
  'comparison-set': ComparisonSet;
}

export const BUILTINS: { [K in ContentKind]: Readonly<Record<string, ContentByKind[K]>> } = {
  article: builtinArticles,
  'prompt-set': builtinPromptSets,
  'comparison-set': builtinComparisonSets,
};

export const DEFAULT_ARTICLE_ID = whatEmotionalSafetyMeans.id;
export const DEFAULT_PROMPT_SET_ID = emotionalSafetyPrompts.id;
export const DEFAULT_COMPARISON_SET_ID = safeVsUnsafe.id;
