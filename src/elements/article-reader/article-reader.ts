import { html, nothing, type PropertyValues } from 'lit';
import { DEFAULT_ARTICLE_ID } from '../../content/builtin-articles.js';
import type { Article } from '../../content/schemas.js';
import { ContentController, INLINE_CONTENT_SELECTOR } from '../../core/content-controller.js';
import { ReaderPreferencesController } from './reader-preferences-controller.js';
import { ReadingProgressController, type ReadingMarker } from './reading-progress-controller.js';
import { SpeechController } from './speech-controller.js';
import { rendersAsServer } from '../../core/as-server.js';
import { renderContentProblem } from '../../core/content-problem-view.js';
import { renderedCopy } from '../../core/rendered-copy.js';
import { defineElement } from '../../core/define.js';
import { EsElement } from '../../core/es-element.js';
import { buttonStyles } from '../../core/styles/buttons.js';
import { baseStyles } from '../../core/styles/tokens.js';
import '../contact-cta/contact-cta.js';
import { articleReaderStyles } from './article-reader.styles.js';
import './article-reader.messages.js';
import { hasLightArticle, readLightArticle, type LightArticle } from './light-dom-article.js';
import { ComfortDisclosure, readerTools } from './reader-tools.js';
import { comfortOnPage } from './comfort-on-page.js';
import { pageReadingTime } from './reading-time.js';
import { heading } from '../../core/heading.js';
import { articleBody, contentsNav, speechChunks } from './render-article.js';
import { SectionLinksController } from './section-links.js';
import type { ArticleCompleteEvent, ContentErrorEvent, SectionChangeEvent } from '../../events.js';

/**
 * A calm, complete long-form reader for one article: title, reading time, content note,
 * contents, every section with a stable id for `page#section-id` links, a reading
 * progress bar, comfort settings (text size, colours), "Listen", and the practice's call
 * to action at the end. It reads a built-in article, a practice's JSON article (`src` or
 * an inline `<script type="application/json">`), or enhances the practice's own HTML
 * article written inside it, which stays in the page (light DOM) for search engines and
 * for readers without JavaScript.
 *
 * @tagname es-article-reader
 * @summary Long-form reading of one article, with contents, progress and comfort settings.
 *
 * @slot - The practice's own article as HTML (headings, paragraphs, lists…), used when no `article`, `src` or inline JSON is given.
 * @slot title - Filled automatically with the title heading of the practice's own HTML article.
 *
 * @csspart base - The outermost wrapper.
 * @csspart reader - The wrapper that carries the reader's text size and colour scheme.
 * @csspart progress - The reading-progress bar (a `<progress>` element, hidden from assistive technology).
 * @csspart content - The article: header, tools, contents and text (an `<article>`).
 * @csspart header - The title, reading time and content note.
 * @csspart article-title - The article title (for the practice's own HTML, its own heading is used instead).
 * @csspart meta - The reading time.
 * @csspart content-note - The content note shown before the text.
 * @csspart tools - "Listen" and the comfort settings.
 * @csspart listen - The "Listen" group.
 * @csspart listen-button - The Listen / Pause / Resume button.
 * @csspart stop-button - The Stop button.
 * @csspart comfort - The comfort settings disclosure.
 * @csspart contents - The table of contents (`nav`).
 * @csspart body - The article text.
 * @csspart section-heading - Each section heading.
 * @csspart end - What follows the text: the call to action.
 * @csspart error - The message shown when the article cannot be used.
 *
 * @cssprop [--es-color-text=currentColor] - Text colour (default: inherited from the page).
 * @cssprop [--es-color-surface=transparent] - Background colour (default: transparent).
 * @cssprop [--es-color-accent=color-mix(in srgb, #1d5c87 50%, currentColor)] - Links, buttons and the progress bar.
 * @cssprop [--es-color-muted=currentColor] - Reading time and secondary text.
 * @cssprop [--es-color-border=color-mix(in srgb, currentColor 55%, transparent)] - Dividers and control borders.
 * @cssprop [--es-color-raised=color-mix(in srgb, currentColor 6%, transparent)] - Background of the contents and the content note.
 * @cssprop [--es-color-focus=var(--es-color-accent)] - Focus ring.
 * @cssprop [--es-font-body=inherit] - Body font (default: inherited from the page).
 * @cssprop [--es-font-heading=inherit] - Font of the headings.
 * @cssprop [--es-radius=0.5rem] - Corner radius.
 * @cssprop [--es-space=1rem] - Padding.
 * @cssprop [--es-max-width=none] - Widest the element grows (default: none, the host's own text column).
 * @cssprop [--es-block-gap=1.5em] - Space kept from whatever comes before the element: another element, the host's text (default: 1.5em; none when it comes first).
 *
 * @fires es-section-change - The section being read changed. `detail: { id: string | null }` (null: the introduction).
 * @fires es-article-complete - The reader reached the end of the article; once per article. No detail.
 * @fires es-content-error - The article could not be used; `detail.problem` says why.
 */
export class EsArticleReader extends EsElement {
  static override styles = [baseStyles, buttonStyles, articleReaderStyles];
  static override properties = {
    article: {},
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    persist: { type: Boolean },
  };

  /** Id of a built-in article: `what-emotional-safety-means` (default) or `rebuilding-safety-and-trust`. */
  article?: string;

  /** URL of an article as JSON (see `schema/article.schema.json`). */
  src?: string;

  /** Level of the title heading (1–6, default 2) so it fits the page's outline; sections are one level below (at most 6). Other values warn once and give 2. */
  headingLevel = 2;

  /**
   * Offer the reader "Keep these settings on this device" (a checkbox, unticked): only once
   * ticked are the text size and colours stored (localStorage); unticking erases them. The
   * same meaning as the card's `persist`. Default: kept for this page visit only.
   */
  persist = false;

  readonly #content = new ContentController(this, 'article', () => ({
    src: this.src,
    id: this.article,
    defaultId: DEFAULT_ARTICLE_ID,
  }));
  /** The reader's choices; they win over the site's own rules on the practice's HTML article too. */
  readonly #prefs = comfortOnPage(this, new ReaderPreferencesController(this, () => this.persist));
  readonly #speech = new SpeechController(this);
  readonly #comfort = new ComfortDisclosure(this);
  readonly #sections = new SectionLinksController(this, (id) => this.#sectionHeading(id));
  readonly #progress = new ReadingProgressController(this, {
    section: (id) => {
      this.requestUpdate();
      this.dispatchEvent(new CustomEvent('es-section-change', { bubbles: true, composed: true, detail: { id: id ?? null } }));
    },
    progress: (fraction) => this.#showProgress(fraction),
    complete: () => this.dispatchEvent(new Event('es-article-complete', { bubbles: true, composed: true })),
  });

  #light?: LightArticle;
  #lightDirty = true;
  #lightObserver?: MutationObserver;
  #percent = 0;
  /** The article the progress observer was last set up for. */
  #observed?: Article;

  /** The article being shown, once loaded (for the practice's own HTML, as read from it). */
  get loadedArticle(): Article | undefined {
    return this.#light?.article ?? this.#content.value;
  }

  /** Id of the section being read now; undefined before the first section. */
  get currentSection(): string | undefined {
    return this.#progress.section;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lightDirty = true;
    this.#lightObserver ??= new MutationObserver(() => {
      this.#lightDirty = true;
    });
    this.#lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver?.disconnect();
    // The progress controller watches the same markers again on reconnection; the
    // address is not honoured twice, so moving the element never scrolls the page.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') && this.hasUpdated) this.#prefs.reload();
    // A server cannot see the practice's own HTML inside: it renders the built-in article.
    const useLight =
      !rendersAsServer(this) &&
      !this.src && !this.article && !this.querySelector(INLINE_CONTENT_SELECTOR) && hasLightArticle(this);
    if (!useLight) this.#light = undefined;
    else if (this.#lightDirty || !this.#light) {
      this.#light = readLightArticle(this);
      this.#light.title?.setAttribute('slot', 'title');
    }
    this.#lightDirty = false;
  }

  protected override render() {
    const article = this.loadedArticle;
    let body;
    if (!this.#light && this.#content.problem) body = renderContentProblem(this.#content.problem, 'article', this.localize);
    // While the article text is on its way, hold roughly its space so the page does not jump.
    else if (!article) body = html`<p role="status" class="loading">${this.t('content.loading')}</p>`;
    else body = this.#renderReader(article);
    return html`<div part="base" class=${this.baseClass}>${body}</div>`;
  }

  protected override updated(): void {
    const article = this.loadedArticle;
    if (!article || article === this.#observed) return;
    this.#observed = article;
    this.#progress.observe(this.#markers(), this.renderRoot.querySelector('.sentinel')!);
    this.#sections.articleShown();
  }

  #renderReader(article: Article) {
    const level = this.headingLevelFrom(this.headingLevel);
    const separator = this.t('reader.termSeparator');
    const light = this.#light;
    const { fast, slow } = pageReadingTime(article, article.lang || this.localize.locale, separator);
    const time =
      fast === slow ? this.t('reader.readingTime', { count: slow }) : this.t('reader.readingTimeRange', { fast, slow });
    const { contactUrl, phone } = this.practice.settings;
    const speaking = this.#speech.section;
    return html`<div class="reader scheme-${this.#prefs.scheme} size-${this.#prefs.size}" part="reader">
      <progress class="progress" part="progress" max="1" value="0" aria-hidden="true"></progress>
      <article part="content">
        <header part="header">
          ${light ? html`<slot name="title"></slot>` : html`<div lang=${article.lang ?? nothing}>${heading(level, article.title, undefined, 'article-title')}</div>`}
          <p class="meta" part="meta">${time}</p>
          ${article.contentNote
            ? html`<p class="note" part="content-note">
                <strong>${this.t('reader.contentNote')}</strong> <span lang=${article.lang ?? nothing}>${article.contentNote}</span>
              </p>`
            : nothing}
        </header>
        ${readerTools({
          l: this.localize,
          comfort: this.#comfort,
          prefs: this.#prefs,
          speech: this.#speech,
          persist: this.persist,
          speakingHeading: article.sections.find((s) => s.id === speaking)?.heading,
          onListen: () => this.#listen(article, separator),
          onStop: () => this.#stop(),
        })}
        ${contentsNav({
          l: this.localize,
          article,
          current: this.currentSection,
          speaking,
          percent: this.#percent,
          onGo: (event, id) => this.#sections.go(event, id),
        })}
        <div class="body" part="body" lang=${light ? nothing : (article.lang ?? nothing)}>
          ${light ? html`<slot></slot>` : renderedCopy(article, { level, separator }, (text, given) => articleBody(text, Math.min(given.level + 1, 6), given.separator))}
        </div>
        <div class="sentinel" aria-hidden="true"></div>
        ${contactUrl || phone ? html`<div class="end" part="end"><es-contact-cta></es-contact-cta></div>` : nothing}
      </article>
    </div>`;
  }

  /** Headings and blocks in reading order, each with its section. */
  #markers(): ReadingMarker[] {
    if (this.#light) return this.#light.markers;
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.body [id], .body .block')].map((el) => ({
      el,
      section: el.id || el.dataset.section,
    }));
  }

  /** Progress is drawn without a render: a property write, and the spoken value in 10% steps. */
  #showProgress(fraction: number): void {
    const bar = this.renderRoot.querySelector('progress');
    if (bar) bar.value = fraction;
    const percent = Math.round(fraction * 10) * 10;
    if (percent !== this.#percent) {
      this.#percent = percent;
      this.requestUpdate();
    }
  }

  /** The heading of the article's section `id`, in the shadow DOM or the practice's own HTML. */
  #sectionHeading(id: string): HTMLElement | undefined {
    if (!this.loadedArticle?.sections.some((s) => s.id === id)) return undefined;
    const target = this.#light
      ? this.#light.markers.find((m) => m.el.id === id)?.el
      : (this.renderRoot as ShadowRoot).getElementById(id);
    return target instanceof HTMLElement ? target : undefined;
  }

  #listen(article: Article, separator: string): void {
    const speech = this.#speech;
    if (speech.state === 'playing') return speech.pause();
    if (speech.state === 'paused') return speech.resume();
    speech.play(speechChunks(article, separator), article.lang || this.localize.locale);
  }

  async #stop(): Promise<void> {
    this.#speech.stop();
    // The Stop button disappears: keep keyboard focus on the Listen button.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }
}

defineElement('es-article-reader', EsArticleReader);

declare global {
  interface HTMLElementTagNameMap {
    'es-article-reader': EsArticleReader;
  }  // The events it fires (see src/events.ts), typed wherever this element alone is imported.
  interface HTMLElementEventMap {
    'es-section-change': SectionChangeEvent;
    'es-article-complete': ArticleCompleteEvent;
    'es-content-error': ContentErrorEvent;
  }
}
