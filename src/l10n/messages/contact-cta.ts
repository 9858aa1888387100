/** Messages of <es-contact-cta>. Keys start with "contactCta.". */
export const en = {
  'contactCta.lead': 'If any of this feels familiar, you don’t have to work through it alone.',
  'contactCta.talkWith': 'Talk with {name}',
  'contactCta.talkWithUs': 'Get in touch',
  'contactCta.call': 'Or call {phone}',
  'contactCta.callOnly': 'Call {name} on {phone}',
  'contactCta.callUs': 'Call {phone}',
} as const;

