import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/reflection-card/reflection-card.js';
import { reflectionCardExamples as examples } from '../src/elements/reflection-card/reflection-card.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

// Each story is one of src/elements/reflection-card/reflection-card.examples.ts, its controls from the manifest.
const meta: Meta = { title: 'Elements/Reflection card', ...metaFor(examples) };
export default meta;

/** At 280 px, the narrowest screen the card is made for. */
const narrowest: StoryObj = {
  parameters: {
    viewport: {
      options: { narrowest: { name: 'Narrowest (280 px)', styles: { width: '280px', height: '720px' }, type: 'mobile' } },
    },
  },
  globals: { viewport: { value: 'narrowest', isRotated: false } },
};

export const DefaultSet: StoryObj = storyOf(examples, 'DefaultSet');
export const SinglePrompt: StoryObj = storyOf(examples, 'SinglePrompt');
export const Journal: StoryObj = storyOf(examples, 'Journal');
export const JournalWithPersist: StoryObj = storyOf(examples, 'JournalWithPersist');
export const SpanishUI: StoryObj = storyOf(examples, 'SpanishUI');
export const Dark: StoryObj = storyOf(examples, 'Dark');
export const Narrow: StoryObj = storyOf(examples, 'Narrow', narrowest);
export const UnderASectionHeading: StoryObj = storyOf(examples, 'UnderASectionHeading');
export const InlineSet: StoryObj = storyOf(examples, 'InlineSet');
export const UnknownSet: StoryObj = storyOf(examples, 'UnknownSet');
export const BrokenJson: StoryObj = storyOf(examples, 'BrokenJson');
export const InvalidSet: StoryObj = storyOf(examples, 'InvalidSet');
export const MissingFile: StoryObj = storyOf(examples, 'MissingFile');
export const OddHeadingLevel: StoryObj = storyOf(examples, 'OddHeadingLevel');
