/**
 * Messages shared by every element. The detailed explanations of content problems live
 * in content-errors.ts and are loaded only when a problem has to be explained.
 */
export const en = {
  'content.loading': 'Loading…',
  'content.error.title': 'This part of the page could not be shown.',
  'list.separator': ', ',
  /** A date written in full: {day} and {year} are numbers, {month} one of `date.months`. */
  'date.long': '{month} {day}, {year}',
  /** The twelve month names, January first, separated by "|". */
  'date.months': 'January|February|March|April|May|June|July|August|September|October|November|December',
} as const;

/** A translation must cover the same keys; plural messages stay plural. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : { one?: string; other: string } };
