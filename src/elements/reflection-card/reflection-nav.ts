import { html, nothing } from 'lit';
import type { LocalizeController } from '../../core/localize-controller.js';

/** What the row of prompt controls needs from the card. */
export interface NavView {
  /** One prompt of the practice's own: no Previous or Next then. */
  single: boolean;
  /** The prompt shown, from 0. */
  index: number;
  total: number;
  onGo: (index: number) => void;
  onSkip: () => void;
}

/**
 * Previous, Next and "Skip for now", in that order (also the keyboard's). Next is the one
 * primary action; Previous is quieter; "Skip for now" looks like a link, and its
 * description says that it hides the prompts and that they can come back.
 *
 * At either end the button stays where it is, marked aria-disabled rather than disabled
 * or removed: a focused button that became disabled, or went away, would drop the reader's
 * focus to the top of the page. "Prompt 1 of 6" says why in words, not colour alone.
 */
export function renderNav(view: NavView, l: LocalizeController) {
  const { index, total } = view;
  const atStart = index === 0;
  const atEnd = index === total - 1;
  return html`<div part="nav" class="row nav" role="group" aria-label=${l.t('reflection.navLabel')}>
    ${view.single
      ? nothing
      : html`<button
            part="button"
            type="button"
            class="btn"
            id="previous"
            aria-disabled=${atStart ? 'true' : 'false'}
            @click=${() => view.onGo(index - 1)}
          >
            ${l.t('reflection.previous')}
          </button>
          <button
            part="button button-primary"
            type="button"
            id="next"
            class="btn primary"
            aria-disabled=${atEnd ? 'true' : 'false'}
            @click=${() => view.onGo(index + 1)}
          >
            ${l.t('reflection.next')}
          </button>`}
    <button part="button button-skip" type="button" id="skip" class="btn quiet" aria-describedby="skip-hint" @click=${view.onSkip}>
      ${l.t('reflection.skip')}
    </button>
    <span id="skip-hint" hidden>${l.t('reflection.skipHint')}</span>
  </div>`;
}
