import type { ReactiveController, ReactiveElement } from 'lit';
import { isLeaving, onLeaving } from '../../core/page-leaving.js';

export type SpeechState = 'stopped' | 'playing' | 'paused';

/** One piece of text to read aloud, and the section it belongs to (none for the intro). */
export interface SpeechChunk {
  section?: string;
  text: string;
}

/**
 * Reads text aloud with the browser's own speech synthesis (nothing leaves the device
 * through this package). `available` is false until the browser reports at least one
 * voice, so the element can hide "Listen" where it would do nothing. Text is spoken one
 * chunk (block) at a time: long utterances are cut off by some engines, and chunking
 * tells us which section is being read.
 */
export class SpeechController implements ReactiveController {
  readonly #host: ReactiveElement;
  #synth?: SpeechSynthesis;
  #available = false;
  #state: SpeechState = 'stopped';
  #chunks: SpeechChunk[] = [];
  #index = 0;
  #lang?: string;
  /** Bumped on every play/stop so callbacks of cancelled utterances are ignored. */
  #run = 0;
  #stopListening?: () => void;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** True when the browser can speak: synthesis exists and has at least one voice. */
  get available(): boolean {
    return this.#available;
  }

  get state(): SpeechState {
    return this.#state;
  }

  /** The section being read aloud, while playing or paused. */
  get section(): string | undefined {
    return this.#state === 'stopped' ? undefined : this.#chunks[this.#index]?.section;
  }

  hostConnected(): void {
    const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    if (!synth || typeof globalThis.SpeechSynthesisUtterance !== 'function') return;
    this.#synth = synth;
    // The quick exit: silence at once, and no next chunk from a cancelled utterance's events.
    this.#stopListening = onLeaving(() => this.stop());
    synth.addEventListener?.('voiceschanged', this.#onVoices);
    this.#onVoices();
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#synth?.removeEventListener?.('voiceschanged', this.#onVoices);
    this.stop();
    this.#synth = undefined;
  }

  play(chunks: SpeechChunk[], lang?: string): void {
    if (!this.#synth || !chunks.length || isLeaving()) return;
    this.#synth.cancel();
    this.#run++;
    this.#chunks = chunks;
    this.#lang = lang;
    this.#index = 0;
    this.#state = 'playing';
    this.#speak(this.#run);
    this.#host.requestUpdate();
  }

  pause(): void {
    if (this.#state !== 'playing') return;
    this.#synth?.pause();
    this.#state = 'paused';
    this.#host.requestUpdate();
  }

  resume(): void {
    if (this.#state !== 'paused') return;
    this.#synth?.resume();
    this.#state = 'playing';
    this.#host.requestUpdate();
  }

  stop(): void {
    if (this.#state === 'stopped') return;
    this.#run++;
    this.#state = 'stopped';
    this.#synth?.cancel();
    this.#host.requestUpdate();
  }

  #speak(run: number): void {
    const synth = this.#synth;
    const chunk = this.#chunks[this.#index];
    if (!synth || !chunk || isLeaving()) {
      this.#state = 'stopped';
      this.#host.requestUpdate();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(chunk.text);
    if (this.#lang) {
      utterance.lang = this.#lang;
      const base = this.#lang.toLowerCase().split('-')[0]!;
      const voice = synth.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
      if (voice) utterance.voice = voice;
    }
    const next = () => {
      if (run !== this.#run) return;
      this.#index++;
      this.#speak(run);
      this.#host.requestUpdate();
    };
    utterance.addEventListener('end', next);
    // An engine error would fail again on every chunk: stop calmly instead.
    utterance.addEventListener('error', () => {
      if (run === this.#run) this.stop();
    });
    synth.speak(utterance);
  }

  readonly #onVoices = (): void => {
    const available = (this.#synth?.getVoices().length ?? 0) > 0;
    if (available === this.#available) return;
    this.#available = available;
    if (!available) this.stop();
    this.#host.requestUpdate();
  };
}
