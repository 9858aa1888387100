import { LitElement, css, html } from 'lit';
import { defineElement } from '../../core/define.js';

/**
 * The first Tab stop of the page when the quick exit itself is not the first thing a
 * keyboard reaches: a "Leave this page" link at the very start of `<body>`, out of sight
 * until it has focus. Activating it leaves at once — a panicked reader presses Enter once,
 * not twice — and it is a real link to the exit page, so it still leaves if the script
 * handling it fails. Created and removed by `<es-quick-exit>`; not meant to be written in
 * a page.
 *
 * @tagname es-quick-exit-skip
 * @summary Internal: the quick exit's first Tab stop.
 * @csspart link - The link.
 */
export class EsQuickExitSkip extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 2147483647;
    }
    a {
      display: inline-block;
      margin: 0.5rem;
      padding: 0.6rem 1rem;
      background: Canvas;
      color: LinkText;
      border: 2px solid currentColor;
      border-radius: 0.5rem;
      font: inherit;
      font-weight: 700;
    }
    a:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
    a:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `;
  static override properties = { label: {}, href: {} };

  /** The link text, in the quick exit's language. */
  label = '';

  /** Where the link goes: the quick exit's destination. */
  href = '';

  /** Called instead of following the link: the quick exit leaves its own way (replacing the page). */
  onActivate?: () => void;

  protected override render() {
    return html`<a part="link" href=${this.href} rel="noreferrer" @click=${this.#activate}>${this.label}</a>`;
  }

  #activate(event: MouseEvent): void {
    if (!this.onActivate) return;
    event.preventDefault();
    this.onActivate();
  }
}

defineElement('es-quick-exit-skip', EsQuickExitSkip);

declare global {
  interface HTMLElementTagNameMap {
    'es-quick-exit-skip': EsQuickExitSkip;
  }
}
