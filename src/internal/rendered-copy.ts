import { render, type TemplateResult } from 'lit';

/**
 * What has been shown so far, by content (an object, so that the entry goes when the
 * content goes) and a key for everything else the template reads: `null` once shown,
 * then the rendered DOM kept for copying once it is shown again.
 */
const shown = new WeakMap<object, Map<string, DocumentFragment | null>>();

/**
 * Static content (text and attributes, no event listeners, nothing that changes while
 * shown), rendered the usual way the first time; from the second element that shows the
 * same thing on, rendered once more into a fragment kept for the page and cloned
 * natively for each. A page that repeats a comparison or an article builds it twice,
 * not once per element; a page that shows it once pays nothing extra.
 *
 * `key` must name everything `template` reads besides `content`.
 */
export function renderedCopy(content: object, key: string, template: () => TemplateResult): TemplateResult | DocumentFragment {
  let byKey = shown.get(content);
  if (!byKey) shown.set(content, (byKey = new Map()));
  if (!byKey.has(key)) {
    byKey.set(key, null);
    return template();
  }
  let master = byKey.get(key);
  if (!master) {
    master = document.createDocumentFragment();
    render(template(), master);
    byKey.set(key, master);
  }
  return master.cloneNode(true) as DocumentFragment;
}
