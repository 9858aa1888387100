import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { practiceExamples as examples } from '../src/elements/practice/practice.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

/**
 * `<es-practice>` shares a practice's settings with every element inside it. Change a
 * control and watch the call to action, the support lines, the language and the theme
 * follow, with no attribute on the elements themselves.
 *
 * Each story is one of src/elements/practice/practice.examples.ts, its controls from the manifest.
 */
const meta: Meta = { title: 'Elements/Practice (provider)', ...metaFor(examples) };
export default meta;

export const SharesSettings: StoryObj = storyOf(examples, 'SharesSettings');
export const SpanishAndDark: StoryObj = storyOf(examples, 'SpanishAndDark');
export const ElementAttributesWin: StoryObj = storyOf(examples, 'ElementAttributesWin');
export const UnknownRegion: StoryObj = storyOf(examples, 'UnknownRegion');
