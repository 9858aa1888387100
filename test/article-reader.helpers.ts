/**
 * Shared by test/article-reader.test.ts and test/article-reader-page.test.ts: the reader
 * mounted, and a look into its shadow root. Not a test file itself: web-test-runner runs only
 * the files ending in .test.ts.
 */
import { fixture, html } from '@open-wc/testing';
// The elements both parts have registered, as when these tests were one file.
import '../src/elements/practice/practice.js';
import '../src/elements/article-reader/article-reader.js';
import type { EsArticleReader } from '../src/elements/article-reader/article-reader.js';

export async function reader(template = html`<es-article-reader></es-article-reader>`): Promise<EsArticleReader> {
  const el = await fixture<EsArticleReader>(template);
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
