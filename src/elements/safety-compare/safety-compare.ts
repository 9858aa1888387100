import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_COMPARISON_SET_ID } from '../../content/builtins.js';
import type { ComparisonSet } from '../../content/schemas.js';
import { ContentController } from '../../controllers/content-controller.js';
import { renderContentProblem } from '../../internal/content-problem.js';
import { defineElement } from '../../internal/define.js';
import { EsElement } from '../../internal/es-element.js';
import { baseStyles } from '../../styles/tokens.js';
import { safetyCompareStyles } from './safety-compare.styles.js';

/**
 * The "safe vs not safe" comparison: what an emotionally safe relationship looks like
 * beside the pattern it replaces. Meaning never rests on colour: each side has a text
 * label and a symbol, and every unsafe item is announced as "Not safe".
 *
 * @tagname es-safety-compare
 * @summary A side-by-side comparison of emotionally safe and unsafe patterns.
 *
 * @csspart base - The outermost wrapper.
 * @csspart table - The comparison table.
 * @csspart error - The message shown when the content cannot be used.
 *
 * @cssprop --es-color-safe - Colour of the safe column's symbol and heading.
 * @cssprop --es-color-unsafe - Colour of the unsafe column's symbol and heading.
 * @cssprop --es-color-text - Text colour (default: inherited from the page).
 * @cssprop --es-color-surface - Background colour (default: transparent).
 * @cssprop --es-color-border - Colour of the row dividers.
 * @cssprop --es-font-body - Body font (default: inherited from the page).
 * @cssprop --es-font-heading - Font of the caption.
 * @cssprop --es-max-width - Widest the element grows (default: 42rem).
 *
 * @fires es-content-error - The content could not be used; `detail.problem` says why.
 */
export class EsSafetyCompare extends EsElement {
  static override styles = [baseStyles, safetyCompareStyles];

  /** Id of a built-in comparison set: `safe-vs-unsafe` or `is-vs-is-not`. */
  @property() set?: string;

  /** URL of a comparison set as JSON (see `schema/comparison-set.schema.json`). */
  @property() src?: string;

  /** Heading of the safe column. Default: the set's own label, else "Emotionally safe". */
  @property({ attribute: 'safe-label' }) safeLabel?: string;

  /** Heading of the unsafe column. Default: the set's own label, else "Not safe". */
  @property({ attribute: 'unsafe-label' }) unsafeLabel?: string;

  readonly #content = new ContentController(this, 'comparison-set', () => ({
    src: this.src,
    id: this.set,
    defaultId: DEFAULT_COMPARISON_SET_ID,
  }));

  /** The comparison set in use, once loaded. */
  get comparison(): ComparisonSet | undefined {
    return this.#content.value;
  }

  protected override render() {
    const set = this.#content.value;
    let body;
    if (this.#content.problem) body = renderContentProblem(this.#content.problem, 'comparison-set', this.localize);
    else if (!set) body = html`<p role="status">${this.t('content.loading')}</p>`;
    else body = this.#renderTable(set);
    return html`<div part="base" class=${this.baseClass}>${body}</div>`;
  }

  #renderTable(set: ComparisonSet) {
    const safeLabel = this.safeLabel || set.safeLabel || this.t('compare.safeLabel');
    const unsafeLabel = this.unsafeLabel || set.unsafeLabel || this.t('compare.unsafeLabel');
    return html`
      ${set.description ? html`<p class="description">${set.description}</p>` : nothing}
      <table part="table" lang=${set.lang ?? nothing}>
        <caption>${set.title}</caption>
        <thead>
          <tr>
            <th scope="col" class="safe"><span class="icon" aria-hidden="true">✓</span>${safeLabel}</th>
            <th scope="col" class="unsafe"><span class="icon" aria-hidden="true">✗</span>${unsafeLabel}</th>
          </tr>
        </thead>
        <tbody>
          ${set.rows.map(
            (row) => html`<tr>
              <td>
                <span class="icon safe" aria-hidden="true">✓</span><span class="visually-hidden"
                  >${this.t('compare.safePrefix')} </span
                >${row.safe}
              </td>
              <td>
                <span class="icon unsafe" aria-hidden="true">✗</span><span class="visually-hidden"
                  >${this.t('compare.unsafePrefix')} </span
                >${row.unsafe}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

defineElement('es-safety-compare', EsSafetyCompare);

declare global {
  interface HTMLElementTagNameMap {
    'es-safety-compare': EsSafetyCompare;
  }
}
