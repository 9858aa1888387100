import type { Translation } from './common.js';

/** Messages of <es-support-resources>. Keys start with "supportResources.". */
export const en = {
  'supportResources.headingContext': 'Urgent support:',
  'supportResources.heading': 'If you need help now',
  'supportResources.call': 'Call {number}',
  'supportResources.text': 'Text {number}',
  'supportResources.web': 'Visit {host}',
  'supportResources.lastReviewed': 'Last reviewed {date}.',
} as const;

export const es = {
  'supportResources.headingContext': 'Ayuda urgente:',
  'supportResources.heading': 'Si necesitas ayuda ahora',
  'supportResources.call': 'Llamar al {number}',
  'supportResources.text': 'Enviar un mensaje al {number}',
  'supportResources.web': 'Visitar {host}',
  'supportResources.lastReviewed': 'Última revisión: {date}.',
} satisfies Translation<typeof en>;
