import { css } from 'lit';

export const reflectionCardStyles = css`
  /* The card is the visible box, so the themed wrapper adds no second padding. */
  .base {
    padding: 0;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .card > :first-child {
    margin-block-start: 0;
  }
  .card > :last-child {
    margin-block-end: 0;
  }
  .heading {
    font-size: 1.25em;
    margin: 0 0 0.5rem;
  }
  .intro,
  .framing,
  .skipped {
    margin: 0 0 1rem;
  }
  .framing,
  .position,
  .hint {
    color: var(--_muted);
  }
  .position {
    margin: 0 0 0.25rem;
    font-size: 0.95em;
  }
  .prompt {
    margin: 0 0 1rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    font-family: var(--es-font-heading, inherit);
    font-size: 1.15em;
    line-height: 1.5;
  }
  .prompt:focus {
    outline: none;
  }
  .prompt:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .journal {
    margin: 0 0 1rem;
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0.15rem 0 0.5rem;
    font-size: 0.95em;
  }
  textarea {
    display: block;
    /* Full width including its padding and border, even when a host page forces
       box-sizing: content-box on every tag (inherited through the host). */
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 6rem;
    resize: vertical;
    font: inherit;
    color: inherit;
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .nav .quiet {
    margin-inline-start: auto;
  }
  /* One primary action (Next), quieter secondary ones (Previous, Download, Clear), and
     "Skip for now" as a link: the shared button family (.btn, src/core/styles/buttons.ts). */
  .tools {
    margin-block-start: 1.25rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--_border);
  }
  .keep {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: start;
    margin-block-end: 0.75rem;
  }
  .keep input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_accent);
  }
  .keep .hint {
    grid-column: 2;
  }
  .notice {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  /* Kept in the page while empty, so screen readers hear what appears in it. */
  .notice:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
`;
