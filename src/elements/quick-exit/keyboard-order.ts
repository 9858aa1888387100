/** What a keyboard can reach, roughly: enough to tell whether anything comes before an element. */
const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function reachable(el: Element): boolean {
  if (el.localName === 'es-quick-exit-skip') return false;
  if (el.closest('[hidden], [inert]')) return false;
  const html = el as HTMLElement;
  // Not rendered (display: none, or inside it): the keyboard skips it.
  return html.getClientRects().length > 0;
}

/**
 * True when nothing a keyboard can reach comes before `host` in the page, looking into
 * open shadow roots of the elements before it (other emotional-safety elements have
 * their buttons and links there).
 */
export function isFirstInKeyboardOrder(host: Element): boolean {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node === host) return true;
    if (node.contains(host)) continue;
    if (node.matches(FOCUSABLE) && reachable(node)) return false;
    const shadow = node.shadowRoot;
    if (shadow && [...shadow.querySelectorAll(FOCUSABLE)].some(reachable)) return false;
  }
  return true;
}
