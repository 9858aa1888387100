/**
 * One named configuration of an element, as data (GOV.UK Frontend's "examples" pattern):
 * the stories, the generic examples test and the pages are all made from these. Each
 * element's `<name>.examples.ts` lists its own; no element entry imports them, so they
 * never reach an app's bundle. Types only: exampleMarkup (example-markup.ts) writes one out.
 */
export interface Example {
  /** The example's name, which is also its story's export name, e.g. `NarrowIsVsIsNot`. */
  name: string;
  /** What it shows, in a sentence or two (its story's description). */
  description: string;
  /** The element's attributes: `true` writes a boolean attribute, `false` leaves it out. */
  attributes: Record<string, string | boolean>;
  /** The element's children, as markup: an inline `<script type="application/json">` or light-DOM HTML. */
  inner?: string;
  /** Markup placed just before the element, e.g. the page's own heading above it. */
  before?: string;
  /** Attributes of an `<es-practice>` put round the element, for settings given by a provider. */
  provider?: Record<string, string | boolean>;
  /** Shown in a narrow (20rem) column, as in a sidebar. */
  column?: 'narrow';
  /** Expected to show the in-place problem message ("This part of the page could not be shown."). */
  problem?: boolean;
  /** Expected to show nothing at all (the element hides itself rather than offer nothing). */
  empty?: boolean;
}

/** An element's examples, with the tag they are for. */
export interface ElementExamples {
  tag: string;
  examples: readonly Example[];
}
