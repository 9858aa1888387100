import type { ElementExamples } from '../../core/example.js';

/** A practice's own article, given as JSON inside the element. */
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

/** A practice's own article as ordinary HTML: it stays in the page (light DOM). */
const ownHtml = `
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
`;

const json = (text: string) => `<script type="application/json">${text}</script>`;

/** `<es-article-reader>`'s named configurations, error states included. */
export const articleReaderExamples: ElementExamples = {
  tag: 'es-article-reader',
  examples: [
    {
      name: 'WhatEmotionalSafetyMeans',
      description: 'The default built-in article, with its contents, reading time and content note.',
      attributes: { article: 'what-emotional-safety-means', 'heading-level': '2' },
    },
    {
      name: 'RebuildingSafetyAndTrust',
      description: 'The second built-in article: terms (a description list) and a quote.',
      attributes: { article: 'rebuilding-safety-and-trust', 'heading-level': '2' },
    },
    {
      name: 'PracticesOwnHtml',
      description:
        'A practice’s own article written as ordinary HTML inside the element. It stays in the page (light DOM) and gains contents, reading time, progress, deep links and comfort settings; headings without an id get a stable one from their text.',
      attributes: { 'heading-level': '2' },
      inner: ownHtml,
    },
    {
      name: 'JsonArticle',
      description: 'A practice’s own article as JSON in a child `<script type="application/json">`.',
      attributes: { 'heading-level': '2' },
      inner: json(JSON.stringify(ownJson)),
    },
    {
      name: 'Persist',
      description: 'With `persist`, the comfort panel offers to keep the settings on the device (unticked until the reader chooses).',
      attributes: { article: 'what-emotional-safety-means', 'heading-level': '2', persist: true },
    },
    { name: 'Dark', description: 'The dark theme.', attributes: { article: 'what-emotional-safety-means', 'heading-level': '2', theme: 'dark' } },
    {
      name: 'SpanishUI',
      description: 'The interface in Spanish (`lang="es"`); the built-in article keeps its own language.',
      attributes: { article: 'what-emotional-safety-means', 'heading-level': '2', lang: 'es' },
    },
    {
      name: 'NarrowContainer',
      description: 'In a narrow column, as on the narrowest phones.',
      attributes: { article: 'rebuilding-safety-and-trust', 'heading-level': '2' },
      column: 'narrow',
    },
    {
      name: 'UnknownArticle',
      description: 'What a designer sees when the article id is wrong.',
      attributes: { article: 'no-such-article', 'heading-level': '2' },
      problem: true,
    },
    {
      name: 'BrokenJson',
      description: 'What a designer sees when the inline JSON is broken.',
      attributes: { 'heading-level': '2' },
      inner: json('{ "id": "oops", '),
      problem: true,
    },
    {
      name: 'InvalidArticle',
      description: 'What a designer sees when the JSON does not follow the article format: the field is named.',
      attributes: { 'heading-level': '2' },
      inner: json('{"id": "x", "title": "A title", "sections": [{"id": "a", "heading": "A", "blocks": [{"type": "poem", "text": "…"}]}]}'),
      problem: true,
    },
    {
      name: 'MissingFile',
      description: 'What a designer sees when `src` points at a file that is not there.',
      attributes: { src: '/no-such-article.json' },
      problem: true,
    },
    {
      name: 'OddHeadingLevel',
      description: 'A heading level that is not 1 to 6 is refused (see the console): the title stays an h2.',
      attributes: { article: 'what-emotional-safety-means', 'heading-level': '0' },
    },
  ],
};
