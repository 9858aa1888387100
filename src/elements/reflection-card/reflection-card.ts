import { html, nothing, type PropertyValues } from 'lit';
import { DEFAULT_PROMPT_SET_ID } from '../../content/builtin-prompts.js';
import type { Prompt, PromptSet } from '../../content/schemas.js';
import { ContentController } from '../../core/content-controller.js';
import { NotesController } from './notes-controller.js';
import { clearStoredData } from '../../core/device-storage.js';
import { renderContentProblem } from '../../core/content-problem-view.js';
import { defineElement } from '../../core/define.js';
import { EsElement } from '../../core/es-element.js';
import { heading } from '../../core/heading.js';
import { buttonStyles } from '../../core/styles/buttons.js';
import { baseStyles } from '../../core/styles/tokens.js';
import { downloadTextFile, notesFileText } from './notes-file.js';
import { notesState, renderNoteField, renderNotesTools, type JournalView } from './reflection-journal.js';
import { renderNav } from './reflection-nav.js';
import { promptIndex, shownPrompts, type Shown } from './shown-prompts.js';
import { reflectionCardStyles } from './reflection-card.styles.js';
import './reflection-card.messages.js';
import type { ContentErrorEvent, PromptChangeEvent } from '../../events.js';

/**
 * One gentle reflection prompt at a time, with an optional private note. The reader can
 * move between prompts, set the reflection aside at any moment, and (with `journal`)
 * write a note per prompt. Notes stay in this card's memory and vanish on reload unless
 * the practice sets `persist` and the reader ticks "Keep my notes on this device".
 * Note text never leaves the browser: no request, event, attribute or console output
 * carries it. A practice's own prompt set can come from `src` or from a child
 * `<script type="application/json">` (see `schema/prompt-set.schema.json`).
 *
 * @tagname es-reflection-card
 * @summary Gentle reflection prompts, one at a time, with an optional private note.
 *
 * @csspart base - The outermost wrapper.
 * @csspart card - The card around the prompts.
 * @csspart heading - The heading of the card (the set's title).
 * @csspart framing - The line inviting the reader to reflect at their own pace.
 * @csspart position - "Prompt 2 of 6".
 * @csspart prompt-text - The current prompt.
 * @csspart nav - The row of Previous, Next and Skip buttons.
 * @csspart button - Every button.
 * @csspart button-primary - The one main action: Next (or "Come back to the reflection" while set aside).
 * @csspart button-skip - "Skip for now", styled as a quiet link.
 * @csspart note - The note field.
 * @csspart notes-tools - Keeping, downloading and clearing notes.
 * @csspart notice - What happened to the notes (kept, cleared, could not be kept).
 * @csspart error - The message shown when the prompts cannot be used.
 *
 * @cssprop [--es-color-text=currentColor] - Text colour (default: inherited from the page).
 * @cssprop [--es-color-surface=transparent] - Background of the card (default: transparent).
 * @cssprop [--es-color-raised=color-mix(in srgb, currentColor 6%, transparent)] - Background of the note field.
 * @cssprop [--es-color-accent=color-mix(in srgb, #1d5c87 50%, currentColor)] - Buttons and the prompt's side rule.
 * @cssprop [--es-color-muted=currentColor] - Secondary text: framing line, position, hints.
 * @cssprop [--es-color-border=color-mix(in srgb, currentColor 55%, transparent)] - The card's border and the note field's border.
 * @cssprop [--es-color-focus=var(--es-color-accent)] - The focus ring.
 * @cssprop [--es-font-body=inherit] - Body font (default: inherited from the page).
 * @cssprop [--es-font-heading=inherit] - Font of the title and the prompt.
 * @cssprop [--es-radius=0.5rem] - Corner radius of the card, buttons and note field.
 * @cssprop [--es-space=1rem] - Padding inside the card.
 * @cssprop [--es-max-width=42rem] - Widest the element grows (default: 42rem).
 * @cssprop [--es-block-gap=1.5em] - Space kept from whatever comes before the element: another element, the host's text (default: 1.5em; none when it comes first).
 *
 * @fires es-prompt-change - The reader moved to another prompt; `detail: { index }` (from 0). Never carries a note.
 * @fires es-content-error - The prompt set could not be used; `detail.problem` says why.
 */
export class EsReflectionCard extends EsElement {
  static override styles = [baseStyles, buttonStyles, reflectionCardStyles];
  static override properties = {
    set: {},
    src: {},
    prompt: {},
    journal: { type: Boolean },
    persist: { type: Boolean },
    index: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Id of a built-in prompt set. Default: `emotional-safety`. */
  set?: string;

  /** URL of a prompt set as JSON (see `schema/prompt-set.schema.json`), for a practice's own prompts. */
  src?: string;

  /** A single prompt of the practice's own, shown instead of a set (no navigation then). Default: none. */
  prompt?: string;

  /** Shows a note field for each prompt. Default: false. */
  journal = false;

  /**
   * Lets the card offer "Keep my notes on this device" (unticked). Notes are kept on the
   * device only once the reader ticks it. Default: false (notes vanish on reload).
   */
  persist = false;

  /** Which prompt is shown, counting from 0. Default: 0 (the first). */
  index = 0;

  /** Level of the heading (1–6, default 2) to fit the page's outline. Other values warn once and give 2. */
  headingLevel = 2;

  /** The reader chose "Skip for now". */
  #skipped = false;

  /** Text of the polite announcement, set only when the reader changes prompt. */
  #announcement = '';

  readonly #content = new ContentController(this, 'prompt-set', () => ({
    src: this.#single ? null : this.src,
    id: this.#single ? null : this.set,
    defaultId: DEFAULT_PROMPT_SET_ID,
  }));

  readonly #notes = new NotesController(this, () => ({
    scope: this.#shown?.scope ?? '',
    offer: this.persist,
  }));

  readonly #pendingRevokes = new Set<() => void>();
  #focusAfterUpdate?: string;

  /** The prompt set in use, once loaded (undefined with `prompt`). */
  get promptSet(): PromptSet | undefined {
    return this.#single ? undefined : this.#content.value;
  }

  get #single(): string | undefined {
    return this.prompt?.trim() || undefined;
  }

  get #shown(): Shown | undefined {
    return shownPrompts(this.#single, this.#content.value, this.localize);
  }

  /** The index in force: whole, within the prompts, whatever was set. */
  get #current(): number {
    return promptIndex(this.index, this.#shown?.prompts.length ?? 1);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const revoke of this.#pendingRevokes) revoke();
    this.#pendingRevokes.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another set of prompts starts at its beginning, not at the old position.
    if (this.hasUpdated && (changed.has('set') || changed.has('src') || changed.has('prompt'))) {
      this.index = 0;
      this.#announcement = '';
    }
  }

  protected override render() {
    let body;
    if (!this.#single && this.#content.problem) {
      body = renderContentProblem(this.#content.problem, 'prompt-set', this.localize);
    } else {
      const shown = this.#shown;
      body = shown ? this.#renderCard(shown) : html`<p role="status">${this.t('content.loading')}</p>`;
    }
    return html`<div part="base" class=${this.baseClass}>${body}</div>`;
  }

  protected override updated(): void {
    const id = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (id) this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  #renderCard(shown: Shown) {
    const index = this.#current;
    const prompt = shown.prompts[index]!;
    const total = shown.prompts.length;
    return html`<section part="card" class="card" aria-labelledby="title">
      ${heading(
        this.headingLevelFrom(this.headingLevel),
        html`<span lang=${shown.single ? nothing : (shown.lang ?? nothing)}>${shown.title}</span>`,
        'title',
        'heading',
        'heading',
        false,
      )}
      ${shown.intro ? html`<p class="intro" lang=${shown.lang ?? nothing}>${shown.intro}</p>` : nothing}
      <p part="framing" class="framing">${this.t('reflection.framing')}</p>
      ${this.#skipped
        ? html`<p class="skipped">${this.t('reflection.skipped')}</p>
            <div class="row">
              <button id="resume" part="button button-primary" class="btn primary" type="button" @click=${this.#resume}>
                ${this.t('reflection.resume')}
              </button>
            </div>
            ${this.journal ? renderNotesTools(this.#journalView(shown, prompt), this.localize) : nothing}`
        : html`
            ${shown.single
              ? nothing
              : html`<p part="position" class="position">${this.t('reflection.position', { current: index + 1, total })}</p>`}
            <p id="prompt" part="prompt-text" class="prompt" tabindex="-1" lang=${shown.lang ?? nothing}>${prompt.text}</p>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
            ${this.journal ? renderNoteField(this.#journalView(shown, prompt), this.localize) : nothing}
            ${renderNav(
              { single: shown.single, index, total, onGo: (i) => this.#go(i), onSkip: () => this.#skip() },
              this.localize,
            )}
            ${this.journal ? renderNotesTools(this.#journalView(shown, prompt), this.localize) : nothing}
          `}
    </section>`;
  }

  #journalView(shown: Shown, prompt: Prompt): JournalView {
    const notes = this.#notes;
    const { hasNotes, canClear } = notesState(notes, shown.prompts);
    return {
      note: notes.get(prompt.id),
      offer: this.persist,
      keeping: notes.keeping,
      unavailable: notes.unavailable,
      notice: notes.notice,
      hasNotes,
      canClear,
      onInput: (text) => {
        notes.set(prompt.id, text);
        // Download and Clear follow whether there is anything to download or clear.
        const now = notesState(notes, shown.prompts);
        if (now.hasNotes !== hasNotes || now.canClear !== canClear) this.requestUpdate();
      },
      onKeep: (keep) => notes.setKeeping(keep),
      onDownload: () => this.#download(),
      // Everything this package stored, and every card's notes in memory.
      onClear: clearStoredData,
    };
  }

  #go(index: number): void {
    const shown = this.#shown;
    if (!shown || index < 0 || index >= shown.prompts.length || index === this.#current) return;
    this.index = index;
    this.#announcement = this.t('reflection.announce', {
      current: index + 1,
      total: shown.prompts.length,
      text: shown.prompts[index]!.text,
    });
    this.dispatchEvent(new CustomEvent('es-prompt-change', { bubbles: true, composed: true, detail: { index } }));
  }

  #skip(): void {
    this.#skipped = true;
    this.requestUpdate();
    // The pressed button goes away: put focus on the way back rather than lose it.
    this.#focusAfterUpdate = 'resume';
  }

  #resume(): void {
    this.#skipped = false;
    this.requestUpdate();
    this.#focusAfterUpdate = 'prompt';
  }

  #download(): void {
    const shown = this.#shown;
    if (!shown) return;
    const text = notesFileText(
      shown.title,
      shown.prompts.map((p, i) => this.t('reflection.file.prompt', { current: i + 1, text: p.text })),
      shown.prompts.map((p) => this.#notes.get(p.id)),
      this.t('reflection.file.empty'),
    );
    const revoke = downloadTextFile(text, this.t('reflection.file.name'), this.renderRoot, () =>
      this.#pendingRevokes.delete(revoke),
    );
    this.#pendingRevokes.add(revoke);
  }
}

defineElement('es-reflection-card', EsReflectionCard);

declare global {
  interface HTMLElementTagNameMap {
    'es-reflection-card': EsReflectionCard;
  }  // The events it fires (see src/events.ts), typed wherever this element alone is imported.
  interface HTMLElementEventMap {
    'es-prompt-change': PromptChangeEvent;
    'es-content-error': ContentErrorEvent;
  }
}
