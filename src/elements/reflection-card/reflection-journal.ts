import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Prompt } from '../../content/schemas.js';
import type { NotesController, NotesNotice } from './notes-controller.js';
import type { LocalizeController } from '../../core/localize-controller.js';

/** What the note field and the notes tools need from the card. */
export interface JournalView {
  /** The note on the current prompt. */
  note: string;
  /** The practice set `persist`: offer "Keep my notes on this device". */
  offer: boolean;
  /** The reader ticked it and notes are being kept. */
  keeping: boolean;
  /** The device refuses storage, so the offer cannot work. */
  unavailable: boolean;
  notice?: NotesNotice;
  /** There is a note (beyond spaces) to download. */
  hasNotes: boolean;
  /** Clear has something to clear: a note, or notes kept (or unreadable) on the device. */
  canClear: boolean;
  onInput: (text: string) => void;
  onKeep: (keep: boolean) => void;
  onDownload: () => void;
  onClear: () => void;
}

/**
 * Whether there is a note on `prompts` to download (text beyond spaces), and whether Clear
 * has anything to do: a note, notes kept on this device, or kept notes that could not be read.
 */
export function notesState(notes: NotesController, prompts: readonly Prompt[]): Pick<JournalView, 'hasNotes' | 'canClear'> {
  const texts = prompts.map((p) => notes.get(p.id));
  return {
    hasNotes: texts.some((note) => note.trim() !== ''),
    canClear: texts.some((note) => note !== '') || notes.keeping || notes.notice === 'corrupted',
  };
}

/**
 * The labelled note field for the current prompt, with the one plain sentence saying
 * where the notes live. Its value is a live property, never an attribute, and
 * spellcheck is off because some browsers send checked text to an online service.
 */
export function renderNoteField(view: JournalView, l: LocalizeController) {
  return html`<div class="journal">
    <label for="note">${l.t('reflection.noteLabel')}</label>
    <p id="privacy" class="hint">${l.t(view.keeping ? 'reflection.privacy.kept' : 'reflection.privacy.memory')}</p>
    <textarea
      id="note"
      part="note"
      rows="5"
      spellcheck="false"
      autocomplete="off"
      aria-describedby="prompt privacy"
      .value=${live(view.note)}
      @input=${(event: InputEvent) => view.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/**
 * Keeping (only when offered), downloading and clearing notes, and the polite notice
 * saying what happened to them. The notice region is always rendered, so screen
 * readers hear its changes.
 *
 * Download and Clear are quieter than Next, and enabled only when they have something
 * to do; otherwise they are aria-disabled (so focus stays on Clear once it has cleared)
 * and described by the visible sentence that says why.
 */
export function renderNotesTools(view: JournalView, l: LocalizeController) {
  const why = view.canClear ? 'reflection.nothingToDownload' : 'reflection.nothingYet';
  return html`<div part="notes-tools" class="tools">
    ${view.offer
      ? html`<div class="keep">
          <input
            type="checkbox"
            id="keep"
            .checked=${live(view.keeping)}
            ?disabled=${view.unavailable}
            aria-describedby="keep-hint"
            @change=${(event: Event) => view.onKeep((event.target as HTMLInputElement).checked)}
          />
          <label for="keep">${l.t('reflection.keep')}</label>
          <p id="keep-hint" class="hint">${l.t('reflection.keepHint')}</p>
        </div>`
      : nothing}
    <div class="row">
      <button
        part="button"
        type="button"
        class="btn"
        id="download"
        aria-disabled=${view.hasNotes ? 'false' : 'true'}
        aria-describedby=${view.hasNotes ? 'download-hint' : 'notes-empty'}
        @click=${() => view.hasNotes && view.onDownload()}
      >
        ${l.t('reflection.download')}
      </button>
      <button
        part="button"
        type="button"
        class="btn"
        id="clear"
        aria-disabled=${view.canClear ? 'false' : 'true'}
        aria-describedby=${view.canClear ? nothing : 'notes-empty'}
        @click=${() => view.canClear && view.onClear()}
      >
        ${l.t('reflection.clear')}
      </button>
    </div>
    ${view.hasNotes
      ? html`<p id="download-hint" class="hint">${l.t('reflection.downloadHint')}</p>`
      : html`<p id="notes-empty" class="hint">${l.t(why)}</p>`}
    <p part="notice" class="notice" role="status">${view.notice ? l.t(`reflection.notice.${view.notice}`) : nothing}</p>
  </div>`;
}
