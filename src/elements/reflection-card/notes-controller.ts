import type { ReactiveController, ReactiveElement } from 'lit';
import {
  STORAGE_CLEARED_EVENT,
  readStored,
  removeStored,
  storageKey,
  writeStored,
} from '../../core/device-storage.js';

/**
 * The one key under which kept notes live:
 * `{ "notes": { "<scope>": { "<prompt id>": "<note>" } } }`. A scope (one card's set of
 * prompts) that is present means its reader ticked "Keep my notes on this device".
 */
export const NOTES_STORAGE_KEY = storageKey('notes', 1);

/**
 * What the card should tell the reader about their notes, after something happened:
 * the message `reflection.notice.<notice>`.
 */
export type NotesNotice = 'kept' | 'unkept' | 'cleared' | 'unavailable' | 'corrupted' | 'writeFailed';

/** Read from the host on every update. */
export interface NotesOptions {
  /** Whose notes these are, e.g. "set:emotional-safety"; empty while content loads. */
  scope: string;
  /** Whether the practice lets the card offer keeping notes on the device (`persist`). */
  offer: boolean;
}

type NotesByScope = Record<string, Record<string, string>>;

/** A plain object (not null, not a list) whose values all pass `check`. */
function isRecordOf(value: unknown, check: (entry: unknown) => boolean): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(check);
}

const isTextRecord = (value: unknown) => isRecordOf(value, (text) => typeof text === 'string');

function parseRecord(raw: string): NotesByScope | undefined {
  try {
    const notes = (JSON.parse(raw) as { notes?: unknown } | null)?.notes;
    return isRecordOf(notes, isTextRecord) ? (notes as NotesByScope) : undefined;
  } catch {
    return undefined;
  }
}

export class NotesController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: () => NotesOptions;
  /** scope → prompt id → note. Per instance, on purpose. */
  readonly #memory = new Map<string, Map<string, string>>();
  #scope = '';
  #loaded = '';
  #keeping = false;
  #unavailable = false;
  #notice?: NotesNotice;

  constructor(host: ReactiveElement, options: () => NotesOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.(STORAGE_CLEARED_EVENT, this.#onCleared);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.(STORAGE_CLEARED_EVENT, this.#onCleared);
  }

  hostUpdate(): void {
    const { scope, offer } = this.#options();
    this.#scope = scope;
    const loadKey = `${offer ? 'offer' : 'memory'}|${scope}`;
    if (!scope || loadKey === this.#loaded) return;
    this.#loaded = loadKey;
    this.#keeping = false;
    // Without `persist` the device is never even read: nothing there is ours to show.
    if (offer) this.#load();
  }

  /** Whether notes are being kept on the device (the reader ticked the box). */
  get keeping(): boolean {
    return this.#keeping;
  }

  /** Whether the device refuses storage altogether, so the offer cannot work. */
  get unavailable(): boolean {
    return this.#unavailable;
  }

  /** The latest thing to tell the reader about their notes, if any. */
  get notice(): NotesNotice | undefined {
    return this.#notice;
  }

  /** The note for a prompt of the current scope ("" when none). */
  get(promptId: string): string {
    return this.#current().get(promptId) ?? '';
  }

  /** Replaces the note for a prompt; kept on the device only while the reader chose so. */
  set(promptId: string, text: string): void {
    const notes = this.#current();
    if (text) notes.set(promptId, text);
    else notes.delete(promptId);
    if (this.#keeping) this.#save();
  }

  /** The reader ticked or unticked "Keep my notes on this device". */
  setKeeping(keep: boolean): void {
    if (keep) {
      this.#keeping = true;
      this.#notice = this.#save() ? 'kept' : this.#notice;
    } else {
      this.#keeping = false;
      this.#erase();
      this.#notice = 'unkept';
    }
    this.#host.requestUpdate();
  }

  readonly #onCleared = (): void => {
    this.#memory.clear();
    this.#keeping = false;
    this.#notice = 'cleared';
    this.#host.requestUpdate();
  };

  #current(): Map<string, string> {
    let notes = this.#memory.get(this.#scope);
    if (!notes) {
      notes = new Map();
      this.#memory.set(this.#scope, notes);
    }
    return notes;
  }

  #load(): void {
    const read = readStored(NOTES_STORAGE_KEY);
    if (!read.ok) {
      this.#unavailable = true;
      this.#notice = 'unavailable';
      return;
    }
    if (read.value === null) return;
    const record = parseRecord(read.value);
    if (!record) {
      this.#notice = 'corrupted';
      return;
    }
    const kept = Object.hasOwn(record, this.#scope) ? record[this.#scope] : undefined;
    if (!kept) return;
    this.#keeping = true;
    const notes = this.#current();
    for (const [promptId, text] of Object.entries(kept)) {
      if (text && !notes.get(promptId)) notes.set(promptId, text);
    }
  }

  /** Writes this scope's notes; on failure falls back to memory and says why. */
  #save(): boolean {
    const read = readStored(NOTES_STORAGE_KEY);
    // Whatever else is there (other cards' notes) is kept; something unreadable is replaced.
    const record = (read.ok && read.value !== null && parseRecord(read.value)) || {};
    record[this.#scope] = Object.fromEntries(this.#current());
    if (read.ok && writeStored(NOTES_STORAGE_KEY, JSON.stringify({ notes: record }))) return true;
    this.#keeping = false;
    this.#unavailable = !read.ok;
    this.#notice = read.ok ? 'writeFailed' : 'unavailable';
    this.#host.requestUpdate();
    return false;
  }

  /** Removes this scope's kept notes from the device, leaving other cards' alone. */
  #erase(): void {
    const read = readStored(NOTES_STORAGE_KEY);
    if (!read.ok || read.value === null) return;
    const record = parseRecord(read.value);
    if (record) delete record[this.#scope];
    if (!record || Object.keys(record).length === 0) removeStored(NOTES_STORAGE_KEY);
    else writeStored(NOTES_STORAGE_KEY, JSON.stringify({ notes: record }));
  }
}
