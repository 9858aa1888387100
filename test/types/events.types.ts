/**
 * Type tests, checked by `npm run typecheck` (tsc), never run: the event names of the
 * contract carry typed details on every element and on the document, for the whole
 * package and for one element imported alone. Each `@ts-expect-error` line must fail to
 * type-check, or tsc reports the directive as unused.
 */
import type { ContentErrorEvent, EsEventMap, PromptChangeDetail } from '../../src/index.js';
import type { EsReflectionCard } from '../../src/elements/reflection-card/reflection-card.js';

export function promptIndex(card: EsReflectionCard): void {
  card.addEventListener('es-prompt-change', (event) => {
    const index: number = event.detail.index;
    // @ts-expect-error the detail has no `id`
    void event.detail.id;
    void index;
  });
}

export function anyElementHearsBubblingEvents(el: HTMLElement): void {
  el.addEventListener('es-section-change', (event) => {
    const id: string | null = event.detail.id;
    // @ts-expect-error `id` may be null
    const notNull: string = event.detail.id;
    void id;
    void notNull;
  });
  el.addEventListener('es-article-complete', (event) => {
    // @ts-expect-error es-article-complete is a plain Event, with no detail
    void event.detail;
  });
}

export function documentHearsContentErrors(): void {
  document.addEventListener('es-content-error', (event: ContentErrorEvent) => {
    const problem = event.detail.problem;
    if (problem.code === 'unknown-id') void problem.available.join(', ');
    // @ts-expect-error not one of the problem codes
    if (problem.code === 'missing') void problem;
  });
}

export function detailsAreExported(): PromptChangeDetail {
  const names: (keyof EsEventMap)[] = ['es-section-change', 'es-article-complete', 'es-prompt-change', 'es-content-error'];
  void names;
  return { index: 0 };
}
