import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/safety-compare/safety-compare.js';
import { safetyCompareExamples as examples } from '../src/elements/safety-compare/safety-compare.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

// Each story is one of src/elements/safety-compare/safety-compare.examples.ts, its controls from the manifest.
const meta: Meta = { title: 'Elements/Safety compare', ...metaFor(examples) };
export default meta;

export const SafeVsUnsafe: StoryObj = storyOf(examples, 'SafeVsUnsafe');
export const IsVsIsNot: StoryObj = storyOf(examples, 'IsVsIsNot');
export const NarrowSafeVsUnsafe: StoryObj = storyOf(examples, 'NarrowSafeVsUnsafe');
export const NarrowIsVsIsNot: StoryObj = storyOf(examples, 'NarrowIsVsIsNot');
export const Interactive: StoryObj = storyOf(examples, 'Interactive');
export const InteractiveNarrow: StoryObj = storyOf(examples, 'InteractiveNarrow');
export const Explanations: StoryObj = storyOf(examples, 'Explanations');
export const ExplanationsNarrow: StoryObj = storyOf(examples, 'ExplanationsNarrow');
export const InteractiveWithExplanations: StoryObj = storyOf(examples, 'InteractiveWithExplanations');
export const CustomLabels: StoryObj = storyOf(examples, 'CustomLabels');
export const CustomInlineSet: StoryObj = storyOf(examples, 'CustomInlineSet');
export const UnderASectionHeading: StoryObj = storyOf(examples, 'UnderASectionHeading');
export const Dark: StoryObj = storyOf(examples, 'Dark');
export const DarkInteractiveNarrow: StoryObj = storyOf(examples, 'DarkInteractiveNarrow');
export const Spanish: StoryObj = storyOf(examples, 'Spanish');
export const UnknownSet: StoryObj = storyOf(examples, 'UnknownSet');
export const BrokenJson: StoryObj = storyOf(examples, 'BrokenJson');
export const InvalidSet: StoryObj = storyOf(examples, 'InvalidSet');
export const MissingFile: StoryObj = storyOf(examples, 'MissingFile');
export const OddHeadingLevel: StoryObj = storyOf(examples, 'OddHeadingLevel');
