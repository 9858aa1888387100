import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/article-reader/article-reader.js';
import { builtinArticles } from '../src/content/index.js';

type Args = {
  article?: string;
  'heading-level'?: number;
  persist?: boolean;
  theme?: string;
  lang?: string;
  /** Light-DOM or inline-JSON children, for the stories that need them. */
  children?: TemplateResult;
};

const meta: Meta<Args> = {
  title: 'Elements/Article reader',
  component: 'es-article-reader',
  args: { article: 'what-emotional-safety-means', 'heading-level': 2, persist: false },
  argTypes: {
    article: { control: 'select', options: [undefined, ...Object.keys(builtinArticles)] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    persist: { control: 'boolean' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
    children: { table: { disable: true } },
  },
  render: (args) => html`<es-article-reader
    article=${ifDefined(args.article)}
    heading-level=${ifDefined(args['heading-level'])}
    ?persist=${args.persist}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
    >${args.children ?? ''}</es-article-reader
  >`,
};
export default meta;

type Story = StoryObj<Args>;

/** The default built-in article, with its contents, reading time and content note. */
export const WhatEmotionalSafetyMeans: Story = {};

/** The second built-in article: terms (a description list) and a quote. */
export const RebuildingSafetyAndTrust: Story = { args: { article: 'rebuilding-safety-and-trust' } };

/**
 * A practice's own article written as ordinary HTML inside the element. It stays in the
 * page (light DOM) and gains contents, reading time, progress, deep links and comfort
 * settings; headings without an id get a stable one from their text.
 */
export const PracticesOwnHtml: Story = {
  args: {
    article: undefined,
    children: html`
      <h2>Feeling Safe at Home</h2>
      <p>Home is meant to be the place where we can put our guard down.</p>
      <h3>Noticing the Body</h3>
      <p>Your body often knows before your mind does: a tight chest, a held breath, a quickened step.</p>
      <h3>Asking for What You Need</h3>
      <ul>
        <li>Time to answer</li>
        <li>Space to feel</li>
        <li>Kindness when it is hard</li>
      </ul>
    `,
  },
};

const ownJson = {
  id: 'slowing-down-together',
  title: 'Slowing Down Together',
  lang: 'en',
  contentNote: 'This article mentions conflict between partners.',
  intro: [{ type: 'paragraph', text: 'A short article a practice wrote itself, given as JSON inside the element.' }],
  sections: [
    {
      id: 'noticing',
      heading: 'Noticing',
      blocks: [
        { type: 'paragraph', text: 'Notice your breath before you answer.' },
        { type: 'list', ordered: true, items: ['Pause', 'Breathe', 'Answer gently'] },
      ],
    },
    { id: 'repair', heading: 'Repair', blocks: [{ type: 'quote', lead: 'One client put it like this:', text: '“We can try again.”' }] },
  ],
};

/** A practice's own article as JSON in a child `<script type="application/json">`. */
export const JsonArticle: Story = {
  args: {
    article: undefined,
    children: html`<script type="application/json">
      ${JSON.stringify(ownJson)}
    </script>`,
  },
};

/** With `persist`, the comfort panel offers to keep the settings on the device (unticked until the reader chooses). */
export const Persist: Story = { args: { persist: true } };

export const Dark: Story = { args: { theme: 'dark' } };

/** The interface in Spanish (`lang="es"`); the built-in article keeps its own language. */
export const SpanishUI: Story = { args: { lang: 'es' } };

/** In a 320 px wide column, the narrowest phones. */
export const NarrowContainer: Story = {
  args: { article: 'rebuilding-safety-and-trust' },
  render: (args, context) => html`<div class="narrow-column">
    <style>
      .narrow-column {
        max-inline-size: 320px;
        outline: 1px dashed #737b86;
      }
    </style>
    ${meta.render!(args, context)}
  </div>`,
};

/** What a designer sees when the article id is wrong. */
export const UnknownArticle: Story = { args: { article: 'no-such-article' } };

/** What a designer sees when the inline JSON is broken. */
export const BrokenJson: Story = {
  args: { article: undefined, children: html`<script type="application/json">{ "id": "oops", </script>` },
};

/** What a designer sees when the JSON does not follow the article format: the field is named. */
export const InvalidArticle: Story = {
  args: {
    article: undefined,
    children: html`<script type="application/json">
      {"id": "x", "title": "A title", "sections": [{"id": "a", "heading": "A", "blocks": [{"type": "poem", "text": "…"}]}]}
    </script>`,
  },
};

/** What a designer sees when `src` points at a file that is not there. */
export const MissingFile: Story = {
  args: { article: undefined },
  render: () => html`<es-article-reader src="/no-such-article.json"></es-article-reader>`,
};
