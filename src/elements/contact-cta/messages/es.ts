/** Spanish messages for contact-cta; loaded on demand with the element (its .messages.ts module). */
import type { Translation } from '../../../core/l10n/messages/common.js';
import type { en } from './en.js';

export const es = {
  'contactCta.lead': 'Si algo de esto te resulta familiar, no tienes que afrontarlo a solas.',
  'contactCta.talkWith': 'Habla con {name}',
  'contactCta.talkWithUs': 'Ponte en contacto',
  'contactCta.call': 'O llama al {phone}',
  'contactCta.callOnly': 'Llama a {name} al {phone}',
  'contactCta.callUs': 'Llama al {phone}',
} satisfies Translation<typeof en>;
