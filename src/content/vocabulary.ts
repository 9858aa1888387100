/**
 * Fixed words of the content model that the elements need at run time. They live apart
 * from schemas.ts so that elements can use them without carrying the validator, which
 * is fetched only for a practice's own content.
 */
export const RESOURCE_KINDS = ['emergency', 'crisis', 'domestic-abuse', 'support'] as const;
export const CONTACT_TYPES = ['call', 'text', 'web'] as const;

/** "sections[2].blocks[0].text": how a designer would point at a field in a JSON file. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}
