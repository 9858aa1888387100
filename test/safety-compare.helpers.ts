/**
 * Shared by the <es-safety-compare> tests (test/safety-compare*.test.ts): a comparison mounted
 * in a container of a chosen width, and the ways the tests read what it shows. Not a test file
 * itself: web-test-runner runs only the files ending in .test.ts.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetMouse, sendMouse } from './commands.js';
// The elements every part has registered, as when these tests were one file.
import '../src/elements/practice/practice.js';
import '../src/elements/safety-compare/safety-compare.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { builtinComparisonSets } from '../src/content/index.js';
import { normalize } from './helpers.js';

export const WIDE = 700;
export const NARROW = 320;
export const DEFAULT_SET = builtinComparisonSets['safe-vs-unsafe']!;

/** The container compare() mounted each comparison in: the one resize() and container() give. */
const containers = new WeakMap<EsSafetyCompare, HTMLDivElement>();

/** Renders the element inside a wrapper of the given width: the element follows its own space, not the viewport. */
export async function compare(template: TemplateResult = html`<es-safety-compare></es-safety-compare>`, width = WIDE): Promise<EsSafetyCompare> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('es-safety-compare') as EsSafetyCompare;
  containers.set(el, wrapper);
  await settled(el);
  return el;
}

/** The wrapper compare() put this comparison in (around whatever else its template held). */
export function container(el: EsSafetyCompare): HTMLDivElement {
  const wrapper = containers.get(el);
  if (!wrapper) throw new Error('container(): this <es-safety-compare> was not mounted with compare()');
  return wrapper;
}

/** The layout is chosen once the browser has measured the element: a few frames later. */
export async function settled(el: EsSafetyCompare): Promise<void> {
  await el.updateComplete;
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await el.updateComplete;
}

/** Gives the comparison's container a new width, and waits for the layout that follows. */
export async function resize(el: EsSafetyCompare, width: number): Promise<void> {
  container(el).style.width = `${width}px`;
  await settled(el);
}

export const root = (el: EsSafetyCompare) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: EsSafetyCompare, selector: string) => root(el).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: EsSafetyCompare, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const text = (node: Element) => normalize(node.textContent ?? '');
export const shown = (node: Element) => getComputedStyle(node).display !== 'none' && (node as HTMLElement).offsetParent !== null;

/** Which layout a reader sees (and assistive technology gets): exactly one of the two is rendered, and shown. */
export function layout(el: EsSafetyCompare): 'table' | 'pairs' {
  const table = root(el).querySelector('.table-view');
  const pairs = root(el).querySelector('.pairs-view');
  expect(Boolean(table), 'exactly one layout is rendered').to.not.equal(Boolean(pairs));
  const view = (table ?? pairs)!;
  expect(shown(view), 'and it is displayed').to.equal(true);
  return table ? 'table' : 'pairs';
}

/** Clicks the middle of an element with the real mouse. */
export async function click(el: EsSafetyCompare, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await resetMouse();
  await el.updateComplete;
}
