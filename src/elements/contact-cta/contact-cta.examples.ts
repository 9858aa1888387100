import type { ElementExamples } from '../../core/example.js';

/** Storybook and the demo wrap every element in this practice; the examples say so themselves. */
const practice = { name: 'Harbour Counselling', 'contact-url': 'mailto:hello@harbour-counselling.example' };

/** `<es-contact-cta>`'s named configurations, error states included. */
export const contactCtaExamples: ElementExamples = {
  tag: 'es-contact-cta',
  examples: [
    {
      name: 'FromProvider',
      description: '“Talk with Harbour Counselling”, from the practice settings of the `<es-practice>` round it.',
      attributes: {},
      provider: practice,
    },
    {
      name: 'OwnAttributes',
      description: 'Its own link, label and phone number win over the provider.',
      attributes: { href: 'https://harbour-counselling.example/book', label: 'Book a first conversation', phone: '020 7946 0000' },
      provider: practice,
    },
    {
      name: 'PhoneOnly',
      description: 'A phone number only.',
      attributes: {},
      provider: { name: 'Harbour Counselling', phone: '020 7946 0000' },
    },
    {
      name: 'CustomLead',
      description: 'With its own line above the button, through the default slot.',
      attributes: {},
      inner: 'Would it help to talk this through with someone?',
      provider: practice,
    },
    {
      name: 'RefusedHref',
      description: 'A `javascript:` link is refused (see the console); the provider’s link is used instead.',
      attributes: { href: 'javascript:alert(1)' },
      provider: practice,
    },
    {
      name: 'NothingConfigured',
      description:
        'Nothing to link to: the element hides itself rather than show a button that goes nowhere (this example is empty on purpose; the console says what to set).',
      attributes: {},
      provider: {},
      empty: true,
    },
    { name: 'SpanishUI', description: 'The interface in Spanish.', attributes: { lang: 'es' }, provider: practice },
    { name: 'Dark', description: 'The dark theme.', attributes: { theme: 'dark' }, provider: practice },
  ],
};
