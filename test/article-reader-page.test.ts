/**
 * <es-article-reader> on the practice's page: two readers on one page, and the host's column.
 * The rest is in article-reader.test.ts, -tools and -comfort.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EsArticleReader } from '../src/elements/article-reader/article-reader.js';
import { builtinArticles } from '../src/content/index.js';
import { $, reader } from './article-reader.helpers.js';

describe('es-article-reader: two on one page', () => {
  it('names each contents landmark after its own article, so the two can be told apart', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <es-article-reader article="what-emotional-safety-means"></es-article-reader>
      <es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
    </div>`);
    const readers = [...page.querySelectorAll<EsArticleReader>('es-article-reader')];
    await Promise.all(readers.map((r) => r.updateComplete));
    // axe's landmark-unique: landmarks of one role must have distinct accessible names.
    await expect(page).to.be.accessible();
    const names = readers.map((r) => $(r, 'nav')!.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      `Contents: ${builtinArticles['what-emotional-safety-means'].title}`,
      `Contents: ${builtinArticles['rebuilding-safety-and-trust'].title}`,
    ]);
  });
});

describe('es-article-reader: looks native in the host column', () => {
  it('reads as wide as the host column, and --es-max-width still narrows it', async () => {
    const column = await fixture<HTMLElement>(html`<main style="width: 736px">
      <p>The host's own paragraph.</p>
      <es-article-reader></es-article-reader>
    </main>`);
    const el = column.querySelector<EsArticleReader>('es-article-reader')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(column.querySelector('p')!.getBoundingClientRect().width);
    el.style.setProperty('--es-max-width', '30rem');
    expect(el.getBoundingClientRect().width).to.equal(480);
  });

  for (const level of [2, 3, 4]) {
    it(`gives section headings a size of their own at heading-level ${level}, larger than the text`, async () => {
      const el = await reader(html`<es-article-reader heading-level=${level}></es-article-reader>`);
      const size = (selector: string) => parseFloat(getComputedStyle($(el, selector)!).fontSize);
      const text = size('.body p');
      expect($(el, '[part="section-heading"]')!.localName).to.equal(`h${level + 1}`);
      expect(size('[part="section-heading"]')).to.be.at.least(text * 1.25);
      expect(size('[part="article-title"]')).to.be.at.least(size('[part="section-heading"]') * 1.2);
    });
  }
});
