/**
 * The only door to the reader's device storage. Everything the package keeps lives in
 * localStorage under one prefix, so that "Clear my notes" and the quick exit's
 * `clear-stored` can erase all of it, and nothing else on the practice's site is touched.
 *
 * Storage can be missing or throw (private modes, blocked cookies, a full disk): every
 * function here reports that instead of throwing, so callers can fall back to memory.
 */
export const STORAGE_PREFIX = 'emotional-safety-elements:';

/** A namespaced key, e.g. `storageKey('notes', 1)` → "emotional-safety-elements:notes:v1". */
export function storageKey(name: string, version: number): string {
  return `${STORAGE_PREFIX}${name}:v${version}`;
}

/**
 * The device's storage. Reading `localStorage` itself can throw (blocked cookies), and
 * it can be missing: then every use below throws too, and each function catches that.
 */
const storage = (): Storage => globalThis.localStorage;

export type ReadResult = { ok: true; value: string | null } | { ok: false };

/** Reads a value; `{ ok: false }` when storage is unavailable. */
export function readStored(key: string): ReadResult {
  try {
    return { ok: true, value: storage().getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** Writes a value; false when storage is unavailable or full. */
export function writeStored(key: string, value: string): boolean {
  try {
    storage().setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a value; false when storage is unavailable. */
export function removeStored(key: string): boolean {
  try {
    storage().removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Erases everything this package ever stored on the device (notes, reading
 * preferences), and tells any element on the page to forget what it holds in memory
 * too. Used by "Clear my notes" and `<es-quick-exit clear-stored>`.
 */
export function clearStoredData(): void {
  try {
    const store = storage();
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) store.removeItem(key);
    }
  } catch {
    // Nothing stored that we can reach: nothing to erase.
  }
  globalThis.dispatchEvent?.(new Event(STORAGE_CLEARED_EVENT));
}

/**
 * The old name of `clearStoredData()`, which it always was: it erases reading settings
 * as well as notes.
 * @deprecated Use `clearStoredData()`.
 */
export const clearNotes: () => void = clearStoredData;

/** Dispatched on `window` after `clearStoredData()`; carries no data. */
export const STORAGE_CLEARED_EVENT = 'es-storage-cleared';
