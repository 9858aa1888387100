import { html, nothing } from 'lit';
import { BUILTIN_ARTICLE_INDEX } from '../../content/article-index.js';
import { DEFAULT_COMPARISON_SET_ID } from '../../content/builtin-comparisons.js';
import type { ComparisonRow, ComparisonSet } from '../../content/schemas.js';
import { ContentController } from '../../core/content-controller.js';
import { nearestLang } from '../../core/localize-controller.js';
import { renderContentProblem } from '../../core/content-problem-view.js';
import { renderedCopy } from '../../core/rendered-copy.js';
import { defineElement } from '../../core/define.js';
import { EsElement } from '../../core/es-element.js';
import { buttonStyles } from '../../core/styles/buttons.js';
import { baseStyles } from '../../core/styles/tokens.js';
import { aboutColumn, renderPairs, renderTable, sidePrefix, type CompareView, type Labelled } from './compare-views.js';
import { CompareLayoutController, TABLE_MIN_REM, TABLE_WITH_ABOUT_MIN_REM, type CompareLayout } from './compare-layout.js';
import { CrowdController } from './crowd.js';
import { safetyCompareStyles } from './safety-compare.styles.js';
import './safety-compare.messages.js';
import type { ContentErrorEvent } from '../../events.js';

/**
 * The "safe vs not safe" comparison: what an emotionally safe relationship looks like
 * beside the pattern it replaces. It follows the space it is given, not the screen: a
 * table with column and row headers from 30rem wide (38rem with explanations), stacked
 * pairs below that (only the layout in use is rendered). Each item is read with its side's label, so the unsafe side is said
 * as "Not safe: …" on every line (or the set's own label, such as "Emotional safety is
 * not: …").
 * Meaning never rests on colour: each side has a text label and its own symbol.
 *
 * With `interactive`, it becomes a gentle reflection: the reader meets each unsafe
 * pattern first and reveals what safety looks like instead, one at a time or all at once.
 * With `explanations`, each row can open a short explanation from the content (the
 * built-in sets quote the articles and name the section they come from).
 *
 * @tagname es-safety-compare
 * @summary A side-by-side comparison of emotionally safe and unsafe patterns.
 *
 * @csspart base - The outermost wrapper.
 * @csspart heading - The title, a heading at `heading-level` (default 2).
 * @csspart table - The comparison table (wide layout).
 * @csspart pairs - The list of pairs (narrow layout).
 * @csspart pair - One pair in the narrow layout.
 * @csspart hint - The invitation shown above the comparison in interactive mode.
 * @csspart controls - The "Show all" and "Hide all" buttons (interactive mode).
 * @csspart reveal - Each button that shows or hides the safe side of a row (interactive mode).
 * @csspart about - Each row's explanation disclosure (with `explanations`).
 * @csspart error - The message shown when the content cannot be used.
 *
 * @cssprop [--es-color-safe=color-mix(in srgb, #1c6547 50%, currentColor)] - Colour of the safe side's symbols, labels and accents. Default: a calm green (#1c6547 light, #82d3ae dark; without a theme, #1c6547 mixed half-and-half with the page's text colour); choose one with 4.5:1 contrast on your background.
 * @cssprop [--es-color-unsafe=color-mix(in srgb, #8c3547 50%, currentColor)] - Colour of the unsafe side's symbols, labels and accents. Default: a muted rose (#8c3547 light, #f2a9b5 dark; without a theme, #8c3547 mixed half-and-half with the page's text colour); choose one with 4.5:1 contrast on your background.
 * @cssprop [--es-color-text=currentColor] - Text colour (default: inherited from the page).
 * @cssprop [--es-color-surface=transparent] - Background colour (default: transparent).
 * @cssprop [--es-color-raised=color-mix(in srgb, currentColor 6%, transparent)] - Background of the pairs and buttons.
 * @cssprop [--es-color-muted=currentColor] - Colour of the description, hint and sources.
 * @cssprop [--es-color-border=color-mix(in srgb, currentColor 55%, transparent)] - Colour of the dividers.
 * @cssprop [--es-color-accent=color-mix(in srgb, #1d5c87 50%, currentColor)] - Colour of the focus ring (through `--es-color-focus`).
 * @cssprop [--es-color-focus=var(--es-color-accent)] - Colour of the focus ring.
 * @cssprop [--es-font-body=inherit] - Body font (default: inherited from the page).
 * @cssprop [--es-font-heading=inherit] - Font of the title.
 * @cssprop [--es-max-width=42rem] - Widest the element grows (default: 42rem).
 * @cssprop [--es-block-gap=1.5em] - Space kept from whatever comes before the element: another element, the host's text (default: 1.5em; none when it comes first).
 * @cssprop [--es-content-visibility=unset] - Unset (default): laid out at once, unless the page holds more than 20 comparisons; then each far off screen is laid out only when scrolled near (`content-visibility: auto`), which keeps such pages fast but leaves those blank in a full-page capture. `visible` or `auto` decides, whatever the count.
 * @cssprop [--es-radius=0.5rem] - Corner radius.
 * @cssprop [--es-space=1rem] - Padding inside a themed element.
 *
 * @fires es-content-error - The content could not be used; `detail.problem` says why.
 */
export class EsSafetyCompare extends EsElement {
  static override styles = [baseStyles, buttonStyles, safetyCompareStyles];
  static override properties = {
    set: {},
    src: {},
    safeLabel: { attribute: 'safe-label' },
    unsafeLabel: { attribute: 'unsafe-label' },
    interactive: { type: Boolean, reflect: true },
    explanations: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of a built-in comparison set: `safe-vs-unsafe` (the default) or `is-vs-is-not`. */
  set?: string;

  /** URL of a comparison set as JSON (see `schema/comparison-set.schema.json`). Wins over `set`. */
  src?: string;

  /** Heading of the safe side. Default: the set's own label, else "Emotionally safe". */
  safeLabel?: string;

  /** Heading of the unsafe side. Default: the set's own label, else "Not safe". */
  unsafeLabel?: string;

  /**
   * Reflection mode: each unsafe pattern comes first and the reader reveals what safety
   * looks like instead, one row at a time or all at once. Default: off.
   */
  interactive = false;

  /**
   * Offer each row's short explanation (when the content has one) behind a "More about
   * this" disclosure the reader opens on demand. Default: off.
   */
  explanations = false;

  /** Level of the title heading (1–6, default 2) so it fits the page's outline. Other values warn once and give 2. */
  headingLevel = 2;

  constructor() {
    super();
    // A page of many comparisons lays out only those near the screen (see crowd.ts).
    new CrowdController(this);
  }

  readonly #content = new ContentController(this, 'comparison-set', () => ({
    src: this.src,
    id: this.set,
    defaultId: DEFAULT_COMPARISON_SET_ID,
  }));

  readonly #layout = new CompareLayoutController(this, '.measure', () =>
    this.explanations && !this.interactive && this.#content.value?.rows.some((row) => row.explanation)
      ? TABLE_WITH_ABOUT_MIN_REM
      : TABLE_MIN_REM,
  );

  /** The set the reveal and explanation state belongs to: new content starts afresh. */
  #stateFor?: ComparisonSet;
  #revealed = new Set<string>();
  #opened = new Set<string>();
  #announcement = '';

  /** The comparison set in use, once loaded. */
  get comparison(): ComparisonSet | undefined {
    return this.#content.value;
  }

  protected override render() {
    const set = this.#content.value;
    if (this.#content.problem) return this.#base(renderContentProblem(this.#content.problem, 'comparison-set', this.localize));
    if (!set) return this.#base(html`<p role="status">${this.t('content.loading')}</p>`);
    if (set !== this.#stateFor) {
      this.#stateFor = set;
      this.#revealed = new Set();
      this.#opened = new Set();
      this.#announcement = '';
    }
    const view = this.#view(set);
    const layout = this.#layout.layout;
    if (view.interactive || view.explanations) return this.#base(this.#renderComparison(view, layout));
    // A plain comparison (no reveal buttons, no explanations) is static text: further
    // elements that show it get a copy (see `renderedCopy`), keyed by what it is given.
    const inputs = { view, layout, baseClass: this.baseClass, lang: this.localize.locale };
    return renderedCopy(set, inputs, (_set, { view, layout, baseClass, lang }) => this.#base(this.#renderComparison(view, layout), baseClass, lang));
  }

  #base(body: unknown, baseClass = this.baseClass, lang = this.localize.locale) {
    return html`<div part="base" class=${baseClass} lang=${lang}>${body}</div>`;
  }

  #renderComparison(view: CompareView, layout: CompareLayout) {
    const shown = view.interactive ? { ...view, controls: this.#renderControls(view.rows, view.uiLang) } : view;
    return html`
      <div class="measure"></div>
      <div class="frame ${aboutColumn(view) ? 'with-about' : ''}" lang=${view.contentLang ?? nothing}>
        ${layout === 'table' ? renderTable(shown) : renderPairs(shown)}
      </div>
    `;
  }

  #renderControls(rows: readonly ComparisonRow[], uiLang: string) {
    return html`<div class="reflect" lang=${uiLang}>
      <p class="hint" part="hint">${this.t('compare.hint')}</p>
      <div class="controls" part="controls" role="group" aria-label=${this.t('compare.controls')}>
        <button type="button" class="btn" @click=${() => this.#revealAll(rows)}>${this.t('compare.showAll')}</button>
        <button type="button" class="btn" @click=${this.#hideAll}>${this.t('compare.hideAll')}</button>
      </div>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
    </div>`;
  }

  #view(set: ComparisonSet): CompareView {
    // Content may be in another language than the interface (the built-in sets are
    // English): each text carries its own `lang`, so it is pronounced correctly.
    const pageLang = nearestLang(this) ?? undefined;
    const contentLang = set.lang ?? pageLang;
    const label = (attribute: string | undefined, own: string | undefined, key: 'compare.safeLabel' | 'compare.unsafeLabel'): Labelled => {
      if (attribute?.trim()) return { text: attribute.trim(), lang: pageLang };
      if (own) return { text: own, lang: contentLang };
      return { text: this.t(key), lang: this.localize.locale };
    };
    const labels = {
      safe: label(this.safeLabel, set.safeLabel, 'compare.safeLabel'),
      unsafe: label(this.unsafeLabel, set.unsafeLabel, 'compare.unsafeLabel'),
    };
    return {
      uiLang: this.localize.locale,
      rows: set.rows,
      title: set.title,
      headingLevel: this.headingLevelFrom(this.headingLevel),
      description: set.description,
      contentLang,
      labels,
      prefixes: { safe: sidePrefix(this.t, labels.safe), unsafe: sidePrefix(this.t, labels.unsafe) },
      interactive: this.interactive,
      explanations: this.explanations && set.rows.some((row) => row.explanation),
      revealed: this.#revealed,
      opened: this.#opened,
      t: this.t,
      citation: (row) => this.#citation(row),
      onReveal: (id) => this.#toggle(id),
      onExplain: (id, open) => this.#explain(id, open),
    };
  }

  /** "From “What Emotional Safety Is”, in “What Emotional Safety Actually Means…”." */
  #citation(row: ComparisonRow): string | undefined {
    if (!row.source) return undefined;
    const article = Object.hasOwn(BUILTIN_ARTICLE_INDEX, row.source.article) ? BUILTIN_ARTICLE_INDEX[row.source.article] : undefined;
    const section = article && Object.hasOwn(article.sections, row.source.section) ? article.sections[row.source.section] : undefined;
    return article && section ? this.t('compare.source', { section, article: article.title }) : undefined;
  }

  #toggle(id: string): void {
    if (!this.#revealed.delete(id)) this.#revealed.add(id);
    // A single disclosure speaks for itself (its expanded state and the text after it).
    this.#announcement = '';
    this.requestUpdate();
  }

  #revealAll(rows: readonly ComparisonRow[]): void {
    this.#revealed = new Set(rows.map((row) => row.id));
    this.#announcement = this.t('compare.allShown', { count: rows.length });
    this.requestUpdate();
  }

  readonly #hideAll = (): void => {
    this.#revealed = new Set();
    this.#opened = new Set();
    this.#announcement = this.t('compare.allHidden');
    this.requestUpdate();
  };

  #explain(id: string, open: boolean): void {
    // Both layouts share the state, so an explanation stays open if the layout changes.
    if (open === this.#opened.has(id)) return;
    if (open) this.#opened.add(id);
    else this.#opened.delete(id);
    this.requestUpdate();
  }
}

defineElement('es-safety-compare', EsSafetyCompare);

declare global {
  interface HTMLElementTagNameMap {
    'es-safety-compare': EsSafetyCompare;
  }  // The events it fires (see src/events.ts), typed wherever this element alone is imported.
  interface HTMLElementEventMap {
    'es-content-error': ContentErrorEvent;
  }
}
