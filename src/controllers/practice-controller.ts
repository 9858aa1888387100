import type { ReactiveController, ReactiveElement } from 'lit';
import { ensureContextRoot, requestSettings, type PracticeSettings, type SettingsCallback } from '../context/practice-context.js';

/**
 * Gives an element the settings of the nearest `<es-practice>` (or none), and re-renders
 * the element whenever they change.
 */
export class PracticeController implements ReactiveController {
  readonly #host: ReactiveElement;
  #settings?: PracticeSettings;
  #unsubscribe?: () => void;

  constructor(host: ReactiveElement) {
    ensureContextRoot();
    this.#host = host;
    host.addController(this);
  }

  get settings(): PracticeSettings {
    return this.#settings ?? {};
  }

  hostConnected(): void {
    requestSettings(this.#host, this.#receive);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #receive: SettingsCallback = (settings, unsubscribe) => {
    // A nearer provider has arrived: leave the one that answered before.
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#settings = settings;
    this.#host.requestUpdate();
  };
}
