import { css } from 'lit';

export const contactCtaStyles = css`
  .lead {
    margin: 0 0 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .button {
    display: inline-block;
    /* At least 44 × 44 CSS pixels: easy to hit with a thumb (WCAG 2.5.5). */
    min-block-size: 2.75rem;
    padding: 0.6rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    /* Following the page (no theme), the accent is mixed with the page's text colour
       where used, so an outlined button keeps its contrast on any background. */
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    line-height: 1.4;
  }
  /* With a built-in palette the colours are known: a filled button. */
  .theme-light .button,
  .theme-dark .button,
  .theme-auto .button {
    background: var(--_accent);
    color: var(--es-color-on-accent, var(--_p-surface));
  }
  .button:hover {
    text-decoration: underline;
  }
  .phone {
    display: inline-block;
    padding-block: 0.6rem;
  }
  @media (forced-colors: active) {
    .button {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
  }
`;
