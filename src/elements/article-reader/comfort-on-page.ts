import type { ReactiveController, ReactiveElement } from 'lit';
import { DEFAULT_TEXT_SIZE, type ReaderPreferencesController } from './reader-preferences-controller.js';
import { rendersAsServer } from '../../core/as-server.js';
import { DocumentSheet } from './document-sheet.js';

/** The host attribute that scopes the rules below to one reader: `scheme`, `size`, or both. */
export const COMFORT_ATTRIBUTE = 'data-es-comfort';

const HOST = `es-article-reader[${COMFORT_ATTRIBUTE}`;
const HEADINGS = 'h1,h2,h3,h4,h5,h6';
const TEXT_BLOCKS = 'p,ul,ol,li,dl,dt,dd,blockquote,figure,figcaption,div,section,article,main,table,caption,tr,td,th,address';

/**
 * The reader's comfort choices over the practice's own HTML article. Its paragraphs and
 * headings stay in the page (light DOM), where the site's rules reach them directly
 * (`.entry-content p { color: #333 }`) and would beat anything they inherit from the
 * reader. While a choice is active these important rules, scoped to that reader, make
 * them take the reader's colours (inherited from the shadow `.reader`: `--_accent` for
 * links) and text size (the size of the reader's text; headings as in built-in
 * articles). Forced colours still win: the colour rules stand aside then.
 * Written compactly: no CSS minifier sees this string.
 */
const sheet = new DocumentSheet(
  `@media not (forced-colors:active){` +
    `${HOST}~=scheme] :not(mark,img,svg,svg *,video,picture,canvas,iframe){color:inherit!important;background-color:transparent!important}` +
    `${HOST}~=scheme] :is(a,a *){color:var(--_accent)!important}}` +
    `${HOST}~=size] :is(${TEXT_BLOCKS}){font-size:inherit!important}` +
    `${HOST}~=size] :is(${HEADINGS}){font-size:1.3em!important}` +
    `${HOST}~=size]>[slot=title]{font-size:1.6em!important}`,
);

/**
 * Marks the reader host with the choices in force (`data-es-comfort`) and holds the
 * document sheet while there are any; both go when the choices are reset and when the
 * reader leaves the page.
 */
export class ComfortOnPage implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #prefs: ReaderPreferencesController;
  #connected = false;

  constructor(host: ReactiveElement, prefs: ReaderPreferencesController) {
    this.#host = host;
    this.#prefs = prefs;
    host.addController(this);
  }

  // Added after the preferences' own controller: they are loaded when this runs.
  hostConnected(): void {
    this.#connected = true;
    this.hostUpdate();
  }

  hostUpdate(): void {
    if (!this.#connected || rendersAsServer(this.#host)) return;
    const active = [
      this.#prefs.scheme !== 'default' ? 'scheme' : '',
      this.#prefs.size !== DEFAULT_TEXT_SIZE ? 'size' : '',
    ].filter(Boolean);
    this.#apply(active.join(' '));
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#apply('');
  }

  #apply(value: string): void {
    const host = this.#host;
    if (!value) {
      host.removeAttribute(COMFORT_ATTRIBUTE);
      sheet.release(this);
      return;
    }
    sheet.hold(this);
    if (host.getAttribute(COMFORT_ATTRIBUTE) !== value) host.setAttribute(COMFORT_ATTRIBUTE, value);
  }
}

/** Gives `prefs` a {@link ComfortOnPage} on `host`, and hands `prefs` back. */
export function comfortOnPage(host: ReactiveElement, prefs: ReaderPreferencesController): ReaderPreferencesController {
  new ComfortOnPage(host, prefs);
  return prefs;
}
