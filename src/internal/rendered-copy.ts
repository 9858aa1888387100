import { render, type TemplateResult } from 'lit';

/**
 * Rendered DOM kept for copying, by the content it shows (an object, so that it goes
 * when the content goes) and a key for everything else the template reads.
 */
const masters = new WeakMap<object, Map<string, DocumentFragment>>();

/**
 * A fresh copy of static content (text and attributes, no event listeners, nothing
 * that changes while shown): rendered by Lit once a page, then cloned natively for
 * every other element that shows the same thing. A page that repeats a comparison or an
 * article then pays for building it once, not once per element.
 *
 * `key` must name everything `template` reads besides `content`.
 */
export function renderedCopy(content: object, key: string, template: () => TemplateResult): DocumentFragment {
  let byKey = masters.get(content);
  if (!byKey) masters.set(content, (byKey = new Map()));
  let master = byKey.get(key);
  if (!master) {
    master = document.createDocumentFragment();
    render(template(), master);
    byKey.set(key, master);
  }
  return master.cloneNode(true) as DocumentFragment;
}
