import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/reflection-card/reflection-card.js';
import { builtinPromptSets } from '../src/content/index.js';

type Args = {
  set?: string;
  prompt?: string;
  journal?: boolean;
  persist?: boolean;
  headingLevel?: number;
  theme?: string;
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/Reflection card',
  component: 'es-reflection-card',
  args: { set: 'emotional-safety', journal: false, persist: false },
  argTypes: {
    set: { control: 'select', options: Object.keys(builtinPromptSets) },
    prompt: { control: 'text' },
    journal: { control: 'boolean' },
    persist: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
  },
  render: (args) => html`<es-reflection-card
    set=${ifDefined(args.set)}
    prompt=${ifDefined(args.prompt || undefined)}
    ?journal=${args.journal}
    ?persist=${args.persist}
    heading-level=${ifDefined(args.headingLevel)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></es-reflection-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in `emotional-safety` prompts, one at a time, without a note field. */
export const DefaultSet: Story = {};

/** One prompt of the practice's own: no position and no Previous/Next, but still "Skip for now". */
export const SinglePrompt: Story = {
  args: { prompt: 'Think of one moment this week when you felt a little safer. What was different?' },
};

/** A note per prompt, kept in memory only: it vanishes on reload. */
export const Journal: Story = { args: { journal: true } };

/**
 * With `persist`, the card offers "Keep my notes on this device", unticked. Notes are
 * written to this browser's storage only after the reader ticks it.
 */
export const JournalWithPersist: Story = { args: { journal: true, persist: true } };

/** The interface in Spanish (`lang="es"`); the built-in prompts keep their own language. */
export const SpanishUI: Story = { args: { journal: true, persist: true, lang: 'es' } };

export const Dark: Story = { args: { journal: true, persist: true, theme: 'dark' } };

/** At 280 px, the narrowest screen the card is made for. */
export const Narrow: Story = {
  args: { journal: true, persist: true },
  parameters: {
    viewport: {
      options: { narrowest: { name: 'Narrowest (280 px)', styles: { width: '280px', height: '720px' }, type: 'mobile' } },
    },
  },
  globals: { viewport: { value: 'narrowest', isRotated: false } },
};

/** Under a section's own h2: `heading-level="3"` makes the card's title an h3. */
export const UnderASectionHeading: Story = {
  args: { headingLevel: 3 },
  render: (args, context) => html`<section>
    <h2>A gentle invitation to reflect</h2>
    ${meta.render!(args, context)}
  </section>`,
};

/** What a designer sees when the set id is wrong. */
export const UnknownSet: Story = { args: { set: 'no-such-set' } };
