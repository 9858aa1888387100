/**
 * The built-in articles, for <es-article-reader>: importing this module registers their
 * loaders (the text of each is a file of its own in the npm build, fetched on demand; the
 * script-tag file carries it inline).
 */
import { BUILTIN_ARTICLE_LOADERS } from './article-loaders.js';
import { registerBuiltinArticles } from './registry.js';

registerBuiltinArticles(BUILTIN_ARTICLE_LOADERS);

export const DEFAULT_ARTICLE_ID = 'what-emotional-safety-means';
