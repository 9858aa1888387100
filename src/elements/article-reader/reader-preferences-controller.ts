import type { ReactiveController, ReactiveElement } from 'lit';
import { rendersAsServer } from '../../core/as-server.js';
import {
  STORAGE_CLEARED_EVENT,
  readStored,
  removeStored,
  storageKey,
  writeStored,
} from '../../core/device-storage.js';

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
 * visit. When the practice opts in with `persist()` returning true, the reader is
 * *offered* to keep them on the device (through device-storage, the one door to
 * localStorage): nothing is stored until the reader says so with `keep(true)`, as with the
 * reflection card's notes. A kept copy found on the device means the reader chose it.
 * Everything the package stores is erased by `clearStoredData()`, and then this
 * forgets the visit too.
 */
export class ReaderPreferencesController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #persist: () => boolean;
  #prefs: ReaderPreferences = { ...DEFAULTS };
  #kept = false;

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

  /** Whether the reader chose to keep the settings on this device (only ever with `persist`). */
  get kept(): boolean {
    return !rendersAsServer(this.#host) && this.#kept;
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
    if (this.#persist() && this.#kept) writeStored(PREFERENCES_KEY, JSON.stringify(next));
    this.#host.requestUpdate();
  }

  /**
   * The reader's answer to "Keep these settings on this device": true stores the current
   * settings (and every later change); false erases the stored copy and keeps the
   * settings for this visit only. Does nothing without `persist`. When the browser refuses
   * storage (some private windows), the settings stay unkept.
   */
  keep(on: boolean): void {
    if (!this.#persist()) return;
    if (on) this.#kept = writeStored(PREFERENCES_KEY, JSON.stringify(this.#prefs));
    else {
      removeStored(PREFERENCES_KEY);
      this.#kept = false;
    }
    this.#host.requestUpdate();
  }

  #load(): void {
    const device = this.#persist() ? readDevice() : undefined;
    this.#kept = device !== undefined;
    this.#prefs = { ...(visit ?? device ?? DEFAULTS) };
  }

  readonly #onCleared = (): void => {
    this.#kept = false;
    this.#prefs = { ...DEFAULTS };
    this.#host.requestUpdate();
  };
}
