import { html, nothing, type TemplateResult } from 'lit';
import type { ComparisonRow } from '../../content/schemas.js';
import type { MessageKey, MessageParams } from '../../core/l10n/index.js';
import { heading } from '../../core/heading.js';

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
  /** Level of the title's heading (1–6), to fit the page's outline. */
  headingLevel: number;
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
  /** Reflection mode's hint and Show all / Hide all, placed under the title they belong to. */
  controls?: TemplateResult;
}

/**
 * Each side's symbol, so the two differ in shape as well as colour: a tick or a cross,
 * drawn with CSS borders on the marked element's own ::before and ::after (see `.mark` in
 * the styles). Borders follow the text colour in forced-colours mode, need no image
 * (strict CSPs block data: URLs) and add no element to the page.
 */
const mark = (side: Side) => `mark ${side}`;

/**
 * The order of the sides, the same in every mode (safe, then not safe), so a reader who
 * turns reflection mode on or off finds each side where it was.
 */
const ORDER: readonly [Side, Side] = ['safe', 'unsafe'];

/**
 * One item. In the pairs it is said with its side every time ("Not safe: Reactivity"):
 * screen-reader users reading line by line otherwise lose which side they are on. In the
 * table (`marked`) the column header already says the side, so the item is its own words
 * and draws the side's symbol before it (the pairs show it on their label instead).
 */
function item(view: CompareView, row: ComparisonRow, side: Side, marked: boolean): TemplateResult {
  if (marked) return html`<span class="item ${mark(side)}">${row[side]}</span>`;
  return html`<span class="item ${side}"
    ><span class="visually-hidden" lang=${view.labels[side].lang ?? nothing}>${view.prefixes[side]} </span
    >${row[side]}</span
  >`;
}

/** "Not safe:", in the interface's words, or the label the page or the set gives. */
export const sidePrefix = (t: CompareView['t'], label: Labelled) => t('compare.sidePrefix', { label: label.text });

function revealButton(view: CompareView, row: ComparisonRow, idPrefix: string, marked: boolean): TemplateResult {
  const open = view.revealed.has(row.id);
  const regionId = `${idPrefix}-${row.id}-revealed`;
  // Named with the pattern it answers, so each of the buttons makes sense when reached
  // by Tab or listed by a screen reader; the visible words stay short, and come first.
  return html`<button
      type="button"
      class="reveal"
      part="reveal"
      data-focus-key="reveal-${row.id}"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${regionId}
      aria-label=${view.t(open ? 'compare.concealFor' : 'compare.revealFor', { pattern: row.unsafe })}
      lang=${view.uiLang}
      @click=${() => view.onReveal(row.id)}
    >
      ${view.t(open ? 'compare.conceal' : 'compare.reveal')}
    </button>
    <div class="revealed" id=${regionId} ?hidden=${!open}>${item(view, row, 'safe', marked)} ${explanation(view, row)}</div>`;
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
    <summary data-focus-key="about-${row.id}" aria-label=${view.t('compare.moreAbout', { topic: row.safe })} lang=${view.uiLang}>
      ${view.t('compare.more')}
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
 * The column headers say which side a cell is on, so the cells do not say it again.
 */
function tableRow(view: CompareView, row: ComparisonRow): TemplateResult {
  return html`<tr>
    <th scope="row" class="item mark safe">${row.safe}</th>
    <td class="item mark unsafe">${row.unsafe}</td>
    ${aboutColumn(view) ? html`<td class="about-cell">${explanation(view, row)}</td>` : nothing}
  </tr>`;
}

/**
 * A row in reflection mode, in the same column order as ever: the card that reveals the
 * safe side, then the pattern. The pattern is the row header (a button makes a poor one),
 * so moving down the first column a screen reader says which pattern each card answers.
 */
function reflectionRow(view: CompareView, row: ComparisonRow): TemplateResult {
  return html`<tr class="reflection">
    <td class="safe">${revealButton(view, row, 't', true)}</td>
    <th scope="row" class="unsafe">${item(view, row, 'unsafe', true)}</th>
  </tr>`;
}

/**
 * The title, as a heading at the level the page asks for, the description after it, then
 * (reflection mode) the controls: a reader meets the name of the comparison before what
 * to do with it.
 */
function intro(view: CompareView): TemplateResult {
  return html`${heading(view.headingLevel, view.title, 'title', 'heading', 'title', false)}
  ${view.description ? html`<p class="description" id="description">${view.description}</p>` : nothing}
  ${view.controls ?? nothing}`;
}

/**
 * The wide layout: a real table. Each row's first cell is its row header (`<th
 * scope="row">`), not an extra column of names: moving along the other column, a screen
 * reader then announces the pair ("Responsiveness, Not safe, Reactivity"), which is the
 * point of the comparison. The table is named by the heading above it, once (no caption
 * to be read as well), and described by the sentence after the heading.
 */
export function renderTable(view: CompareView): TemplateResult {
  const [first, second] = ORDER;
  return html`<div class="table-view">
    ${intro(view)}
    <table part="table" aria-labelledby="title" aria-describedby=${view.description ? 'description' : nothing}>
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

function pairSide(view: CompareView, row: ComparisonRow, side: Side): TemplateResult {
  const label = view.labels[side];
  // The visible label is the same words as the hidden prefix read with the item, so it is
  // hidden from screen readers rather than said twice.
  const visibleLabel = html`<span class="side-label ${mark(side)}" aria-hidden="true" lang=${label.lang ?? nothing}>${label.text}</span>`;
  if (side === 'safe' && view.interactive) {
    return html`<div class="side safe">${visibleLabel}${revealButton(view, row, 'p', false)}</div>`;
  }
  return html`<p class="side ${side}">${visibleLabel}${item(view, row, side, false)}</p>`;
}

/**
 * The narrow layout: a list of pairs. Each list item is one pair, and each side carries
 * its own visible label, so nothing depends on a column heading scrolled out of view.
 */
export function renderPairs(view: CompareView): TemplateResult {
  const [first, second] = ORDER;
  // role="list" is deliberate: WebKit drops the list role from a <ul> without bullets,
  // and "list, 9 items" is how a VoiceOver user learns how long the comparison is.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`<div class="pairs-view">
    ${intro(view)}
    <ul class="pairs" part="pairs" role="list" aria-labelledby="title">
      ${view.rows.map(
        (row) => html`<li class="pair" part="pair">
          ${pairSide(view, row, first)} ${pairSide(view, row, second)}
          ${view.interactive ? nothing : explanation(view, row)}
        </li>`,
      )}
    </ul>
  </div>`;
  /* eslint-enable lit-a11y/no-redundant-role */
}
