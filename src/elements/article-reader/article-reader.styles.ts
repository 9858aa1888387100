import { css } from 'lit';
import { articleBodyStyles } from './article-body.styles.js';

/**
 * The reader's own look. Colour schemes the reader chooses override the internal colour
 * properties directly, so they win over the page's tokens: it is the reader's choice.
 * Every pair below meets WCAG AA (text ≥ 4.5:1, borders and bars ≥ 3:1) on its surface.
 */
export const articleReaderStyles = css`
  /* An article reads in the host's own text column, as wide as the page's paragraphs
     (the other elements stay compact boxes). --es-max-width still narrows it. */
  :host {
    max-width: var(--es-max-width, none);
  }
  .reader {
    border-radius: var(--_radius);
  }
  .scheme-light,
  .scheme-dark,
  .scheme-sepia,
  .scheme-contrast {
    --_focus: var(--_accent);
    color: var(--_text);
    background: var(--_surface);
    padding: var(--_space);
  }
  .scheme-light {
    --_text: #1f2328;
    --_surface: #ffffff;
    --_raised: #f4f5f7;
    --_accent: #1d5c87;
    --_muted: #4b535d;
    --_border: #737b86;
    color-scheme: light;
  }
  .scheme-dark {
    --_text: #eceff3;
    --_surface: #1b1e23;
    --_raised: #262a31;
    --_accent: #8fc3f0;
    --_muted: #c3c9d1;
    --_border: #88909b;
    color-scheme: dark;
  }
  .scheme-sepia {
    --_text: #4a3a2a;
    --_surface: #f4ecd8;
    --_raised: #ebe0c5;
    --_accent: #7a3b12;
    --_muted: #5b4636;
    --_border: #8a7258;
    color-scheme: light;
  }
  .scheme-contrast {
    --_text: #ffffff;
    --_surface: #000000;
    --_raised: #000000;
    --_accent: #ffeb3b;
    --_muted: #ffffff;
    --_border: #ffffff;
    color-scheme: dark;
  }
  .scheme-contrast a {
    text-decoration-thickness: 2px;
  }
  /* Raised boxes are black on black here: outline them instead. */
  .scheme-contrast .contents,
  .scheme-contrast .note,
  .scheme-contrast .progress {
    outline: 1px solid var(--_border);
  }
  .size-0 {
    font-size: 0.9em;
  }
  .size-2 {
    font-size: 1.15em;
  }
  .size-3 {
    font-size: 1.3em;
  }
  .size-4 {
    font-size: 1.5em;
  }

  .progress {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: block;
    inline-size: 100%;
    block-size: 0.25rem;
    margin: 0 0 0.5rem;
    border: 0;
    appearance: none;
    background: var(--_raised);
    color: var(--_accent);
  }
  .progress::-webkit-progress-bar {
    background: var(--_raised);
  }
  .progress::-webkit-progress-value {
    background: var(--_accent);
  }
  .progress::-moz-progress-bar {
    background: var(--_accent);
  }

  header {
    margin-block-end: 1rem;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
    /* Room for the sticky progress bar when a deep link scrolls a heading to the top. */
    scroll-margin-block-start: 1.5rem;
  }
  /* Sizes relative to the text, whatever the heading level the page needs, so a long
     article can be scanned: the title clearly first, each section clearly a section. */
  [part='article-title'] {
    margin-block: 0 0.5rem;
    font-size: 1.6em;
  }
  [part='section-heading'] {
    margin-block: 1.75em 0.5em;
    font-size: 1.3em;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  .note {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--_raised);
    border-inline-start: 0.25rem solid var(--_border);
    border-radius: var(--_radius);
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1rem;
    margin-block-end: 1rem;
  }
  .listen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  /* The buttons and the comfort disclosure are the shared button family (.btn, src/core/styles/buttons.ts). */
  summary.btn {
    /* Keeps the browser's own open/closed triangle. */
    display: list-item;
    inline-size: fit-content;
  }
  .icon {
    display: inline-block;
    min-inline-size: 1.1em;
  }
  .now {
    margin: 0;
    flex-basis: 100%;
    color: var(--_muted);
  }
  .comfort {
    flex: 1 1 14rem;
  }
  .comfort-body {
    padding-block-start: 0.5rem;
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-block-size: 2.75rem;
    margin-inline-end: 1rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .kept {
    margin: 0;
    color: var(--_muted);
  }

  .contents {
    margin-block-end: 1.5rem;
    padding: 0.75rem 1rem;
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  .contents-label {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .contents ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .contents li {
    position: relative;
    padding-block: 0.2rem;
  }
  /*
   * The section being read: a bar at the side and a thicker underline, not colour alone.
   * Not bold: bold text is wider, so at 320 px a title re-wrapped as the reader scrolled
   * and the contents grew a line, pushing the page down under a bottom quick exit in
   * Safari (which has no scroll anchoring to hold the page still).
   */
  .contents a[aria-current] {
    text-decoration-thickness: 0.2em;
  }
  .contents a[aria-current]::before {
    content: '';
    position: absolute;
    inset-block: 0.2rem;
    inset-inline-start: -1.85rem;
    border-inline-start: 0.25rem solid currentColor;
    border-radius: 0.125rem;
  }

  ${articleBodyStyles}

  @media (forced-colors: active) {
    .progress::-webkit-progress-value {
      background: Highlight;
    }
    .progress::-moz-progress-bar {
      background: Highlight;
    }
  }

  @media print {
    .progress,
    .tools,
    .contents,
    .end {
      display: none !important;
    }
    .reader {
      color: #000;
      background: none;
      padding: 0;
      font-size: 1em;
    }
    a {
      color: inherit;
    }
  }

  .loading {
    min-height: var(--es-reader-placeholder-height, 40rem);
    margin: 0;
    color: var(--_muted);
  }
`;
