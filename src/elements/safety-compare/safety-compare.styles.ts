import { css } from 'lit';

export const safetyCompareStyles = css`
  /*
   * The element's layout follows the width of this inner wrapper (see compare-layout.ts).
   * Its inline size is contained so that its width never depends on the layout inside it
   * (which could otherwise flip back and forth); the intrinsic size stands in for the
   * content in shrink-to-fit places (floats, inline-blocks, flex items sized by content),
   * where it would otherwise collapse to nothing. Containment alone, not a container:
   * nothing here asks a container query, and a container costs a style pass of its own
   * per comparison, which a page of many comparisons laid out in full paid a thousand times.
   */
  .frame {
    contain: inline-size;
    contain-intrinsic-inline-size: 17.5rem;
  }
  /*
   * On a page crowded with comparisons (crowd.ts), the browser skips laying out and
   * painting one far from the screen until it is scrolled near; \`auto\` remembers its
   * real height once known, so nothing jumps. It stays in the accessibility tree and
   * find-in-page. A page of a few lays them out at once (full-page captures show them).
   * Only where focus rings can still be drawn past the edge it clips to.
   */
  @supports (overflow-clip-margin: 1px) {
    .frame {
      content-visibility: var(--es-content-visibility, visible);
      contain-intrinsic-block-size: auto 36rem;
      overflow-clip-margin: 0.5rem;
    }
  }
  /* An engine without custom states drops this rule: laid out in full. */
  @supports (overflow-clip-margin: 1px) {
    :host(:state(crowded)) .frame {
      content-visibility: var(--es-content-visibility, auto);
    }
  }
  /* What is measured: the width the comparison is given, without its height, so that the
     change of layout it leads to is not itself a change to observe (a ResizeObserver
     loop). Outside the frame, so it is measured even while the frame is skipped. */
  .measure {
    block-size: 0;
  }

  /* The side's symbol, drawn on the marked text's own pseudo-elements, in a 1.1em box
     at the start of its first line; wrapped lines stay clear of it. */
  .mark {
    position: relative;
    padding-inline-start: calc(var(--_mark-x, 0px) + 1.5em);
  }
  span.mark {
    display: block;
  }
  /* A table cell marks itself: the symbol sits inside the cell's padding. */
  th.mark,
  td.mark {
    --_mark-x: 0.75rem;
    --_mark-y: 0.65rem;
  }
  .mark::before,
  .mark::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
  }
  /* A tick: the bottom and right borders of a small box, turned. */
  .mark.safe::before {
    color: var(--_safe);
    inset-block-start: calc(var(--_mark-y, 0px) + 0.33em);
    inset-inline-start: calc(var(--_mark-x, 0px) + 0.36em);
    width: 0.38em;
    height: 0.72em;
    border: 0 solid currentColor;
    border-right-width: 0.15em;
    border-bottom-width: 0.15em;
    border-radius: 0 0 0.06em 0;
    transform: rotate(45deg);
  }
  .mark.safe::after {
    display: none;
  }
  /* A cross: two strokes, each the left border of a zero-width box, turned. */
  .mark.unsafe::before,
  .mark.unsafe::after {
    color: var(--_unsafe);
    inset-block-start: calc(var(--_mark-y, 0px) + 0.35em);
    inset-inline-start: calc(var(--_mark-x, 0px) + 0.475em);
    width: 0;
    height: 0.9em;
    border-left: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  .mark.unsafe::after {
    transform: rotate(-45deg);
  }
  .safe > .heading,
  .side.safe > .side-label {
    color: var(--_safe);
  }
  .unsafe > .heading,
  .side.unsafe > .side-label {
    color: var(--_unsafe);
  }

  /* Title and description: the heading that names the table or the list of pairs. */
  .title {
    text-align: start;
    font-family: var(--es-font-heading, inherit);
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  .title + .description {
    margin-block-start: -0.5rem;
  }
  .description {
    display: block;
    margin: 0.25rem 0 0.75rem;
    font-family: var(--es-font-body, inherit);
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }

  /* Wide: the table. */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* Equal columns, set by the headings: the two sides weigh the same, long words
       wrap inside their column, and the browser need not measure every cell first. */
    table-layout: fixed;
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
    font-weight: 700;
    font-size: 0.9em;
  }

  /* Interactive mode. */
  .hint {
    margin: 0.5rem 0 0.75rem;
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  /* Show all and Hide all are the shared button family (.btn); the reveal is a card's face. */
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
  /*
   * A card face down: the whole width of its cell, edged and faintly tinted in the safe
   * side's colour it will show (the edge keeps 3:1 and more against the surface), so a
   * column of them reads as cards waiting to be turned, not a wall of buttons.
   */
  .reveal[aria-expanded='false'] {
    inline-size: 100%;
    /* Its one word centred on the card's face: left-aligned, the cards read as text fields. */
    text-align: center;
    font-weight: 600;
    border-color: var(--_safe);
    background: color-mix(in srgb, var(--_safe) 6%, var(--_surface));
  }
  /* Turned over: the answer is what matters, the control to turn it back steps aside. */
  .reveal[aria-expanded='true'] {
    font-size: 0.875em;
    min-block-size: 2rem;
    padding: 0.2rem 0.6rem;
  }
  .revealed > .item {
    font-size: 1.125em;
    font-weight: 600;
  }
  /* Each pattern on the baseline of the button beside it (its symbol travels with it). */
  tr.reflection > th,
  tr.reflection > td {
    vertical-align: baseline;
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
    .reveal {
      border-color: ButtonText;
    }
  }

  @media print {
    /* Printed, every comparison is laid out, however far from the screen it was. */
    .frame {
      content-visibility: visible;
    }
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
