/**
 * Makes a stable, readable id from a heading: "Why It’s Hard to Trust Again" →
 * "why-its-hard-to-trust-again". Used for the practice's own HTML articles, whose
 * headings have no id yet, so `page#section-id` links keep working between visits.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
