import { css, unsafeCSS } from 'lit';

/**
 * The design tokens, in one place. Every element reads its colours and fonts through
 * internal `--_*` properties that resolve, in order, to: the page's `--es-*` token, the
 * palette of the chosen theme, and finally the host page's own inherited font and colour
 * (no theme set), so the elements look native on any site.
 */

type Palette = Record<'text' | 'surface' | 'accent' | 'muted' | 'border' | 'safe' | 'unsafe' | 'raised', string>;

// Each pair meets WCAG AA for text (≥ 4.5:1) against its own surface and `raised` colour.
const LIGHT: Palette = {
  text: '#1f2328',
  surface: '#ffffff',
  raised: '#f4f5f7',
  accent: '#1d5c87',
  muted: '#4b535d',
  border: '#737b86',
  safe: '#1c6547',
  unsafe: '#8c3547',
};

const DARK: Palette = {
  text: '#eceff3',
  surface: '#1b1e23',
  raised: '#262a31',
  accent: '#8fc3f0',
  muted: '#c3c9d1',
  border: '#88909b',
  safe: '#82d3ae',
  unsafe: '#f2a9b5',
};

function palette(p: Palette, scheme: 'light' | 'dark'): string {
  // Written without spaces: this string skips the CSS minifier that the `css` templates get.
  const declarations = Object.entries(p)
    .map(([name, value]) => `--_p-${name}:${value};`)
    .join('');
  return `${declarations}color-scheme:${scheme}`;
}

/**
 * `theme="auto"` where the page itself is light or dark (see src/core/page-look.ts):
 * the matching palette, over the one the system setting chose. Adopted after the styles
 * below, so it wins at the same specificity.
 */
export function autoPalette(scheme: 'light' | 'dark'): string {
  return `.theme-auto{${palette(scheme === 'light' ? LIGHT : DARK, scheme)}}`;
}

/**
 * With no theme and no token, the element follows the page: its accent is the page's own
 * link colour where it has one with AA contrast (`--_page-link`, from the page-look
 * probe); otherwise it and the two sides'
 * colours are then the built-in colour mixed half-and-half with the page's own text
 * colour (resolved where used), so they keep AA contrast on dark pages as well as light
 * ones (e.g. 7.3:1 and 6.9:1 on #121212 with #eee text; 10.8:1 and 11.6:1 on white).
 *
 * The palettes, by theme class. Built as a string from the palette constants above (our
 * own values, never content), so the colours live in one place.
 */
const themeStyles = unsafeCSS(
  `.theme-light{${palette(LIGHT, 'light')}}` +
    `.theme-dark{${palette(DARK, 'dark')}}` +
    `@media(prefers-color-scheme:light){.theme-auto{${palette(LIGHT, 'light')}}}` +
    `@media(prefers-color-scheme:dark){.theme-auto{${palette(DARK, 'dark')}}}` +
    `.base{` +
    `--_accent:var(--es-color-accent,var(--_p-accent,var(--_page-link,color-mix(in srgb,${LIGHT.accent} 50%,currentColor))));` +
    `--_safe:var(--es-color-safe,var(--_p-safe,color-mix(in srgb,${LIGHT.safe} 50%,currentColor)));` +
    `--_unsafe:var(--es-color-unsafe,var(--_p-unsafe,color-mix(in srgb,${LIGHT.unsafe} 50%,currentColor)))}`,
);

/**
 * Shared by every element. `.base` is the element's outermost wrapper; its theme class
 * (`theme-light`, `theme-dark`, `theme-auto`) chooses a palette.
 */
const coreStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--es-max-width, 42rem);
    font-family: var(--es-font-body, inherit);
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  /* A calm rhythm between an element and what comes before it (another element, the
     host's text); the host's own margins on the element still win, and vertical margins
     collapse with a paragraph's. */
  :host(:not(:first-child)) {
    margin-block-start: var(--es-block-gap, 1.5em);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* border-box inside, whatever box model the host page forces on the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    --_text: var(--es-color-text, var(--_p-text, currentColor));
    --_surface: var(--es-color-surface, var(--_p-surface, transparent));
    --_raised: var(--es-color-raised, var(--_p-raised, color-mix(in srgb, currentColor 6%, transparent)));
    --_muted: var(--es-color-muted, var(--_p-muted, currentColor));
    --_border: var(--es-color-border, var(--_p-border, color-mix(in srgb, currentColor 55%, transparent)));
    --_focus: var(--es-color-focus, var(--_accent));
    --_radius: var(--es-radius, 0.5rem);
    --_space: var(--es-space, 1rem);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .theme-light,
  .theme-dark,
  .theme-auto {
    padding: var(--_space);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--es-font-heading, inherit);
    line-height: 1.25;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .error {
    border: 2px solid var(--_border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .base {
      --_accent: LinkText;
      --_focus: Highlight;
      --_border: CanvasText;
      --_safe: CanvasText;
      --_unsafe: CanvasText;
      --_muted: CanvasText;
    }
  }
`;

/** Everything an element's `static styles` needs first: palettes, then the shared rules. */
export const baseStyles = [themeStyles, coreStyles];
