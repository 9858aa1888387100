import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/safety-compare/safety-compare.js';
import { builtinComparisonSets } from '../src/content/index.js';

type Args = {
  set?: string;
  src?: string;
  'safe-label'?: string;
  'unsafe-label'?: string;
  interactive?: boolean;
  explanations?: boolean;
  theme?: string;
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/Safety compare',
  component: 'es-safety-compare',
  args: { set: 'safe-vs-unsafe', interactive: false, explanations: false },
  argTypes: {
    set: { control: 'select', options: Object.keys(builtinComparisonSets) },
    src: { control: 'text' },
    'safe-label': { control: 'text' },
    'unsafe-label': { control: 'text' },
    interactive: { control: 'boolean' },
    explanations: { control: 'boolean' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
  },
  render: (args) => html`<es-safety-compare
    set=${ifDefined(args.set)}
    src=${ifDefined(args.src || undefined)}
    safe-label=${ifDefined(args['safe-label'] || undefined)}
    unsafe-label=${ifDefined(args['unsafe-label'] || undefined)}
    ?interactive=${args.interactive}
    ?explanations=${args.explanations}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></es-safety-compare>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The element follows the width of its own column, not the screen: this decorator puts
 * it in a 20rem (320 px) sidebar-like column on an otherwise wide page.
 */
const inNarrowColumn: Decorator = (story) => html`<style>
    .narrow-column {
      max-inline-size: 20rem;
      border: 1px dashed color-mix(in srgb, currentColor 40%, transparent);
    }
  </style>
  <div class="narrow-column">${story()}</div>`;

/** The default set, as a table: the safe side is each row's header. */
export const SafeVsUnsafe: Story = {};

/** What emotional safety is, and is not, with the set's own column labels. */
export const IsVsIsNot: Story = { args: { set: 'is-vs-is-not' } };

/** In a narrow column the same content becomes a list of pairs, each side labelled. */
export const NarrowSafeVsUnsafe: Story = { decorators: [inNarrowColumn] };

export const NarrowIsVsIsNot: Story = { args: { set: 'is-vs-is-not' }, decorators: [inNarrowColumn] };

/**
 * For reflection: each unsafe pattern comes first, and the reader reveals what safety
 * looks like instead, one row at a time, or all at once.
 */
export const Interactive: Story = { args: { interactive: true } };

export const InteractiveNarrow: Story = { args: { interactive: true }, decorators: [inNarrowColumn] };

/** Each row's explanation, on demand: a sentence of the article and the section it comes from. */
export const Explanations: Story = { args: { explanations: true } };

/** Explanations in a narrow column sit at the foot of each pair. */
export const ExplanationsNarrow: Story = { args: { explanations: true }, decorators: [inNarrowColumn] };

/** In reflection mode an explanation waits inside the safe side, so it does not give the answer away. */
export const InteractiveWithExplanations: Story = { args: { interactive: true, explanations: true } };

/** `safe-label` and `unsafe-label` replace the headings, and every item is read with them. */
export const CustomLabels: Story = { args: { 'safe-label': 'Feels safe', 'unsafe-label': 'Feels unsafe' } };

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

/** A practice's own set, as inline JSON (`<script type="application/json">`). */
export const CustomInlineSet: Story = {
  args: { explanations: true },
  render: (args) => html`<es-safety-compare ?explanations=${args.explanations} ?interactive=${args.interactive}
    ><script type="application/json">
      ${JSON.stringify(ownSet)}
    </script></es-safety-compare
  >`,
};

export const Dark: Story = { args: { theme: 'dark', explanations: true } };

export const DarkInteractiveNarrow: Story = { args: { theme: 'dark', interactive: true }, decorators: [inNarrowColumn] };

/** The interface in Spanish (`lang="es"`); the built-in content keeps its own language. */
export const Spanish: Story = { args: { lang: 'es', interactive: true } };

/** What a designer sees when the set id is wrong. */
export const UnknownSet: Story = { args: { set: 'no-such-set' } };

/** What a designer sees when the inline JSON does not parse. */
export const BrokenJson: Story = {
  render: () => html`<es-safety-compare><script type="application/json">{ "id": "ours", "rows": [ </script></es-safety-compare>`,
};

/** What a designer sees when the JSON parses but does not follow the content format. */
export const InvalidSet: Story = {
  render: () => html`<es-safety-compare
    ><script type="application/json">
      {"id": "Our Set", "title": "Ours", "rows": [{"id": "pace", "safe": "Going at your pace", "unsafe": 3}, {"id": "rush", "safe": ""}]}
    </script></es-safety-compare
  >`,
};

/** What a designer sees when `src` points at a file that is not there. */
export const MissingFile: Story = { args: { src: '/no-such-comparison.json' } };
