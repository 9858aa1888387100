/**
 * Shared by the <es-reflection-card> tests (test/reflection-card*.test.ts): the card mounted
 * and read, notes typed with real key presses, a reload, and the package's storage emptied
 * between tests. Not a test file itself: web-test-runner runs only the files ending in .test.ts.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
// The elements every part has registered, as when these tests were one file.
import '../src/elements/practice/practice.js';
import '../src/elements/reflection-card/reflection-card.js';
import type { EsReflectionCard } from '../src/elements/reflection-card/reflection-card.js';
import { builtinPromptSets } from '../src/content/index.js';
import { STORAGE_PREFIX } from '../src/core/device-storage.js';
import { normalize } from './helpers.js';

export const SET = builtinPromptSets['emotional-safety']!;
export const PROMPTS = SET.prompts.map((p) => p.text);

export async function card(template = html`<es-reflection-card></es-reflection-card>`): Promise<EsReflectionCard> {
  const el = await fixture<EsReflectionCard>(template);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: EsReflectionCard, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const promptText = (el: EsReflectionCard) => $(el, '#prompt')?.textContent ?? null;
export const announcement = (el: EsReflectionCard) => normalize($(el, '.visually-hidden[role="status"]')!.textContent ?? '');
export const noteField = (el: EsReflectionCard) => $<HTMLTextAreaElement>(el, 'textarea')!;
export const keepBox = (el: EsReflectionCard) => $<HTMLInputElement>(el, '#keep');
export const notice = (el: EsReflectionCard) => normalize($(el, '[part="notice"]')?.textContent ?? '');
export const focused = (el: EsReflectionCard) => el.shadowRoot!.activeElement;

export async function click(el: EsReflectionCard, selector: string): Promise<void> {
  $(el, selector)!.click();
  await el.updateComplete;
}

/** Types as a reader would: real key presses into the note field. */
export async function typeNote(el: EsReflectionCard, text: string): Promise<void> {
  noteField(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** A "reload": the card leaves the page and a new one is made, as a new page load would. */
export async function reload(el: EsReflectionCard, template: ReturnType<typeof html>): Promise<EsReflectionCard> {
  el.remove();
  return card(template);
}

/** Empties what this package keeps in localStorage (its own keys only), before and after each test. */
export function clearPackageStorage(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

export const journalPersist = html`<es-reflection-card journal persist></es-reflection-card>`;
export const journalOnly = html`<es-reflection-card journal></es-reflection-card>`;
