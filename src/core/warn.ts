/**
 * Tells the page's designer, in the console, what went wrong and how it was handled,
 * always under the package's name. `context` (the element, the problem) follows, to click.
 */
export function warn(message: string, ...context: unknown[]): void {
  console.warn(`emotional-safety-elements: ${message}`, ...context);
}
