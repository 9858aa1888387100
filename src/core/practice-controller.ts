import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { ensureContextRoot, practiceContext, type PracticeSettings } from './practice-context.js';

/**
 * Gives an element the settings of the nearest `<es-practice>` (or none), and re-renders
 * the element whenever they change.
 */
export class PracticeController {
  readonly #consumer: ContextConsumer<typeof practiceContext, ReactiveElement>;

  constructor(host: ReactiveElement) {
    ensureContextRoot();
    this.#consumer = new ContextConsumer(host, { context: practiceContext, subscribe: true });
  }

  get settings(): PracticeSettings {
    return this.#consumer.value ?? {};
  }
}
