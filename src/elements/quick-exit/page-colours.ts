/** The alpha of a computed colour: 0 for `transparent` and `rgba(…, 0)`, else its last component. */
function alpha(colour: string): number {
  if (colour === 'transparent') return 0;
  const match = /^(?:rgba|hsla|color|oklch|oklab|lab|lch)\(.*[\s,/]\s*([\d.]+%?)\)$/.exec(colour);
  if (!match?.[1] || !/rgba|\//.test(colour)) return 1;
  const value = match[1];
  return value.endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
}

/**
 * The colour the page paints behind `el`: the first ancestor's (through shadow roots) own
 * background colour that is mostly opaque, then `<body>`'s and the root's. Undefined when
 * the page paints none, where the browser's `Canvas` is what shows. The quick exit's bar
 * takes it, so it looks like part of the page, not a white band on a cream or dark site.
 */
export function pageBackground(el: Element): string | undefined {
  const seen: Element[] = [];
  for (let node: Node | null = el.parentNode; node; ) {
    if (node instanceof Element) seen.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  if (document.body && !seen.includes(document.body)) seen.push(document.body);
  if (!seen.includes(document.documentElement)) seen.push(document.documentElement);
  for (const node of seen) {
    const colour = getComputedStyle(node).backgroundColor;
    if (alpha(colour) >= 0.5) return colour;
  }
  return undefined;
}
