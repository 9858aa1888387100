import { html, nothing, type TemplateResult } from 'lit';
import { articleChunks } from '../../content/plain-text.js';
import type { Article, Block, Section } from '../../content/schemas.js';
import type { LocalizeController } from '../../core/localize-controller.js';
import type { SpeechChunk } from './speech-controller.js';
import { heading } from '../../core/heading.js';

/**
 * One block, as text, with real semantics: terms are a description list whose term is
 * followed by a (localised) separator, so "Co-regulation: You begin…" reads as written.
 * The block's own elements carry the `block` class and their section, which the reading
 * progress observes; no wrapper element, as an article may have a thousand blocks.
 */
export function block(b: Block, separator: string, sectionId?: string): TemplateResult {
  const s = sectionId ?? nothing;
  switch (b.type) {
    case 'paragraph':
      return html`<p class="block" data-section=${s}>${b.text}</p>`;
    case 'list':
      return b.ordered
        ? html`<ol class="block" data-section=${s}>${b.items.map((item) => html`<li>${item}</li>`)}</ol>`
        : html`<ul class="block" data-section=${s}>${b.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'terms':
      return html`<dl class="terms block" data-section=${s}>
        ${b.items.map((item) => html`<div><dt>${item.term}<span class="sep">${separator}</span></dt><dd>${item.description}</dd></div>`)}
      </dl>`;
    case 'quote':
      return html`${b.lead ? html`<p class="block" data-section=${s}>${b.lead}</p>` : nothing}
        <figure class="quote block" data-section=${s}>
          <blockquote><p>${b.text}</p></blockquote>
          ${b.cite ? html`<figcaption>${b.cite}</figcaption>` : nothing}
        </figure>`;
  }
}

function section(s: Section, level: number, separator: string): TemplateResult {
  return html`<section class="section">
    ${heading(level, s.heading, s.id, 'section-heading')} ${s.blocks.map((b) => block(b, separator, s.id))}
  </section>`;
}

/** The body of an article (intro and sections); the title is rendered by the element. */
export function articleBody(article: Article, sectionLevel: number, separator: string): TemplateResult {
  return html`${(article.intro ?? []).map((b) => block(b, separator))}
  ${article.sections.map((s) => section(s, sectionLevel, separator))}`;
}

export interface ContentsOptions {
  l: LocalizeController;
  article: Article;
  /** The section being read (scrolled to). */
  current?: string;
  /** The section being read aloud. */
  speaking?: string;
  /** Progress in 10% steps, as text for assistive technology (never live: not chatty). */
  percent: number;
  onGo(event: Event, id: string): void;
}

/**
 * The contents: a `nav` linking every section, the one being read marked `aria-current`.
 * Its name carries the article's title ("Contents: …"), so two readers on one page give
 * two landmarks a screen reader can tell apart; the visible label stays "Contents".
 */
export function contentsNav(o: ContentsOptions): TemplateResult | typeof nothing {
  const { l, article } = o;
  if (!article.sections.length) return nothing;
  return html`<nav class="contents" part="contents" aria-label=${l.t('reader.contentsOf', { title: article.title })}>
    <p class="contents-label" aria-hidden="true">${l.t('reader.contents')}</p>
    <ol lang=${article.lang ?? nothing}>
      ${article.sections.map(
        (s) => html`<li>
          <a href="#${s.id}" aria-current=${s.id === o.current ? 'location' : nothing} @click=${(e: Event) => o.onGo(e, s.id)}
            >${s.heading}</a
          >${s.id === o.speaking
            ? html` <span aria-hidden="true">🔊</span><span class="visually-hidden">${l.t('reader.beingRead')}</span>`
            : nothing}
        </li>`,
      )}
    </ol>
    <p class="visually-hidden">${l.t('reader.progress', { percent: o.percent })}</p>
  </nav>`;
}

/** What "Listen" reads, block by block, each with its section. */
export function speechChunks(article: Article, separator: string): SpeechChunk[] {
  const [title, ...rest] = articleChunks(article, separator);
  // The content note is read after the title, where it is shown.
  return [title!, { text: article.contentNote ?? '' }, ...rest].filter((chunk) => chunk.text);
}
