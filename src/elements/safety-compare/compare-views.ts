import { html, nothing, type TemplateResult } from 'lit';
import type { ComparisonRow } from '../../content/schemas.js';
import type { MessageKey, MessageParams } from '../../l10n/index.js';

/**
 * The two layouts of `<es-safety-compare>`, written as plain template functions over one
 * view model; the element renders the one its width calls for. A `<table>` restyled into
 * stacked blocks loses its table semantics in some browser and screen-reader pairs, so
 * each layout keeps the structure that is true to it.
 *
 * The DOM is kept lean on purpose (a page may hold many comparisons): the symbols are
 * pseudo-elements of the text they mark, and the content's language is set once on the
 * frame, so interface text inside it carries `lang` instead.
 */

export type Side = 'safe' | 'unsafe';

/** Text with the language it is written in (content may differ from the interface). */
export interface Labelled {
  text: string;
  lang?: string;
}

export interface CompareView {
  /** Language of the interface's own words (labels, buttons). */
  uiLang: string;
  rows: readonly ComparisonRow[];
  title: string;
  description?: string;
  /** Language of the content's own text. */
  contentLang?: string;
  labels: Record<Side, Labelled>;
  /** Each side's label as said before its items ("Not safe:"), worked out once a view. */
  prefixes: Record<Side, string>;
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
 * Each side's symbol, so the two differ in shape as well as colour: a tick or a cross,
 * drawn with CSS borders on the marked element's own ::before and ::after (see `.mark` in
 * the styles). Borders follow the text colour in forced-colours mode, need no image
 * (strict CSPs block data: URLs) and add no element to the page.
 */
const mark = (side: Side) => `mark ${side}`;

/** The order of the sides: in reflection mode the pattern comes first, then what is safe. */
function order(view: CompareView): [Side, Side] {
  return view.interactive ? ['unsafe', 'safe'] : ['safe', 'unsafe'];
}

/**
 * One item, said with its side every time ("Not safe: Reactivity"): screen-reader users
 * navigating cell by cell or line by line otherwise lose which side they are on. In
 * reflection mode the item's text has an id, for the reveal button to be described by.
 * `marked` draws the side's symbol before it (the pairs show it on their label instead).
 */
function item(view: CompareView, row: ComparisonRow, side: Side, idPrefix: string, marked: boolean): TemplateResult {
  return html`<span class="item ${marked ? mark(side) : side}"
    ><span class="visually-hidden" lang=${view.labels[side].lang ?? nothing}>${view.prefixes[side]} </span
    >${itemText(view, row, side, idPrefix)}</span
  >`;
}

/** "Not safe:", in the interface's words, or the label the page or the set gives. */
export const sidePrefix = (t: CompareView['t'], label: Labelled) => t('compare.sidePrefix', { label: label.text });

/** The item's own words; in reflection mode with an id, for the reveal button to be described by. */
const itemText = (view: CompareView, row: ComparisonRow, side: Side, idPrefix: string) =>
  view.interactive ? html`<span id="${idPrefix}-${row.id}-${side}">${row[side]}</span>` : row[side];

function revealButton(view: CompareView, row: ComparisonRow, idPrefix: string, marked: boolean): TemplateResult {
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
      lang=${view.uiLang}
      @click=${() => view.onReveal(row.id)}
    >
      ${view.t(open ? 'compare.conceal' : 'compare.reveal')}
    </button>
    <div class="revealed" id=${regionId} ?hidden=${!open}>${item(view, row, 'safe', idPrefix, marked)} ${explanation(view, row)}</div>`;
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
      <span lang=${view.uiLang}>${view.t('compare.more')}</span><span class="visually-hidden">: ${row.safe}</span>
    </summary>
    <p>${row.explanation}</p>
    ${cite ? html`<p class="source" lang=${view.uiLang}>${cite}</p>` : nothing}
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
  return html`<th scope="col" class=${side}><span class="heading ${mark(side)}" lang=${label.lang ?? nothing}>${label.text}</span></th>`;
}

/**
 * A row of the table: the cells are the items themselves, and the sides are fixed (safe,
 * then not safe), so one flat template a row, as a page may repeat a comparison many times.
 */
function tableRow(view: CompareView, row: ComparisonRow): TemplateResult {
  return html`<tr>
    <th scope="row" class="item mark safe"
      ><span class="visually-hidden" lang=${view.labels.safe.lang ?? nothing}>${view.prefixes.safe} </span>${row.safe}</th
    >
    <td class="item mark unsafe"
      ><span class="visually-hidden" lang=${view.labels.unsafe.lang ?? nothing}>${view.prefixes.unsafe} </span>${row.unsafe}</td
    >
    ${aboutColumn(view) ? html`<td class="about-cell">${explanation(view, row)}</td>` : nothing}
  </tr>`;
}

/** A row in reflection mode: the pattern, then the button that reveals the safe side. */
function reflectionRow(view: CompareView, row: ComparisonRow): TemplateResult {
  return html`<tr>
    <th scope="row" class="item mark unsafe"
      ><span class="visually-hidden" lang=${view.labels.unsafe.lang ?? nothing}>${view.prefixes.unsafe} </span
      >${itemText(view, row, 'unsafe', 't')}</th
    >
    <td class="safe">${revealButton(view, row, 't', true)}</td>
  </tr>`;
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
    <table part="table" aria-labelledby="t-title" aria-describedby=${view.description ? 't-description' : nothing}>
      <caption>
        <!-- Named by the title alone, described by the sentence after it. -->
        <span class="title" id="t-title">${view.title}</span>
        ${view.description ? html`<span class="description" id="t-description">${view.description}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          ${columnHeading(view, first)} ${columnHeading(view, second)}
          ${aboutColumn(view) ? html`<th scope="col" class="about-heading" lang=${view.uiLang}>${view.t('compare.aboutHeading')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${view.rows.map((row) => (view.interactive ? reflectionRow(view, row) : tableRow(view, row)))}
      </tbody>
    </table>
  </div>`;
}

function pairSide(view: CompareView, row: ComparisonRow, side: Side, idPrefix: string): TemplateResult {
  const label = view.labels[side];
  // The visible label is the same words as the hidden prefix read with the item, so it is
  // hidden from screen readers rather than said twice.
  const visibleLabel = html`<span class="side-label ${mark(side)}" aria-hidden="true" lang=${label.lang ?? nothing}>${label.text}</span>`;
  if (side === 'safe' && view.interactive) {
    return html`<div class="side safe">${visibleLabel}${revealButton(view, row, idPrefix, false)}</div>`;
  }
  return html`<p class="side ${side}">${visibleLabel}${item(view, row, side, idPrefix, false)}</p>`;
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
    <p class="title" id="p-title">${view.title}</p>
    ${view.description ? html`<p class="description">${view.description}</p>` : nothing}
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
