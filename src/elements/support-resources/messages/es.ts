/** Spanish messages for support-resources; loaded on demand with the element (its .messages.ts module). */
import type { Translation } from '../../../core/l10n/messages/common.js';
import type { en } from './en.js';

export const es = {
  'supportResources.headingContext': 'Ayuda urgente:',
  'supportResources.heading': 'Si necesitas ayuda ahora',
  'supportResources.call': 'Llamar al {number}',
  'supportResources.text': 'Enviar un mensaje al {number}',
  'supportResources.web': 'Visitar {host}',
  'supportResources.linkName': '{link} ({service})',
  'supportResources.lastReviewed': 'Última revisión: {date}.',
} satisfies Translation<typeof en>;
