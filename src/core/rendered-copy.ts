import { isServer, render, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';

/**
 * What has been shown so far, by content (an object, so that the entry goes when the
 * content goes) and the JSON of the template's inputs: `null` once shown, then the
 * rendered DOM kept for copying once it is shown again.
 */
const shown = new WeakMap<object, Map<string, DocumentFragment | null>>();

/**
 * Static content (text and attributes, no event listeners, nothing that changes while
 * shown), rendered the usual way the first time; from the second element that shows the
 * same thing on, rendered once more into a fragment kept for the page and cloned
 * natively for each. A page that repeats a comparison or an article builds it twice,
 * not once per element; a page that shows it once pays nothing extra.
 *
 * `template` is given `content` and `inputs` and must read nothing else. The copy is
 * keyed by `inputs` (their JSON: functions and sets are left out of it, so a function
 * among them must depend only on the other inputs), so there is no separate key to keep
 * in step with the template. Re-rendered with the same content and inputs, the part is
 * left as it is.
 */
export function renderedCopy<C extends object, I>(content: C, inputs: I, template: (content: C, inputs: I) => TemplateResult): DirectiveResult {
  const key = JSON.stringify(inputs);
  return guard([content, key], () => copyOf(content, key, () => template(content, inputs)));
}

function copyOf(content: object, key: string, template: () => TemplateResult): TemplateResult | DocumentFragment {
  // A server writes HTML: there is no DOM to copy.
  if (isServer) return template();
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
    compact(master);
    byKey.set(key, master);
  }
  return master.cloneNode(true) as DocumentFragment;
}

/**
 * Removes Lit's comment markers (about one a binding) and joins the text either side of
 * where they were: a copy is never updated by Lit, and without them it has about half as
 * many nodes to clone.
 */
function compact(fragment: DocumentFragment): void {
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (walker.nextNode()) markers.push(walker.currentNode);
  for (const marker of markers) marker.parentNode!.removeChild(marker);
  fragment.normalize();
}
