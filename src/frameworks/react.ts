/**
 * `emotional-safety-elements/react`: a React component for every element, made by
 * `@lit/react`'s `createComponent` (props are set as properties, events are listened to by
 * their camelCase props), and React 19 JSX types for every `es-*` tag.
 *
 *   import { EsReflectionCard } from 'emotional-safety-elements/react';
 *   <EsReflectionCard set="emotional-safety" journal onPromptChange={(e) => e.detail.index} />
 *
 * Importing this module registers every element. The bare tags type-check too, as React 19
 * really treats them: a prop the element has is set as a property, others as attributes,
 * and an event is `on` + its exact name (`ones-prompt-change`, not `onEsPromptChange`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { EsArticleReader as EsArticleReaderElement } from '../elements/article-reader/article-reader.js';
import { EsContactCta as EsContactCtaElement } from '../elements/contact-cta/contact-cta.js';
import { EsPractice as EsPracticeElement } from '../elements/practice/practice.js';
import { EsQuickExit as EsQuickExitElement } from '../elements/quick-exit/quick-exit.js';
import { EsReflectionCard as EsReflectionCardElement } from '../elements/reflection-card/reflection-card.js';
import { EsSafetyCompare as EsSafetyCompareElement } from '../elements/safety-compare/safety-compare.js';
import { EsSupportResources as EsSupportResourcesElement } from '../elements/support-resources/support-resources.js';
import type { ArticleCompleteEvent, ContentErrorEvent, PromptChangeEvent, SectionChangeEvent } from '../events.js';
import type {
  EsArticleReaderProps,
  EsContactCtaProps,
  EsPracticeProps,
  EsQuickExitProps,
  EsReflectionCardProps,
  EsSafetyCompareProps,
  EsSupportResourcesProps,
} from './react-jsx.js';

const onContentError = 'es-content-error' as EventName<ContentErrorEvent>;

export const EsPractice = createComponent({
  react: React,
  tagName: 'es-practice',
  elementClass: EsPracticeElement,
  displayName: 'EsPractice',
});

export const EsArticleReader = createComponent({
  react: React,
  tagName: 'es-article-reader',
  elementClass: EsArticleReaderElement,
  events: {
    onSectionChange: 'es-section-change' as EventName<SectionChangeEvent>,
    onArticleComplete: 'es-article-complete' as EventName<ArticleCompleteEvent>,
    onContentError,
  },
  displayName: 'EsArticleReader',
});

export const EsReflectionCard = createComponent({
  react: React,
  tagName: 'es-reflection-card',
  elementClass: EsReflectionCardElement,
  events: {
    onPromptChange: 'es-prompt-change' as EventName<PromptChangeEvent>,
    onContentError,
  },
  displayName: 'EsReflectionCard',
});

export const EsSafetyCompare = createComponent({
  react: React,
  tagName: 'es-safety-compare',
  elementClass: EsSafetyCompareElement,
  events: { onContentError },
  displayName: 'EsSafetyCompare',
});

export const EsQuickExit = createComponent({
  react: React,
  tagName: 'es-quick-exit',
  elementClass: EsQuickExitElement,
  displayName: 'EsQuickExit',
});

export const EsSupportResources = createComponent({
  react: React,
  tagName: 'es-support-resources',
  elementClass: EsSupportResourcesElement,
  events: { onContentError },
  displayName: 'EsSupportResources',
});

export const EsContactCta = createComponent({
  react: React,
  tagName: 'es-contact-cta',
  elementClass: EsContactCtaElement,
  displayName: 'EsContactCta',
});

/**
 * A bare tag's JSX props: React's own for any element (`className`, `style`, `ref`, `key`,
 * `children`, `onClick`…) and the element's attributes, properties and events from the
 * manifest (src/frameworks/react-jsx.d.ts, by @wc-toolkit/jsx-types). No other prop passes.
 */
export type EsTagProps<E extends HTMLElement, P> = Omit<React.DetailedHTMLProps<React.HTMLAttributes<E>, E>, keyof P> & P;

/** React 19 JSX types for every `es-*` tag. */
export interface EsIntrinsicElements {
  'es-practice': EsTagProps<EsPracticeElement, EsPracticeProps>;
  'es-article-reader': EsTagProps<EsArticleReaderElement, EsArticleReaderProps>;
  'es-reflection-card': EsTagProps<EsReflectionCardElement, EsReflectionCardProps>;
  'es-safety-compare': EsTagProps<EsSafetyCompareElement, EsSafetyCompareProps>;
  'es-quick-exit': EsTagProps<EsQuickExitElement, EsQuickExitProps>;
  'es-support-resources': EsTagProps<EsSupportResourcesElement, EsSupportResourcesProps>;
  'es-contact-cta': EsTagProps<EsContactCtaElement, EsContactCtaProps>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends EsIntrinsicElements {}
  }
}
