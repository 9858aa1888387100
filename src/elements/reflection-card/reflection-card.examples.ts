import type { ElementExamples } from '../../core/example.js';

const json = (text: string) => `<script type="application/json">${text}</script>`;

/** `<es-reflection-card>`'s named configurations, error states included. */
export const reflectionCardExamples: ElementExamples = {
  tag: 'es-reflection-card',
  examples: [
    { name: 'DefaultSet', description: 'The built-in `emotional-safety` prompts, one at a time, without a note field.', attributes: { set: 'emotional-safety' } },
    {
      name: 'SinglePrompt',
      description: 'One prompt of the practice’s own: no position and no Previous/Next, but still “Skip for now”.',
      attributes: { set: 'emotional-safety', prompt: 'Think of one moment this week when you felt a little safer. What was different?' },
    },
    { name: 'Journal', description: 'A note per prompt, kept in memory only: it vanishes on reload.', attributes: { set: 'emotional-safety', journal: true } },
    {
      name: 'JournalWithPersist',
      description:
        'With `persist`, the card offers “Keep my notes on this device”, unticked. Notes are written to this browser’s storage only after the reader ticks it.',
      attributes: { set: 'emotional-safety', journal: true, persist: true },
    },
    {
      name: 'SpanishUI',
      description: 'The interface in Spanish (`lang="es"`); the built-in prompts keep their own language.',
      attributes: { set: 'emotional-safety', journal: true, persist: true, lang: 'es' },
    },
    { name: 'Dark', description: 'The dark theme, with a note field.', attributes: { set: 'emotional-safety', journal: true, persist: true, theme: 'dark' } },
    {
      name: 'Narrow',
      description: 'In a narrow (20rem) column; the story also shows it at 280 px, the narrowest screen the card is made for.',
      attributes: { set: 'emotional-safety', journal: true, persist: true },
      column: 'narrow',
    },
    {
      name: 'UnderASectionHeading',
      description: 'Under a section’s own h2: `heading-level="3"` makes the card’s title an h3.',
      attributes: { set: 'emotional-safety', 'heading-level': '3' },
      before: '<h2>A gentle invitation to reflect</h2>',
    },
    {
      name: 'InlineSet',
      description: 'A practice’s own prompts, as inline JSON (`<script type="application/json">`).',
      attributes: { journal: true },
      inner: json(
        JSON.stringify({
          id: 'harbour-evening',
          title: 'An evening check-in',
          lang: 'en',
          prompts: [
            { id: 'calm', text: 'When did you feel calm today?' },
            { id: 'kind', text: 'What was one kind thing someone did?' },
          ],
        }),
      ),
    },
    { name: 'UnknownSet', description: 'What a designer sees when the set id is wrong.', attributes: { set: 'no-such-set' }, problem: true },
    {
      name: 'BrokenJson',
      description: 'What a designer sees when the inline JSON does not parse.',
      attributes: {},
      inner: json('{ "id": "ours", "prompts": [ '),
      problem: true,
    },
    {
      name: 'InvalidSet',
      description: 'What a designer sees when the JSON does not follow the prompt-set format: the field is named.',
      attributes: {},
      inner: json('{"id": "ours", "title": "Ours", "prompts": [{"id": "a", "text": ""}]}'),
      problem: true,
    },
    {
      name: 'MissingFile',
      description: 'What a designer sees when `src` points at a file that is not there.',
      attributes: { src: '/no-such-prompts.json' },
      problem: true,
    },
    {
      name: 'OddHeadingLevel',
      description: 'A heading level that is not 1 to 6 is refused (see the console): the title stays an h2.',
      attributes: { set: 'emotional-safety', 'heading-level': '9' },
    },
  ],
};
