import type { Translation } from './common.js';

/** Messages of <es-contact-cta>. Keys start with "contactCta.". */
export const en = {
  'contactCta.lead': 'If any of this feels familiar, you don’t have to work through it alone.',
  'contactCta.talkWith': 'Talk with {name}',
  'contactCta.talkWithUs': 'Get in touch',
  'contactCta.call': 'Or call {phone}',
  'contactCta.callOnly': 'Call {name} on {phone}',
  'contactCta.callUs': 'Call {phone}',
} as const;

export const es = {
  'contactCta.lead': 'Si algo de esto te resulta familiar, no tienes que afrontarlo a solas.',
  'contactCta.talkWith': 'Habla con {name}',
  'contactCta.talkWithUs': 'Ponte en contacto',
  'contactCta.call': 'O llama al {phone}',
  'contactCta.callOnly': 'Llama a {name} al {phone}',
  'contactCta.callUs': 'Llama al {phone}',
} satisfies Translation<typeof en>;
