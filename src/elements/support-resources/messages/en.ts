/** Messages of <es-support-resources>. Keys start with "supportResources.". */
export const en = {
  'supportResources.headingContext': 'Urgent support:',
  'supportResources.heading': 'If you need help now',
  'supportResources.call': 'Call {number}',
  'supportResources.text': 'Text {number}',
  'supportResources.web': 'Visit {host}',
  'supportResources.linkName': '{link} ({service})',
  'supportResources.lastReviewed': 'Last reviewed {date}.',
} as const;

type SupportResourcesMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../../../core/l10n/catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends SupportResourcesMessages {}
}
