import type { ElementExamples } from '../../core/example.js';

const json = (text: string) => `<script type="application/json">${text}</script>`;

const practiceEntries = {
  id: 'harbour-extra',
  lastReviewed: '2026-10-01',
  resources: [
    {
      id: 'out-of-hours',
      kind: 'support',
      name: 'Harbour Counselling out-of-hours line',
      description: 'For existing clients, evenings and weekends.',
      contacts: [{ type: 'call', value: '020 7946 0000' }],
    },
  ],
};

/** `<es-support-resources>`'s named configurations, error states included. */
export const supportResourcesExamples: ElementExamples = {
  tag: 'es-support-resources',
  examples: [
    {
      name: 'International',
      description: 'Anywhere: the local emergency number, and a link to an international helpline directory.',
      attributes: { region: 'intl' },
    },
    { name: 'UnitedStates', description: 'The built-in list for the United States.', attributes: { region: 'us' } },
    { name: 'Canada', description: 'The built-in list for Canada.', attributes: { region: 'ca' } },
    { name: 'UnitedKingdom', description: 'The built-in list for the United Kingdom.', attributes: { region: 'gb' } },
    { name: 'Australia', description: 'The built-in list for Australia.', attributes: { region: 'au' } },
    {
      name: 'UnderThePagesHeading',
      description: 'Under the page’s own heading: the element’s is left out, the region keeps its name, the services are h3.',
      attributes: { region: 'gb', 'hide-heading': true, 'heading-level': '2' },
      before: '<h2>If you need support now</h2>',
    },
    {
      name: 'OwnHeading',
      description: 'A heading of the practice’s own words instead of “If you need help now”.',
      attributes: { region: 'intl', heading: 'Help, any time of day' },
    },
    {
      name: 'WithPracticeEntries',
      description: 'A practice’s own entries, given inline, shown with the built-in ones by kind.',
      attributes: { region: 'gb' },
      inner: json(JSON.stringify(practiceEntries)),
    },
    {
      name: 'InvalidPracticeEntries',
      description: 'What a designer sees when their own entries do not follow the format: the built-in help stays.',
      attributes: { region: 'gb' },
      inner: json('{ "id": "ours", "resources": [{ "id": "x", "kind": "hotline", "name": "X" }] }'),
      problem: true,
    },
    {
      name: 'BrokenJson',
      description: 'What a designer sees when the inline JSON does not parse: the built-in help stays.',
      attributes: { region: 'gb' },
      inner: json('{ "id": "ours", "resources": [ '),
      problem: true,
    },
    {
      name: 'MissingFile',
      description: 'What a designer sees when `src` points at a file that is not there: the built-in help stays.',
      attributes: { region: 'ca', src: '/no-such-resources.json' },
      problem: true,
    },
    {
      name: 'UnknownRegion',
      description: 'A region there is no list for is refused (see the console): the international list is shown.',
      attributes: { region: 'mars' },
    },
    { name: 'SpanishUI', description: 'The interface in Spanish; the entries keep their own language.', attributes: { region: 'us', lang: 'es' } },
    { name: 'Dark', description: 'The dark theme.', attributes: { region: 'au', theme: 'dark' } },
  ],
};
