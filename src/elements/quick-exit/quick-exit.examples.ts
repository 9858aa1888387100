import type { ElementExamples } from '../../core/example.js';

/** The plain link that is the control before the script runs (see the README's snippet). */
const link = '<a href="https://www.bbc.com/weather">Leave this page</a>';

/** `<es-quick-exit>`'s named configurations, error states included. */
export const quickExitExamples: ElementExamples = {
  tag: 'es-quick-exit',
  examples: [
    {
      name: 'Default',
      description: 'A bar across the top, above the page, going to the neutral default page (a weather page).',
      attributes: { position: 'top' },
      inner: link,
    },
    { name: 'Bottom', description: 'In the bottom corner instead.', attributes: { position: 'bottom' }, inner: link },
    {
      name: 'ClearStored',
      description: 'Also erases everything the package stored on this device (such as reflection notes) before leaving.',
      attributes: { position: 'top', 'clear-stored': true },
      inner: link,
    },
    {
      name: 'CustomHref',
      description: 'Its own destination, winning over `<es-practice exit-url>`.',
      attributes: { href: 'https://en.wikipedia.org/wiki/Cloud', position: 'top' },
      inner: '<a href="https://en.wikipedia.org/wiki/Cloud">Leave this page</a>',
    },
    {
      name: 'RefusedHref',
      description: 'A `javascript:` address is refused (see the console) and the default is used.',
      attributes: { href: 'javascript:alert(1)', position: 'top' },
      inner: link,
    },
    {
      name: 'OddPosition',
      description: 'A position that is neither `top` nor `bottom` is refused (see the console): the bar sits at the top.',
      attributes: { position: 'sideways' },
      inner: link,
    },
    { name: 'SpanishUI', description: 'The interface in Spanish.', attributes: { position: 'top', lang: 'es' }, inner: link },
    { name: 'Dark', description: 'The dark theme.', attributes: { position: 'top', theme: 'dark' }, inner: link },
    { name: 'Narrow', description: 'At 280 px, the narrowest screen it is made for.', attributes: { position: 'top' }, inner: link },
  ],
};
