import type { ReactiveController, ReactiveElement } from 'lit';
import { rendersAsServer } from '../internal/as-server.js';
import {
  STORAGE_CLEARED_EVENT,
  readStored,
  removeStored,
  storageKey,
  writeStored,
} from '../internal/device-storage.js';

/** Colour schemes a reader can choose; `default` follows the element's theme or the page. */
export const READER_SCHEMES = ['default', 'light', 'dark', 'sepia', 'contrast'] as const;
export type ReaderScheme = (typeof READER_SCHEMES)[number];

/** Text size steps, smallest first; index 1 is the standard size. */
export const TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5] as const;
export const DEFAULT_TEXT_SIZE = 1;

export interface ReaderPreferences {
  size: number;
  scheme: ReaderScheme;
}

export const PREFERENCES_KEY = storageKey('reader-preferences', 1);

const DEFAULTS: ReaderPreferences = { size: DEFAULT_TEXT_SIZE, scheme: 'default' };

/**
 * The reader's choices for this page visit, shared by every reader on the page. Kept in
 * memory only (no sessionStorage): they vanish when the page is left or reloaded.
 */
let visit: ReaderPreferences | undefined;

// "Erase everything" also erases this visit's choices, even with no reader on the page.
globalThis.addEventListener?.(STORAGE_CLEARED_EVENT, () => {
  visit = undefined;
});

function valid(value: unknown): ReaderPreferences | undefined {
  // Anything but an object has neither field, and fails the checks below.
  const { size, scheme } = (value ?? {}) as { size?: number; scheme?: ReaderScheme };
  if (!Number.isInteger(size) || size! < 0 || size! >= TEXT_SIZES.length) return undefined;
  if (!READER_SCHEMES.includes(scheme!)) return undefined;
  return { size: size!, scheme: scheme! };
}

function readDevice(): ReaderPreferences | undefined {
  const stored = readStored(PREFERENCES_KEY);
  if (!stored.ok || stored.value === null) return undefined;
  try {
    return valid(JSON.parse(stored.value));
  } catch {
    return undefined;
  }
}

/**
 * Text size and colour scheme of an article reader. Remembered in memory for the page
 * visit; kept on the device (through device-storage, the one door to localStorage) only
 * when the practice opts in with `persist()` returning true. Everything the package
 * stores is erased by `clearAllStoredData()`, and then this forgets the visit too.
 */
export class ReaderPreferencesController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #persist: () => boolean;
  #prefs: ReaderPreferences = { ...DEFAULTS };

  constructor(host: ReactiveElement, persist: () => boolean) {
    this.#host = host;
    this.#persist = persist;
    host.addController(this);
  }

  // What the reader chose on this device is unknown to a server (and to hydration over it).
  get size(): number {
    return (rendersAsServer(this.#host) ? DEFAULTS : this.#prefs).size;
  }

  get scheme(): ReaderScheme {
    return (rendersAsServer(this.#host) ? DEFAULTS : this.#prefs).scheme;
  }

  hostConnected(): void {
    window.addEventListener(STORAGE_CLEARED_EVENT, this.#onCleared);
    this.#load();
  }

  hostDisconnected(): void {
    window.removeEventListener(STORAGE_CLEARED_EVENT, this.#onCleared);
  }

  /** Re-reads the choices; called when `persist` changes. */
  reload(): void {
    this.#load();
    this.#host.requestUpdate();
  }

  set(change: Partial<ReaderPreferences>): void {
    const next = valid({ ...this.#prefs, ...change });
    if (!next) return;
    this.#prefs = next;
    visit = { ...next };
    if (this.#persist()) writeStored(PREFERENCES_KEY, JSON.stringify(next));
    this.#host.requestUpdate();
  }

  /** Removes the saved copy from the device and goes back to the standard settings. */
  forget(): void {
    removeStored(PREFERENCES_KEY);
    visit = undefined;
    this.#prefs = { ...DEFAULTS };
    this.#host.requestUpdate();
  }

  #load(): void {
    this.#prefs = { ...(visit ?? (this.#persist() ? readDevice() : undefined) ?? DEFAULTS) };
  }

  readonly #onCleared = (): void => {
    this.#prefs = { ...DEFAULTS };
    this.#host.requestUpdate();
  };
}
