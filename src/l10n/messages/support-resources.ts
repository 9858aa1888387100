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

