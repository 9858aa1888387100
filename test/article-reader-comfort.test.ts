import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/article-reader/article-reader.js';
import type { EsArticleReader } from '../src/elements/article-reader/article-reader.js';
import { PREFERENCES_KEY } from '../src/elements/article-reader/reader-preferences-controller.js';
import { STORAGE_CLEARED_EVENT } from '../src/core/device-storage.js';
import { contrast, over, parseColour, type Rgba } from '../src/core/colour.js';

/** The site's own rules, exactly as issue #16 gives them. */
const SITE_CSS = '.entry-content p{color:#333;font-size:18px}';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const radio = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('label.choice')]
    .find((l) => l.textContent!.trim() === label)!
    .querySelector('input')!;
const forgetVisit = () => window.dispatchEvent(new Event(STORAGE_CLEARED_EVENT));

/** The colour actually behind `el`: the first opaque background up the flat tree, over white. */
function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
    const bg = parseColour(getComputedStyle(node).backgroundColor)!;
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
}

const contrastOf = (el: Element) => contrast(parseColour(getComputedStyle(el).color)!, backgroundBehind(el));
const sizeOf = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('<es-article-reader> comfort settings over the practice’s own HTML', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    localStorage.removeItem(PREFERENCES_KEY);
    forgetVisit();
    style = document.createElement('style');
    style.textContent = SITE_CSS;
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    localStorage.removeItem(PREFERENCES_KEY);
    forgetVisit();
  });

  async function ownArticle(): Promise<{ el: EsArticleReader; texts: HTMLElement[] }> {
    const wrapper = await fixture<HTMLElement>(html`<div class="entry-content">
      <es-article-reader>
        <h2>Feeling safe with someone</h2>
        <p>Safety is something we feel in the body before we can name it.</p>
        <h3>What it looks like</h3>
        <p>Being listened to, without being rushed or judged.</p>
        <h3>What gets in the way</h3>
        <p>Old hurts, and the habits that once protected us.</p>
      </es-article-reader>
    </div>`);
    const el = wrapper.querySelector('es-article-reader')!;
    await el.updateComplete;
    return { el, texts: [...el.querySelectorAll<HTMLElement>('h2, h3, p')] };
  }

  it('Dark and the largest size win over the site’s rules, and resetting gives the site’s look back', async () => {
    const { el, texts } = await ownArticle();
    const paragraphs = texts.filter((t) => t.localName === 'p');
    expect(getComputedStyle(paragraphs[0]!).color, 'the site’s rule applies to begin with').to.equal('rgb(51, 51, 51)');
    const before = texts.map(sizeOf);

    $(el, 'summary').click();
    await el.updateComplete;
    radio(el, 'Dark').click();
    radio(el, 'Largest').click();
    await el.updateComplete;

    expect(getComputedStyle($(el, '.reader')).backgroundColor).to.equal('rgb(27, 30, 35)');
    for (const [i, text] of texts.entries()) {
      expect(contrastOf(text), `contrast of <${text.localName}> “${text.textContent}”`).to.be.at.least(4.5);
      expect(sizeOf(text), `size of <${text.localName}>`).to.be.above(18).and.above(before[i]!);
    }

    radio(el, 'As the site').click();
    radio(el, 'Standard').click();
    await el.updateComplete;
    expect(getComputedStyle(paragraphs[0]!).color).to.equal('rgb(51, 51, 51)');
    expect(texts.map(sizeOf)).to.deep.equal(before);
    expect(el.hasAttribute('data-es-comfort')).to.equal(false);
  });

  it('High contrast reaches the site’s links too; a reader leaving the page takes the rules away', async () => {
    style.textContent += '.entry-content a{color:#2e7d32}';
    const { el } = await ownArticle();
    const p = el.querySelector('p')!;
    p.insertAdjacentHTML('beforeend', ' <a href="#more">Read more</a>');
    const link = p.querySelector('a')!;
    $(el, 'summary').click();
    await el.updateComplete;
    radio(el, 'High contrast').click();
    await el.updateComplete;
    expect(getComputedStyle(p).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(link).color).to.equal('rgb(255, 235, 59)');
    expect(contrastOf(link)).to.be.at.least(4.5);

    // Leaving the page, the reader takes its rules with it; back, the visit's choice is back.
    const sheets = document.adoptedStyleSheets.length;
    const parent = el.parentElement!;
    el.remove();
    expect(el.hasAttribute('data-es-comfort')).to.equal(false);
    expect(document.adoptedStyleSheets.length, 'the page rules are gone').to.equal(sheets - 1);
    parent.append(el);
    await el.updateComplete;
    expect(getComputedStyle(p).color).to.equal('rgb(255, 255, 255)');
  });
});
