import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/elements/safety-compare/safety-compare.js';
import '../src/elements/article-reader/article-reader.js';
import type { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import type { EsArticleReader } from '../src/elements/article-reader/article-reader.js';
import { normalize, visibleText } from './helpers.js';

// Elements that show the same static content share one rendering (src/core/rendered-copy.ts).
// A copy must never show what another element was given: every input reaches the copy.

async function settled(elements: Array<EsSafetyCompare | EsArticleReader>) {
  for (const el of elements) await el.updateComplete;
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  for (const el of elements) await el.updateComplete;
}

const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName}:${normalize(h.textContent ?? '')}`);

describe('rendered copies', () => {
  it('a comparison shown three times keeps each element’s own heading level and language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <es-safety-compare set="safe-vs-unsafe" heading-level="2"></es-safety-compare>
      <es-safety-compare set="safe-vs-unsafe" heading-level="2"></es-safety-compare>
      <es-safety-compare set="safe-vs-unsafe" heading-level="3"></es-safety-compare>
      <es-safety-compare set="safe-vs-unsafe" heading-level="2" lang="es"></es-safety-compare>
    </div>`);
    const [first, copy, deeper, spanish] = [...wrapper.querySelectorAll<EsSafetyCompare>('es-safety-compare')] as [EsSafetyCompare, EsSafetyCompare, EsSafetyCompare, EsSafetyCompare];
    await settled([first, copy, deeper, spanish]);
    expect(headings(copy)).to.deep.equal(headings(first));
    expect(visibleText(copy)).to.equal(visibleText(first));
    expect(headings(deeper)[0]).to.match(/^H3:/);
    expect(headings(first)[0]).to.match(/^H2:/);
    expect(visibleText(spanish)).to.contain('No seguro');
    expect(visibleText(first)).not.to.contain('No seguro');

    // A copy that is then given something else shows that, not the shared rendering.
    copy.headingLevel = 4;
    await settled([copy]);
    expect(headings(copy)[0]).to.match(/^H4:/);
    expect(headings(first)[0]).to.match(/^H2:/);
  });

  it('an article shown twice with different heading levels keeps each level', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <es-article-reader article="what-emotional-safety-means" heading-level="1"></es-article-reader>
      <es-article-reader article="what-emotional-safety-means" heading-level="1"></es-article-reader>
      <es-article-reader article="what-emotional-safety-means" heading-level="2"></es-article-reader>
    </div>`);
    const readers = [...wrapper.querySelectorAll<EsArticleReader>('es-article-reader')];
    const body = (el: EsArticleReader) => el.shadowRoot!.querySelector('[part="body"]')!;
    for (let i = 0; i < 100 && readers.some((el) => !body(el)?.querySelector('h2, h3')); i++) await settled(readers);
    const [first, copy, deeper] = readers as [EsArticleReader, EsArticleReader, EsArticleReader];
    expect(body(copy).textContent).to.equal(body(first).textContent);
    expect(body(first).querySelector('h2, h3')!.tagName).to.equal('H2');
    expect(body(copy).querySelector('h2, h3')!.tagName).to.equal('H2');
    expect(body(deeper).querySelector('h2, h3')!.tagName).to.equal('H3');
  });
});
