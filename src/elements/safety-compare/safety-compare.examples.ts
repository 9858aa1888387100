import type { ElementExamples } from '../../core/example.js';

/** A practice's own comparison, given as JSON inside the element. */
const ownSet = {
  id: 'harbour-pace',
  title: 'Going at your own pace',
  lang: 'en',
  description: 'A practice’s own comparison, given as JSON inside the element.',
  rows: [
    { id: 'pace', safe: 'Going at your pace', unsafe: 'Being rushed', explanation: 'There is no deadline for feeling safe.' },
    { id: 'listening', safe: 'Listening to understand', unsafe: 'Listening to win' },
    { id: 'choice', safe: 'Saying “not today” is fine', unsafe: 'Feeling you owe an answer' },
  ],
};

const json = (text: string) => `<script type="application/json">${text}</script>`;

/** `<es-safety-compare>`'s named configurations, error states included. */
export const safetyCompareExamples: ElementExamples = {
  tag: 'es-safety-compare',
  examples: [
    { name: 'SafeVsUnsafe', description: 'The default set, as a table: the safe side is each row’s header.', attributes: { set: 'safe-vs-unsafe' } },
    { name: 'IsVsIsNot', description: 'What emotional safety is, and is not, with the set’s own column labels.', attributes: { set: 'is-vs-is-not' } },
    {
      name: 'NarrowSafeVsUnsafe',
      description: 'In a narrow column the same content becomes a list of pairs, each side labelled.',
      attributes: { set: 'safe-vs-unsafe' },
      column: 'narrow',
    },
    { name: 'NarrowIsVsIsNot', description: 'What emotional safety is, and is not, in a narrow column.', attributes: { set: 'is-vs-is-not' }, column: 'narrow' },
    {
      name: 'Interactive',
      description: 'For reflection: each unsafe pattern comes first, and the reader reveals what safety looks like instead, one row at a time, or all at once.',
      attributes: { set: 'safe-vs-unsafe', interactive: true },
    },
    { name: 'InteractiveNarrow', description: 'Reflection mode in a narrow column.', attributes: { set: 'safe-vs-unsafe', interactive: true }, column: 'narrow' },
    {
      name: 'Explanations',
      description: 'Each row’s explanation, on demand: a sentence of the article and the section it comes from.',
      attributes: { set: 'safe-vs-unsafe', explanations: true },
    },
    {
      name: 'ExplanationsNarrow',
      description: 'Explanations in a narrow column sit at the foot of each pair.',
      attributes: { set: 'safe-vs-unsafe', explanations: true },
      column: 'narrow',
    },
    {
      name: 'InteractiveWithExplanations',
      description: 'In reflection mode an explanation waits inside the safe side, so it does not give the answer away.',
      attributes: { set: 'safe-vs-unsafe', interactive: true, explanations: true },
    },
    {
      name: 'CustomLabels',
      description: '`safe-label` and `unsafe-label` replace the headings, and every item is read with them.',
      attributes: { set: 'safe-vs-unsafe', 'safe-label': 'Feels safe', 'unsafe-label': 'Feels unsafe' },
    },
    {
      name: 'CustomInlineSet',
      description: 'A practice’s own set, as inline JSON (`<script type="application/json">`).',
      attributes: { explanations: true },
      inner: json(JSON.stringify(ownSet)),
    },
    {
      name: 'UnderASectionHeading',
      description: 'Under a section’s own h2: `heading-level="3"` makes the comparison’s title an h3.',
      attributes: { set: 'is-vs-is-not', 'heading-level': '3' },
      before: '<h2>What safety feels like</h2>',
    },
    { name: 'Dark', description: 'The dark theme, with explanations.', attributes: { set: 'safe-vs-unsafe', theme: 'dark', explanations: true } },
    {
      name: 'DarkInteractiveNarrow',
      description: 'The dark theme, in reflection mode, in a narrow column.',
      attributes: { set: 'safe-vs-unsafe', theme: 'dark', interactive: true },
      column: 'narrow',
    },
    {
      name: 'Spanish',
      description: 'The interface in Spanish (`lang="es"`); the built-in content keeps its own language.',
      attributes: { set: 'safe-vs-unsafe', lang: 'es', interactive: true },
    },
    { name: 'UnknownSet', description: 'What a designer sees when the set id is wrong.', attributes: { set: 'no-such-set' }, problem: true },
    {
      name: 'BrokenJson',
      description: 'What a designer sees when the inline JSON does not parse.',
      attributes: {},
      inner: json('{ "id": "ours", "rows": [ '),
      problem: true,
    },
    {
      name: 'InvalidSet',
      description: 'What a designer sees when the JSON parses but does not follow the content format.',
      attributes: {},
      inner: json('{"id": "Our Set", "title": "Ours", "rows": [{"id": "pace", "safe": "Going at your pace", "unsafe": 3}, {"id": "rush", "safe": ""}]}'),
      problem: true,
    },
    {
      name: 'MissingFile',
      description: 'What a designer sees when `src` points at a file that is not there.',
      attributes: { src: '/no-such-comparison.json' },
      problem: true,
    },
    {
      name: 'OddHeadingLevel',
      description: 'A heading level that is not 1 to 6 is refused (see the console): the title stays an h2.',
      attributes: { set: 'safe-vs-unsafe', 'heading-level': '9' },
    },
  ],
};
