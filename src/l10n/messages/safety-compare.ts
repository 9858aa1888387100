import type { Translation } from './common.js';

/** Messages of <es-safety-compare>. */
export const en = {
  'compare.safeLabel': 'Emotionally safe',
  'compare.unsafeLabel': 'Not safe',
  'compare.safePrefix': 'Safe:',
  'compare.unsafePrefix': 'Not safe:',
} as const;

export const es = {
  'compare.safeLabel': 'Emocionalmente seguro',
  'compare.unsafeLabel': 'No seguro',
  'compare.safePrefix': 'Seguro:',
  'compare.unsafePrefix': 'No seguro:',
} satisfies Translation<typeof en>;
