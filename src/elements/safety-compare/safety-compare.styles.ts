import { css } from 'lit';

export const safetyCompareStyles = css`
  /*
   * The element lays itself out by its own width. The container is this inner wrapper,
   * not :host, so the host keeps its ordinary block sizing; the intrinsic size stands in
   * for the content in shrink-to-fit places (floats, inline-blocks, flex items sized by
   * content), where a size container would otherwise collapse to nothing.
   */
  .frame {
    container: compare / inline-size;
    contain-intrinsic-inline-size: 17.5rem;
  }

  .table-view {
    display: none;
  }
  @container compare (min-width: 30rem) {
    .frame:not(.with-about) .table-view {
      display: block;
    }
    .frame:not(.with-about) .pairs-view {
      display: none;
    }
  }
  /* A third column (the explanations) needs more room before it reads well. */
  @container compare (min-width: 38rem) {
    .with-about .table-view {
      display: block;
    }
    .with-about .pairs-view {
      display: none;
    }
  }

  /* Icon beside its text, with wrapped lines hanging clear of it. */
  .item {
    display: flex;
    align-items: flex-start;
  }
  .item > .icon {
    margin-block-start: 0.25em;
  }
  .icon {
    display: inline-block;
    position: relative;
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-inline-end: 0.4em;
    vertical-align: -0.15em;
  }
  .icon::before,
  .icon::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  /* A tick: the bottom and right borders of a small box, turned. */
  .icon.safe::before {
    inset-block-start: 0.08em;
    left: 0.36em;
    width: 0.38em;
    height: 0.72em;
    border: 0 solid currentColor;
    border-right-width: 0.15em;
    border-bottom-width: 0.15em;
    border-radius: 0 0 0.06em 0;
    transform: rotate(45deg);
  }
  .icon.safe::after {
    display: none;
  }
  /* A cross: two strokes, each the left border of a zero-width box, turned. */
  .icon.unsafe::before,
  .icon.unsafe::after {
    inset-block-start: 0.1em;
    left: calc(50% - 0.075em);
    width: 0;
    height: 0.9em;
    border-left: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  .icon.unsafe::after {
    transform: rotate(-45deg);
  }
  .icon.safe,
  .safe > .heading,
  .side.safe > .side-label {
    color: var(--_safe);
  }
  .icon.unsafe,
  .unsafe > .heading,
  .side.unsafe > .side-label {
    color: var(--_unsafe);
  }

  /* Title and description: the table's caption, or the title of the list of pairs. */
  caption,
  .pairs-view .title {
    text-align: start;
    font-family: var(--es-font-heading, inherit);
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  caption .title {
    display: block;
  }
  .description {
    display: block;
    margin: 0.25rem 0 0.75rem;
    font-family: var(--es-font-body, inherit);
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  caption .description {
    margin-block-end: 0;
  }

  /* Wide: the table. */
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    padding-block-end: 0.75rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.65rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    border-block-end: 3px solid var(--_border);
  }
  thead th.safe {
    border-block-end-color: var(--_safe);
  }
  thead th.unsafe {
    border-block-end-color: var(--_unsafe);
  }
  tbody th {
    /* A row header by structure; it need not shout to be one. */
    font-weight: inherit;
  }
  th.about-heading,
  td.about-cell {
    inline-size: 34%;
  }
  .heading {
    display: inline-flex;
    align-items: center;
    font-weight: 700;
  }

  /* Narrow: the pairs. */
  .pairs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .pair {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    padding: 0.75rem;
    display: grid;
    gap: 0.6rem;
  }
  .side {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_border);
  }
  .side.safe {
    border-inline-start-color: var(--_safe);
  }
  .side.unsafe {
    border-inline-start-color: var(--_unsafe);
  }
  .side-label {
    display: flex;
    align-items: center;
    font-weight: 700;
    font-size: 0.9em;
  }
  .side .item > .icon {
    /* The label above already shows the symbol. */
    display: none;
  }

  /* Interactive mode. */
  .hint {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  .controls button,
  .reveal {
    min-block-size: 2.75rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_text);
    cursor: pointer;
    text-align: start;
  }
  .controls button:hover,
  .reveal:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .reveal {
    background: var(--_surface);
  }
  .side .reveal {
    margin-block-start: 0.25rem;
  }
  .revealed .about {
    margin-block-start: 0.5rem;
  }
  /* Revealed at once, without movement: nothing on the page moves by itself. */
  .revealed:not([hidden]) {
    display: block;
    margin-block-start: 0.5rem;
  }
  /* Explanations. */
  .about summary {
    cursor: pointer;
    padding-block: 0.15rem;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .about p {
    margin: 0.4rem 0 0;
  }
  .about .source {
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .controls button,
    .reveal {
      border-color: ButtonText;
    }
  }

  @media print {
    /* On paper nothing can be revealed: print every answer. */
    .revealed[hidden] {
      display: block;
    }
    .controls,
    .reveal {
      display: none;
    }
  }
`;
