import type { ElementExamples } from '../../core/example.js';

const settings = {
  name: 'Harbour Counselling',
  'contact-url': 'mailto:hello@harbour-counselling.example',
  phone: '+44 20 7946 0000',
  region: 'gb',
  locale: 'en',
};

/** The elements the provider's settings reach, with no attribute of their own. */
const inside = `<es-contact-cta></es-contact-cta>
<es-support-resources></es-support-resources>
<es-safety-compare set="is-vs-is-not"></es-safety-compare>`;

/** `<es-practice>`'s named configurations, error states included. */
export const practiceExamples: ElementExamples = {
  tag: 'es-practice',
  examples: [
    {
      name: 'SharesSettings',
      description: 'The call to action, the support lines, the language and the theme follow the provider, with no attribute on the elements themselves.',
      attributes: settings,
      inner: inside,
    },
    {
      name: 'SpanishAndDark',
      description: 'Spanish, dark and the United States’ lines, from the provider alone.',
      attributes: { ...settings, locale: 'es', theme: 'dark', region: 'us' },
      inner: inside,
    },
    {
      name: 'ElementAttributesWin',
      description: 'An attribute on an element wins over the provider: here the comparison stays in English.',
      attributes: { ...settings, locale: 'es' },
      inner: '<es-contact-cta></es-contact-cta><es-safety-compare lang="en"></es-safety-compare>',
    },
    {
      name: 'UnknownRegion',
      description: 'A region there is no list for is refused (see the console): the support lines are the international ones.',
      attributes: { ...settings, region: 'mars' },
      inner: inside,
    },
  ],
};
