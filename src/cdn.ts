/**
 * The script-tag build (dist/cdn/emotional-safety.js). It registers the same elements
 * as the npm entry, with one difference that keeps the file small for readers on slow
 * connections: the two largest elements, the article reader (whose article text is
 * fetched on demand anyway) and the reflection card, are fetched from beside this
 * script as soon as the page has one, and otherwise when the browser is idle, so they
 * are always registered in the end. Integrations can wait with
 * `customElements.whenDefined('es-article-reader')` (or `'es-reflection-card'`).
 */
// First of all: the quick exit is on screen before the other elements render.
import './internal/quick-exit-first.js';
export { EsPractice } from './elements/practice/practice.js';
export { EsQuickExit } from './elements/quick-exit/quick-exit.js';
export { EsSafetyCompare } from './elements/safety-compare/safety-compare.js';
export { clearNotes } from './controllers/notes-controller.js';
export { EsContactCta } from './elements/contact-cta/contact-cta.js';
export { EsSupportResources } from './elements/support-resources/support-resources.js';
export { registerMessages, BUILT_IN_LOCALES } from './l10n/index.js';
export type { PracticeSettings, Region, Theme } from './context/practice-context.js';
export { VERSION } from './version.js';

import { DEFAULT_ARTICLE_ID } from './content/builtin-sets.js';
import { INLINE_CONTENT_SELECTOR, loadBuiltinArticle } from './controllers/content-controller.js';

const READER = 'es-article-reader';

/**
 * Starts fetching the built-in article texts the page's readers will ask for, beside the
 * reader's own code rather than after it: one round trip instead of two on a slow
 * connection. Readers that start after the text has come show it on their first render.
 */
function prefetchArticles(): void {
  const ids = new Set<string>();
  for (const reader of document.querySelectorAll(READER)) {
    if (reader.hasAttribute('src') || reader.querySelector(INLINE_CONTENT_SELECTOR)) continue;
    // An empty reader shows the default article; one with HTML inside may show that instead.
    const id = reader.getAttribute('article')?.trim() || (reader.childElementCount === 0 ? DEFAULT_ARTICLE_ID : undefined);
    if (id) ids.add(id);
  }
  // An unknown id, or a fetch that fails, is the reader's to explain to the reader.
  for (const id of ids) loadBuiltinArticle(id)?.catch(() => undefined);
}

/**
 * Fetches an element's code as soon as the page has one (the observer also sees those
 * added later), else when the browser is idle: an element created inside another
 * component's shadow root is invisible to the observer, and idle time covers it.
 */
function registerWhenNeeded(tag: string, load: () => void): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  let requested = false;
  const once = () => {
    if (requested) return;
    requested = true;
    observer.disconnect();
    load();
  };
  const observer = new MutationObserver(() => {
    if (document.querySelector(tag)) once();
  });
  if (document.querySelector(tag)) return once();
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if ('requestIdleCallback' in window) requestIdleCallback(once, { timeout: 2000 });
  else setTimeout(once, 1000);
}

registerWhenNeeded(READER, () => {
  void import('./elements/article-reader/article-reader.js');
  prefetchArticles();
});
registerWhenNeeded('es-reflection-card', () => void import('./elements/reflection-card/reflection-card.js'));
