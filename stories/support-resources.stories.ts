import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/support-resources/support-resources.js';
import { supportResourcesExamples as examples } from '../src/elements/support-resources/support-resources.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

// Each story is one of src/elements/support-resources/support-resources.examples.ts, its controls from the manifest.
const meta: Meta = { title: 'Elements/Support resources', ...metaFor(examples) };
export default meta;

export const International: StoryObj = storyOf(examples, 'International');
export const UnitedStates: StoryObj = storyOf(examples, 'UnitedStates');
export const Canada: StoryObj = storyOf(examples, 'Canada');
export const UnitedKingdom: StoryObj = storyOf(examples, 'UnitedKingdom');
export const Australia: StoryObj = storyOf(examples, 'Australia');
export const UnderThePagesHeading: StoryObj = storyOf(examples, 'UnderThePagesHeading');
export const OwnHeading: StoryObj = storyOf(examples, 'OwnHeading');
export const WithPracticeEntries: StoryObj = storyOf(examples, 'WithPracticeEntries');
export const InvalidPracticeEntries: StoryObj = storyOf(examples, 'InvalidPracticeEntries');
export const BrokenJson: StoryObj = storyOf(examples, 'BrokenJson');
export const MissingFile: StoryObj = storyOf(examples, 'MissingFile');
export const UnknownRegion: StoryObj = storyOf(examples, 'UnknownRegion');
export const SpanishUI: StoryObj = storyOf(examples, 'SpanishUI');
export const Dark: StoryObj = storyOf(examples, 'Dark');
