/** Shared test helpers. */

/** Collapses runs of white space, so text can be compared however it was laid out. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text a reader sees in an element's shadow root, laid out as the browser renders it. */
export function visibleText(el: Element): string {
  const root = el.shadowRoot!;
  return normalize([...root.children].map((child) => (child as HTMLElement).innerText ?? '').join('\n'));
}

/** The lines of one of the practice's source articles (copied into test/fixtures). */
export async function sourceLines(file: string): Promise<string[]> {
  const response = await fetch(new URL(`./fixtures/${file}`, import.meta.url));
  const text = await response.text();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export const SOURCE_FILES = {
  'what-emotional-safety-means': 'what-emotional-safety-actually-means.txt',
  'rebuilding-safety-and-trust': 'how-therapy-helps-rebuild-safety-and-trust.txt',
} as const;

/** Collects console.warn calls made while `run` executes, without printing them. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<unknown[][]> {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Sets the colour scheme of the elements under test through their `theme` attribute. */
export const THEMES_TO_CHECK = ['light', 'dark'] as const;
