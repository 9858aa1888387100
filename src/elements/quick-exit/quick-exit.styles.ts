import { css } from 'lit';

export const quickExitStyles = css`
  /* Sticky at the top of the viewport; it keeps its own row so it covers nothing. */
  :host {
    position: sticky;
    inset-block-start: 0;
    z-index: 2147483000;
    max-width: none;
  }
  /* At the bottom it floats in the corner: a sticky bottom would only work at the end of the page. */
  :host([position='bottom']) {
    position: fixed;
    inset-block: auto 0;
    inset-inline-end: 0;
  }
  /* Opaque, so page text scrolling under the sticky bar never shows through it. */
  .base {
    background: var(--es-color-surface, var(--_p-surface, Canvas));
    color: var(--es-color-text, var(--_p-text, CanvasText));
    border-radius: 0;
    /* A slim bar, themed or not: it sits over the page on every screen. */
    padding: 0;
  }
  .bar {
    position: relative;
    display: flex;
    /* One row even at 280 px: the disclosure's label wraps instead, so the bar never jumps. */
    flex-wrap: nowrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem 0.75rem;
    padding: 0.25rem 0.5rem;
  }
  .leave {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    /* Outlined when following the page: the accent keeps its contrast on any background. */
    background: transparent;
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
    flex-shrink: 0;
  }
  /* With a built-in palette the colours are known: a filled button. */
  .theme-light .leave,
  .theme-dark .leave,
  .theme-auto .leave {
    background: var(--_accent);
    color: var(--es-color-on-accent, var(--_p-surface));
  }
  .leave:hover {
    text-decoration: underline;
  }
  /* Three steps, filled as Shift is pressed: shape, not only colour, shows progress. */
  .steps {
    display: inline-flex;
    gap: 0.3rem;
  }
  .steps[data-count='0'] {
    display: none;
  }
  .step {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .step.done {
    background: currentColor;
  }
  details {
    position: relative;
    min-inline-size: 0;
  }
  summary {
    cursor: pointer;
    line-height: 1.25;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    padding-inline: 0.25rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .how {
    /* Slotted into the details element's own shadow tree, so it does not inherit this. */
    box-sizing: border-box;
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: 100%;
    inline-size: min(22rem, calc(100vw - 1rem));
    margin: 0.25rem 0 0;
    padding: 0.75rem 1rem 0.75rem 1.75rem;
    background: var(--es-color-surface, var(--_p-surface, Canvas));
    color: var(--es-color-text, var(--_p-text, CanvasText));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  :host([position='bottom']) .how {
    inset-block: auto 100%;
    margin: 0 0 0.25rem;
  }
  .how li + li {
    margin-block-start: 0.4rem;
  }
  /* The cover: a plain, empty sheet over everything (it lives in the top layer). */
  .cover {
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: Canvas;
    z-index: 2147483647;
  }
  .cover::backdrop {
    background: Canvas;
  }
  @media (forced-colors: active) {
    .leave {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .step {
      border-color: CanvasText;
    }
    .step.done {
      background: CanvasText;
    }
  }
`;
