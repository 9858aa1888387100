import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../core/localize-controller.js';
import {
  READER_SCHEMES,
  TEXT_SIZES,
  type ReaderPreferencesController,
} from './reader-preferences-controller.js';
import type { SpeechController } from './speech-controller.js';
import type { MessageKey } from '../../core/l10n/index.js';

/**
 * Whether the reader has opened the comfort settings yet. Until then their controls are
 * not rendered at all: a closed disclosure shows nothing, and a page with several readers
 * would otherwise build two dozen hidden controls for each.
 */
export class ComfortDisclosure {
  readonly #host: ReactiveElement;
  wanted = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** Renders the controls from now on. Called on the summary's click, before the disclosure opens. */
  readonly want = (): void => {
    if (this.wanted) return;
    this.wanted = true;
    this.#host.requestUpdate();
  };
}

export interface ToolsOptions {
  l: LocalizeController;
  comfort: ComfortDisclosure;
  prefs: ReaderPreferencesController;
  speech: SpeechController;
  /** Whether the practice keeps the settings on the device (`persist`). */
  persist: boolean;
  /** Heading of the section being read aloud, if any. */
  speakingHeading?: string;
  onListen(): void;
  onStop(): void;
}

/**
 * "Listen" (shown only when the browser has a voice) and the comfort settings, in a
 * disclosure so they stay out of the way until wanted. Every control is a native button
 * or radio button in a labelled group, so the keyboard path is the browser's own.
 */
export function readerTools(o: ToolsOptions): TemplateResult {
  const { l, speech } = o;
  const toggleLabel =
    speech.state === 'playing' ? l.t('reader.pause') : speech.state === 'paused' ? l.t('reader.resume') : l.t('reader.listen');
  return html`<div class="tools" part="tools">
    ${speech.available
      ? html`<div class="listen" role="group" aria-label=${l.t('reader.listenLabel')} part="listen">
          <button type="button" class="btn toggle" part="listen-button" @click=${o.onListen}>
            <span aria-hidden="true" class="icon">${speech.state === 'playing' ? '❚❚' : '▶'}</span>
            ${toggleLabel}
          </button>
          ${speech.state !== 'stopped'
            ? html`<button type="button" class="btn" part="stop-button" @click=${o.onStop}>
                <span aria-hidden="true" class="icon">■</span> ${l.t('reader.stop')}
              </button>`
            : nothing}
          <p class="now" role="status">${o.speakingHeading ? l.t('reader.nowReading', { section: o.speakingHeading }) : ''}</p>
        </div>`
      : nothing}
    <details class="comfort" part="comfort" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && o.comfort.want()}>
      <summary class="btn" @click=${o.comfort.want}>${l.t('reader.comfort')}</summary>
      ${o.comfort.wanted ? comfortSettings(o) : nothing}
    </details>
  </div>`;
}

function comfortSettings(o: ToolsOptions): TemplateResult {
  const { l, prefs } = o;
  return html`<div class="comfort-body">
    <fieldset>
      <legend>${l.t('reader.textSize')}</legend>
      ${TEXT_SIZES.map(
        (_, i) => html`<label class="choice size-choice-${i}"
          ><input type="radio" name="size" .checked=${prefs.size === i} @change=${() => prefs.set({ size: i })} />
          ${l.t(`reader.size.${i}` as MessageKey)}</label
        >`,
      )}
    </fieldset>
    <fieldset>
      <legend>${l.t('reader.scheme')}</legend>
      ${READER_SCHEMES.map(
        (scheme) => html`<label class="choice swatch-${scheme}"
          ><input type="radio" name="scheme" .checked=${prefs.scheme === scheme} @change=${() => prefs.set({ scheme })} />
          ${l.t(`reader.scheme.${scheme}`)}</label
        >`,
      )}
    </fieldset>
    ${o.persist
      ? html`<label class="choice keep"
          ><input
            type="checkbox"
            .checked=${prefs.kept}
            aria-describedby="kept"
            @change=${(e: Event) => prefs.keep((e.target as HTMLInputElement).checked)}
          />
          ${l.t('reader.keep')}</label
        >`
      : nothing}
    <p class="kept" id="kept">${prefs.kept ? l.t('reader.keptOnDevice') : l.t('reader.keptForVisit')}</p>
  </div>`;
}
