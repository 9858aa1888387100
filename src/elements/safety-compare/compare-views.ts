import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ComparisonRow } from '../../content/schemas.js';
import type { MessageKey, MessageParams } from '../../l10n/index.js';

/**
 * The two layouts of `<es-safety-compare>`, written as plain template functions over one
 * view model. Both are always rendered and a container query hides one with
 * `display: none` (which also hides it from assistive technology): a `<table>` restyled
 * into stacked blocks loses its table semantics in some browser and screen-reader pairs,
 * so each layout keeps the structure that is true to it.
 */

export type Side = 'safe' | 'unsafe';

/** Text with the language it is written in (content may differ from the interface). */
export interface Labelled {
  text: string;
  lang?: string;
}

export interface CompareView {
  rows: readonly ComparisonRow[];
  title: string;
  description?: string;
  /** Language of the content's own text. */
  contentLang?: string;
  labels: Record<Side, Labelled>;
  interactive: boolean;
  explanations: boolean;
  /** Rows whose safe side the reader has revealed (interactive mode). */
  revealed: ReadonlySet<string>;
  /** Rows whose explanation is open. */
  opened: ReadonlySet<string>;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Where a row's explanation comes from, as a sentence, if it can be traced. */
  citation: (row: ComparisonRow) => string | undefined;
  onReveal: (rowId: string) => void;
  onExplain: (rowId: string, open: boolean) => void;
}

/**
 * A symbol beside each label, so the two sides differ in shape as well as colour: a tick
 * or a cross, drawn with CSS borders (see .icon in the styles). Borders follow the text
 * colour in forced-colours mode, need no image (strict CSPs block data: URLs) and are far
 * cheaper to render than hundreds of inline SVGs.
 */
function icon(side: Side): TemplateResult {
  return html`<span class="icon ${side}" aria-hidden="true"></span>`;
}

/** The order of the sides: in reflection mode the pattern comes first, then what is safe. */
function order(view: CompareView): [Side, Side] {
  return view.interactive ? ['unsafe', 'safe'] : ['safe', 'unsafe'];
}

/**
 * One item, said with its side every time ("Not safe: Reactivity"): screen-reader users
 * navigating cell by cell or line by line otherwise lose which side they are on.
 */
function item(view: CompareView, row: ComparisonRow, side: Side, idPrefix: string): TemplateResult {
  const label = view.labels[side];
  return html`<span class="item ${side}"
    >${icon(side)}<span class="visually-hidden" lang=${ifDefined(label.lang)}
      >${view.t('compare.sidePrefix', { label: label.text })} </span
    ><span id="${idPrefix}-${row.id}-${side}" lang=${ifDefined(view.contentLang)}>${row[side]}</span></span
  >`;
}

function revealButton(view: CompareView, row: ComparisonRow, idPrefix: string): TemplateResult {
  const open = view.revealed.has(row.id);
  const regionId = `${idPrefix}-${row.id}-revealed`;
  // Described by the pattern it answers, so the button makes sense when reached by Tab.
  return html`<button
      type="button"
      class="reveal"
      part="reveal"
      data-focus-key="reveal-${row.id}"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${regionId}
      aria-describedby="${idPrefix}-${row.id}-unsafe"
      @click=${() => view.onReveal(row.id)}
    >
      ${view.t(open ? 'compare.conceal' : 'compare.reveal')}
    </button>
    <div class="revealed" id=${regionId} ?hidden=${!open}>${item(view, row, 'safe', idPrefix)} ${explanation(view, row)}</div>`;
}

function explanation(view: CompareView, row: ComparisonRow): TemplateResult | typeof nothing {
  if (!view.explanations || !row.explanation) return nothing;
  const cite = view.citation(row);
  return html`<details
    class="about"
    part="about"
    ?open=${view.opened.has(row.id)}
    @toggle=${(event: Event) => view.onExplain(row.id, (event.currentTarget as HTMLDetailsElement).open)}
  >
    <summary data-focus-key="about-${row.id}">
      ${view.t('compare.more')}<span class="visually-hidden"
        >: <span lang=${ifDefined(view.contentLang)}>${row.safe}</span></span
      >
    </summary>
    <p lang=${ifDefined(view.contentLang)}>${row.explanation}</p>
    ${cite ? html`<p class="source">${cite}</p>` : nothing}
  </details>`;
}

/**
 * Explanations get a column of their own, except in reflection mode: there they would
 * give the answer away, so each one waits inside the safe side it explains.
 */
export function aboutColumn(view: CompareView): boolean {
  return view.explanations && !view.interactive;
}

function columnHeading(view: CompareView, side: Side): TemplateResult {
  const label = view.labels[side];
  return html`<th scope="col" class=${side}>
    <span class="heading">${icon(side)}<span lang=${ifDefined(label.lang)}>${label.text}</span></span>
  </th>`;
}

/**
 * The wide layout: a real table. Each row's first cell is its row header (`<th
 * scope="row">`), not an extra column of names: moving along the other column, a screen
 * reader then announces the pair ("Emotionally safe: Responsiveness — Not safe:
 * Reactivity"), which is the point of the comparison. In reflection mode the first cell
 * is the unsafe pattern, because the safe side is still a button then and a button makes
 * a poor row header.
 */
export function renderTable(view: CompareView): TemplateResult {
  const [first, second] = order(view);
  return html`<div class="table-view">
    <table part="table" aria-labelledby="t-title" aria-describedby=${ifDefined(view.description ? 't-description' : undefined)}>
      <caption>
        <!-- Named by the title alone, described by the sentence after it. -->
        <span class="title" id="t-title" lang=${ifDefined(view.contentLang)}>${view.title}</span>
        ${view.description
          ? html`<span class="description" id="t-description" lang=${ifDefined(view.contentLang)}>${view.description}</span>`
          : nothing}
      </caption>
      <thead>
        <tr>
          ${columnHeading(view, first)} ${columnHeading(view, second)}
          ${aboutColumn(view) ? html`<th scope="col" class="about-heading">${view.t('compare.aboutHeading')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${view.rows.map(
          (row) => html`<tr>
            <th scope="row" class=${first}>${item(view, row, first, 't')}</th>
            <td class=${second}>
              ${view.interactive ? revealButton(view, row, 't') : item(view, row, second, 't')}
            </td>
            ${aboutColumn(view) ? html`<td class="about-cell">${explanation(view, row)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function pairSide(view: CompareView, row: ComparisonRow, side: Side, idPrefix: string): TemplateResult {
  const label = view.labels[side];
  // The visible label is the same words as the hidden prefix read with the item, so it is
  // hidden from screen readers rather than said twice.
  const visibleLabel = html`<span class="side-label" aria-hidden="true"
    >${icon(side)}<span lang=${ifDefined(label.lang)}>${label.text}</span></span
  >`;
  if (side === 'safe' && view.interactive) {
    return html`<div class="side safe">${visibleLabel}${revealButton(view, row, idPrefix)}</div>`;
  }
  return html`<p class="side ${side}">${visibleLabel}${item(view, row, side, idPrefix)}</p>`;
}

/**
 * The narrow layout: a list of pairs. Each list item is one pair, and each side carries
 * its own visible label, so nothing depends on a column heading scrolled out of view.
 */
export function renderPairs(view: CompareView): TemplateResult {
  const [first, second] = order(view);
  // role="list" is deliberate: WebKit drops the list role from a <ul> without bullets,
  // and "list, 9 items" is how a VoiceOver user learns how long the comparison is.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`<div class="pairs-view">
    <p class="title" id="p-title" lang=${ifDefined(view.contentLang)}>${view.title}</p>
    ${view.description ? html`<p class="description" lang=${ifDefined(view.contentLang)}>${view.description}</p>` : nothing}
    <ul class="pairs" part="pairs" role="list" aria-labelledby="p-title">
      ${view.rows.map(
        (row) => html`<li class="pair" part="pair">
          ${pairSide(view, row, first, 'p')} ${pairSide(view, row, second, 'p')}
          ${view.interactive ? nothing : explanation(view, row)}
        </li>`,
      )}
    </ul>
  </div>`;
  /* eslint-enable lit-a11y/no-redundant-role */
}
