/** Messages of <es-contact-cta>. Keys start with "contactCta.". */
export const en = {
  'contactCta.lead': 'If any of this feels familiar, you don’t have to work through it alone.',
  'contactCta.talkWith': 'Talk with {name}',
  'contactCta.talkWithUs': 'Get in touch',
  'contactCta.call': 'Or call {phone}',
  'contactCta.callOnly': 'Call {name} on {phone}',
  'contactCta.callUs': 'Call {phone}',
} as const;

type ContactCtaMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../../../core/l10n/catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends ContactCtaMessages {}
}
