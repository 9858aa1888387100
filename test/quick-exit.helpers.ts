/**
 * Shared by the <es-quick-exit> tests (test/quick-exit*.test.ts): a quick exit mounted with
 * its departures recorded instead of taken, the hooks that start and end each test, and ways
 * to read and press it. Not a test file itself: web-test-runner runs only the files ending in
 * .test.ts.
 */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
// The elements every part has registered, as when these tests were one file.
import '../src/elements/practice/practice.js';
import '../src/elements/quick-exit/quick-exit.js';
import type { EsQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { setQuickExitNavigation } from '../src/elements/quick-exit/navigation.js';
import { normalize } from './helpers.js';

/** Where the quick exit tried to go, and what the page looked like at that moment. */
export interface Departure {
  url: string;
  covered: boolean;
  noReferrer: boolean;
}

const recorded: Departure[] = [];

/** The departures since watchDepartures() last started the record, in order; tests only read it. */
export const departures: readonly Departure[] = recorded;

/** The quick exit whose cover a departure checks, and which the end of the test closes. */
let watched: EsQuickExit | undefined;

/** Records departures from now on instead of leaving, starting with none. */
export function watchDepartures(): void {
  recorded.length = 0;
  setQuickExitNavigation((url) => {
    const cover = watched?.shadowRoot?.querySelector('dialog');
    recorded.push({
      url,
      covered: Boolean(cover?.open && cover.matches(':modal') && cover.getBoundingClientRect().height >= window.innerHeight),
      noReferrer: document.querySelector('meta[name="referrer"][content="no-referrer"]') !== null,
    });
  });
}

/** Makes `el` the quick exit that departures are checked against (its cover), and returns it. */
export function watch(el: EsQuickExit): EsQuickExit {
  watched = el;
  return el;
}

/** Mounts the template and watches the quick exit in it (the template's root or inside it). */
export async function quickExit(template = html`<es-quick-exit href="/weather"></es-quick-exit>`): Promise<EsQuickExit> {
  const found = await fixture<HTMLElement>(template);
  const el = watch((found.localName === 'es-quick-exit' ? found : found.querySelector('es-quick-exit')!) as EsQuickExit);
  await el.updateComplete;
  return el;
}

/** For beforeEach: each test starts keyboard navigation at the top, recording departures. */
export function startEachTest(): void {
  // Start keyboard navigation from the top of the page.
  document.body.tabIndex = -1;
  document.body.focus();
  document.body.removeAttribute('tabindex');
  watchDepartures();
}

/** For afterEach: the page is uncovered and emptied, and a stray exit cannot take it away. */
export function endEachTest(): void {
  // Close any cover left open, so the next test starts on a visible page.
  watched?.shadowRoot?.querySelector('dialog')?.remove();
  fixtureCleanup();
  watched = undefined;
  // Never let a stray exit take the test page away.
  setQuickExitNavigation((url) => {
    throw new Error(`a quick exit tried to leave for ${url} after its test`);
  });
  document.querySelectorAll('meta[name="referrer"]').forEach((m) => m.remove());
  document.querySelectorAll('es-quick-exit-skip').forEach((s) => s.remove());
}

export function liveRegion(el: EsQuickExit): string {
  return normalize(el.shadowRoot!.querySelector('[role="status"]')!.textContent!);
}

export function filledSteps(el: EsQuickExit): number {
  return el.shadowRoot!.querySelectorAll('.step.done').length;
}

export async function pressShift(el: EsQuickExit): Promise<void> {
  await sendKeys({ press: 'Shift' });
  await el.updateComplete;
}

export const absolute = (path: string) => new URL(path, document.baseURI).href;
