import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../internal/define.js';

/**
 * The skip link `<es-quick-exit>` puts at the very start of the page when the quick exit
 * itself is not the first thing a keyboard reaches. It stays out of sight until it has
 * focus, and moves focus to the "Leave this page" button. Created and removed by
 * `<es-quick-exit>`; not meant to be written in a page.
 *
 * @tagname es-quick-exit-skip
 * @summary Internal: the quick exit's skip link.
 * @csspart link - The skip link.
 */
export class EsQuickExitSkip extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 2147483647;
    }
    button {
      display: inline-block;
      margin: 0.5rem;
      padding: 0.6rem 1rem;
      background: Canvas;
      color: LinkText;
      border: 2px solid currentColor;
      border-radius: 0.5rem;
      font: inherit;
      font-weight: 600;
    }
    button:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
    button:not(:focus) {
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
  `;

  /** The link text, in the quick exit's language. */
  @property() label = '';

  /** Called when the link is followed: moves focus to the quick exit. */
  onActivate?: () => void;

  protected override render() {
    // A button rather than a link: the target lives in a shadow root, so there is no
    // fragment to follow; it moves focus instead.
    return html`<button part="link" type="button" @click=${this.#activate}>${this.label}</button>`;
  }

  #activate(): void {
    this.onActivate?.();
  }
}

defineElement('es-quick-exit-skip', EsQuickExitSkip);

declare global {
  interface HTMLElementTagNameMap {
    'es-quick-exit-skip': EsQuickExitSkip;
  }
}
