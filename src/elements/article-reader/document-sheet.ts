/**
 * A constructed stylesheet on the document (`document.adoptedStyleSheets`), there only
 * while something holds it: for the few rules that must reach the host page's own markup
 * (an element's light-DOM children), which no shadow style can. Nothing is written into
 * the host's markup, and the sheet goes when its last holder lets go.
 */
export class DocumentSheet {
  readonly #css: string;
  readonly #holders = new Set<object>();
  #sheet?: CSSStyleSheet;

  constructor(css: string) {
    this.#css = css;
  }

  hold(holder: object): void {
    this.#holders.add(holder);
    const root = document as Document & { adoptedStyleSheets?: CSSStyleSheet[] };
    // Very old engines have no constructed stylesheets: the page keeps its own look.
    if (this.#sheet || !root.adoptedStyleSheets) return;
    this.#sheet = new CSSStyleSheet();
    this.#sheet.replaceSync(this.#css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  release(holder: object): void {
    this.#holders.delete(holder);
    if (this.#holders.size || !this.#sheet) return;
    const sheet = this.#sheet;
    this.#sheet = undefined;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
