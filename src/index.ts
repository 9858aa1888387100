/**
 * Registers every element. The provider comes first so that, when the tags are already
 * in the page, `<es-practice>` upgrades before the elements that read from it.
 */
export { EsPractice } from './elements/practice/practice.js';
export { EsSafetyCompare } from './elements/safety-compare/safety-compare.js';
export { EsReflectionCard } from './elements/reflection-card/reflection-card.js';
export { clearStoredData, clearNotes } from './core/device-storage.js';
export { EsArticleReader } from './elements/article-reader/article-reader.js';
export { EsContactCta } from './elements/contact-cta/contact-cta.js';
export { EsSupportResources } from './elements/support-resources/support-resources.js';
export { EsQuickExit } from './elements/quick-exit/quick-exit.js';
export { registerMessages, BUILT_IN_LOCALES } from './core/l10n/index.js';
export type { PracticeSettings, Region, Theme } from './core/practice-context.js';
export type {
  ArticleCompleteEvent,
  ContentErrorDetail,
  ContentErrorEvent,
  EsEventMap,
  PromptChangeDetail,
  PromptChangeEvent,
  SectionChangeDetail,
  SectionChangeEvent,
} from './events.js';
export type { ContentProblem } from './core/content-problem.js';
export { VERSION } from './version.js';
