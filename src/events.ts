import type { ContentProblem } from './core/content-problem.js';

/**
 * The events the elements fire, typed once for every consumer. Each one bubbles and is
 * composed (it crosses shadow roots), so a listener on `document` hears every element.
 *
 * These are types only: the elements dispatch plain `CustomEvent`s (and one `Event`), so
 * nothing here adds to the script. The `HTMLElementEventMap` entries below make
 *
 *   document.querySelector('es-reflection-card')
 *     ?.addEventListener('es-prompt-change', (event) => event.detail.index);
 *
 * type-check with `event.detail.index` as a `number`, on any element or on `document`.
 */

/** `es-section-change`: the section being read changed (`<es-article-reader>`). */
export interface SectionChangeDetail {
  /** The section's id (its heading's `id`, usable as `page#id`); `null` for the introduction. */
  id: string | null;
}

/** `es-prompt-change`: another prompt is shown (`<es-reflection-card>`). */
export interface PromptChangeDetail {
  /** Zero-based position of the prompt now shown in its set. */
  index: number;
}

/**
 * `es-content-error`: an element could not use its content and shows a kind message
 * instead (`<es-article-reader>`, `<es-reflection-card>`, `<es-safety-compare>`,
 * `<es-support-resources>`). The rest of the page carries on.
 */
export interface ContentErrorDetail {
  /** What went wrong: an unknown id, broken JSON, a failed fetch, or content that fails the schema. */
  problem: ContentProblem;
}

export type SectionChangeEvent = CustomEvent<SectionChangeDetail>;
export type PromptChangeEvent = CustomEvent<PromptChangeDetail>;
export type ContentErrorEvent = CustomEvent<ContentErrorDetail>;
/** `es-article-complete`: the reader reached the end of the article, once per article. No detail. */
export type ArticleCompleteEvent = Event;

/** Every event name the package fires, with its event type. */
export interface EsEventMap {
  'es-section-change': SectionChangeEvent;
  'es-article-complete': ArticleCompleteEvent;
  'es-prompt-change': PromptChangeEvent;
  'es-content-error': ContentErrorEvent;
}

declare global {
  // The events bubble and are composed, so any element, and the document, may hear them.
  // (Each element also declares its own, for when it is imported alone.) Merged into the
  // DOM's own maps, which is what `addEventListener` reads.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends EsEventMap {}
  interface DocumentEventMap extends EsEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
