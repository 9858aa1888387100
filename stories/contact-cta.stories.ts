import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/contact-cta/contact-cta.js';
import { contactCtaExamples as examples } from '../src/elements/contact-cta/contact-cta.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

// Each story is one of src/elements/contact-cta/contact-cta.examples.ts, its controls from the manifest.
const meta: Meta = { title: 'Elements/Contact CTA', ...metaFor(examples) };
export default meta;

export const FromProvider: StoryObj = storyOf(examples, 'FromProvider');
export const OwnAttributes: StoryObj = storyOf(examples, 'OwnAttributes');
export const PhoneOnly: StoryObj = storyOf(examples, 'PhoneOnly');
export const CustomLead: StoryObj = storyOf(examples, 'CustomLead');
export const RefusedHref: StoryObj = storyOf(examples, 'RefusedHref');
export const NothingConfigured: StoryObj = storyOf(examples, 'NothingConfigured');
export const SpanishUI: StoryObj = storyOf(examples, 'SpanishUI');
export const Dark: StoryObj = storyOf(examples, 'Dark');
