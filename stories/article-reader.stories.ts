import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/article-reader/article-reader.js';
import { articleReaderExamples as examples } from '../src/elements/article-reader/article-reader.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

// Each story is one of src/elements/article-reader/article-reader.examples.ts, its controls from the manifest.
const meta: Meta = { title: 'Elements/Article reader', ...metaFor(examples) };
export default meta;

export const WhatEmotionalSafetyMeans: StoryObj = storyOf(examples, 'WhatEmotionalSafetyMeans');
export const RebuildingSafetyAndTrust: StoryObj = storyOf(examples, 'RebuildingSafetyAndTrust');
export const PracticesOwnHtml: StoryObj = storyOf(examples, 'PracticesOwnHtml');
export const JsonArticle: StoryObj = storyOf(examples, 'JsonArticle');
export const Persist: StoryObj = storyOf(examples, 'Persist');
export const Dark: StoryObj = storyOf(examples, 'Dark');
export const SpanishUI: StoryObj = storyOf(examples, 'SpanishUI');
export const NarrowContainer: StoryObj = storyOf(examples, 'NarrowContainer');
export const UnknownArticle: StoryObj = storyOf(examples, 'UnknownArticle');
export const BrokenJson: StoryObj = storyOf(examples, 'BrokenJson');
export const InvalidArticle: StoryObj = storyOf(examples, 'InvalidArticle');
export const MissingFile: StoryObj = storyOf(examples, 'MissingFile');
export const OddHeadingLevel: StoryObj = storyOf(examples, 'OddHeadingLevel');
