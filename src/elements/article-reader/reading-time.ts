import { articleText } from '../../content/plain-text.js';
import type { Article } from '../../content/schemas.js';

/**
 * Reading speeds in characters a minute, with how far either side of that a reader may
 * be. These are Firefox Reader View's figures (ReaderMode.sys.mjs,
 * `_getReadingSpeedForLanguage`, mozilla-central toolkit/components/reader), taken from
 * Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance: The
 * New International Reading Speed Texts IReST", IOVS 2012
 * (https://iovs.arvojournals.org/article.aspx?articleid=2166061). English for any
 * language not listed.
 */
const SPEEDS: Record<string, readonly [cpm: number, variance: number]> = {
  en: [987, 118],
  ar: [612, 88],
  de: [920, 86],
  es: [1025, 127],
  fi: [1078, 121],
  fr: [998, 126],
  he: [833, 130],
  it: [950, 140],
  ja: [357, 56],
  nl: [978, 143],
  pl: [916, 126],
  pt: [913, 145],
  ru: [986, 175],
  sl: [885, 145],
  sv: [917, 156],
  tr: [1054, 156],
  zh: [255, 29],
};

/** Minutes to read a text: for a fast reader and for a slow one. */
export interface ReadingMinutes {
  fast: number;
  slow: number;
}

/**
 * Minutes to read `text`, fastest and slowest, as Firefox computes them: the character
 * count divided by the speed plus and minus its variance, rounded up.
 */
export function readingMinutes(text: string, lang = 'en'): ReadingMinutes {
  const base = lang.toLowerCase().split(/[-_]/)[0]!;
  const [cpm, variance] = SPEEDS[base] ?? SPEEDS.en!;
  const length = text.replace(/\s+/g, ' ').trim().length;
  return {
    fast: Math.max(1, Math.ceil(length / (cpm + variance))),
    slow: Math.max(1, Math.ceil(length / (cpm - variance))),
  };
}

/**
 * Reading times, counted once per article (and language and term separator) for the
 * whole page: re-renders while scrolling must not walk 20 000 words again, and a page may
 * show the same article in more than one reader.
 */
const readingTimes = new WeakMap<Article, Map<string, ReadingMinutes>>();

/** `readingMinutes` of an article's text in `lang`, counted once for the page. */
export function pageReadingTime(article: Article, lang: string, separator: string): ReadingMinutes {
  const key = `${lang}|${separator}`;
  let times = readingTimes.get(article);
  if (!times) readingTimes.set(article, (times = new Map()));
  let minutes = times.get(key);
  if (!minutes) times.set(key, (minutes = readingMinutes(articleText(article, separator), lang)));
  return minutes;
}
