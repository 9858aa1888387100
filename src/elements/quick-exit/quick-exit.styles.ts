import { css } from 'lit';

export const quickExitStyles = css`
  /* The host takes no room in the page: the bar lives in the top layer, and the page is
     given room for it at its top (or bottom) edge instead (see keep-clear.ts). */
  :host,
  :host(:not(:first-child)) {
    display: block;
    max-width: none;
    /* Not the other elements' space before them (--es-block-gap): the room it takes in the
       flow, if any, is exactly the bar's. */
    margin-block-start: 0;
  }
  /* The light-DOM fallback link is not slotted, so it is not shown once upgraded. */

  /* The bar: a popover in the top layer, above the page's stacking contexts, clipping and
     transforms. Without the Popover API it is simply fixed, with the highest z-index. */
  .base {
    position: fixed;
    z-index: 2147483000;
    inset-block: 0 auto;
    inset-inline: 0;
    inline-size: auto;
    block-size: auto;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    overflow: visible;
    font: inherit;
    line-height: 1.4;
    /* The page's own colours (no white band on a cream or dark site); a built-in theme or
       the --es tokens win. Opaque, so text scrolling under the bar never shows through. */
    background: var(--es-color-surface, var(--_p-surface, var(--_page-surface, Canvas)));
    color: var(--_text);
    border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  /* At the bottom it floats in the corner. */
  .base.at-bottom {
    inset-block: auto 0;
    inset-inline: auto 0;
    border-block-end: 0;
    border-block-start: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-inline-start: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-start-start-radius: var(--_radius);
  }
  .bar {
    position: relative;
    display: flex;
    /* One row on phones at ordinary text sizes: the disclosure's label wraps between words
       first. With large text on a narrow screen (the container query below is in rem, so
       it follows the text size), the disclosure takes a row of its own. */
    flex-wrap: nowrap;
    overflow-wrap: normal;
    align-items: center;
    justify-content: flex-end;
    /* Never pushed off the start edge when something is wider than the screen. */
    justify-content: safe flex-end;
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
    /* Very large text on a narrow screen: the label wraps between words, inside the screen. */
    max-inline-size: 100%;
    text-align: center;
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
    min-inline-size: min-content;
  }
  .at-top {
    container: quick-exit-bar / inline-size;
  }
  /* The corner box is as wide as its content, up to the screen: it wraps when it must. */
  .at-bottom {
    max-inline-size: 100vw;
  }
  .at-bottom .bar {
    flex-wrap: wrap;
  }
  @container quick-exit-bar (max-width: 16rem) {
    .bar {
      flex-wrap: wrap;
    }
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
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: 100%;
    inline-size: min(22rem, calc(100vw - 1rem));
    max-block-size: calc(100vh - 4rem);
    overflow: auto;
    margin: 0.25rem 0 0;
    padding: 0.75rem 1rem 0.75rem 1.75rem;
    background: var(--es-color-surface, var(--_p-surface, var(--_page-surface, Canvas)));
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  .at-bottom .how {
    inset-block: auto 100%;
    margin: 0 0 0.25rem;
  }
  .how li + li {
    margin-block-start: 0.4rem;
  }
  /* The cover: a plain, empty sheet over everything (it lives in the top layer too). */
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
  /* Nothing of it on paper: the bar is for the screen. */
  @media print {
    :host {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .base {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
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
