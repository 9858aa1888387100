import { expect, fixture, waitUntil } from '@open-wc/testing';
import { canEmulateMedia, emulateMedia } from './commands.js';
import '../src/elements/article-reader/article-reader.js';
import '../src/elements/safety-compare/safety-compare.js';
import '../src/elements/support-resources/support-resources.js';
import { contrast, luminance, parseColour, type Rgba } from '../src/core/colour.js';
import type { EsElement } from '../src/core/es-element.js';

/**
 * The page-look probe every element shares (src/core/page-look.ts): `theme="auto"`
 * follows the page's own light or dark look, the system setting only when the page gives
 * nothing to go on; and with no theme, links take the page's own link colour when it
 * keeps AA contrast. Dark system media is emulated where the runner can (Chromium); in
 * Firefox and WebKit the system stays light, and the dark page shows the page winning.
 */
const TAGS = ['es-article-reader', 'es-safety-compare', 'es-support-resources'];
const CREAM = '#fbf6ec';
const DARK_PAGE = '#111';
const darkSystem = () => matchMedia('(prefers-color-scheme: dark)').matches;

const colour = (value: string): Rgba => parseColour(value)!;
const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

/** The colours a reader sees on the element's outermost box. */
function boxColours(el: Element) {
  const style = getComputedStyle(base(el));
  const background = colour(style.backgroundColor);
  const text = colour(style.color);
  return { background, text, contrast: contrast(text, background), light: luminance(background) > 0.179 };
}

async function render(markup: string): Promise<EsElement> {
  const wrapper = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const el = wrapper.firstElementChild as EsElement;
  await el.updateComplete;
  return el;
}

describe('theme="auto" follows the page', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(async () => {
    document.body.style.background = '';
    document.documentElement.className = '';
    style?.remove();
    style = undefined;
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  const cases = [
    { page: CREAM, system: 'dark', light: true, says: 'stays light on a cream page when the system is dark' },
    { page: DARK_PAGE, system: 'light', light: false, says: 'is dark on a dark page when the system is light' },
  ] as const;
  for (const tag of TAGS) {
    for (const { page, system, light, says } of cases) {
      it(`<${tag} theme="auto"> ${says}`, async () => {
        if (canEmulateMedia) await emulateMedia({ colorScheme: system });
        document.body.style.background = page;
        const el = await render(`<${tag} theme="auto"></${tag}>`);
        const box = boxColours(el);
        expect(box.light, `background ${getComputedStyle(base(el)).backgroundColor} is ${light ? 'light' : 'dark'}`).to.equal(light);
        expect(box.contrast).to.be.at.least(4.5);
      });
    }
  }

  it('follows the system setting when the page gives nothing to go on', async () => {
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'dark' });
    const el = await render('<es-safety-compare theme="auto"></es-safety-compare>');
    expect(boxColours(el).light).to.equal(!darkSystem());
  });

  it('follows the site’s own dark-mode switch, and a root that allows only one scheme', async () => {
    style = document.createElement('style');
    style.textContent = `html.night body{background:${DARK_PAGE}} html.paper{color-scheme:only light}`;
    document.head.append(style);
    document.body.style.background = '';
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'dark' });
    const el = await render('<es-support-resources theme="auto"></es-support-resources>');
    document.documentElement.className = 'night';
    await waitUntil(() => !boxColours(el).light, 'the site switched to dark: the boxes follow', { timeout: 2000 });
    document.documentElement.className = 'paper';
    await waitUntil(() => boxColours(el).light, 'the root allows light only: the boxes are light again', { timeout: 2000 });
  });
});

describe('links take the page’s own link colour', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    document.head.append(style);
  });
  afterEach(() => style.remove());

  const firstLink = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="contents"] a')!).color;
  const GREEN = 'rgb(46, 125, 50)';

  it('with no theme, the contents links are the site’s green, not the built-in navy', async () => {
    style.textContent = '.site a{color:#2e7d32}';
    const wrapper = await fixture<HTMLElement>('<div class="site"><es-article-reader></es-article-reader></div>');
    const el = wrapper.querySelector('es-article-reader')!;
    await el.updateComplete;
    expect(firstLink(el)).to.equal(GREEN);
  });

  it('a theme, the accent token and a link colour without AA contrast each keep the built-in accent', async () => {
    style.textContent = '.site a{color:#2e7d32} .pale a{color:#b7dfa0}';
    const wrapper = await fixture<HTMLElement>(`<div>
      <div class="site"><es-article-reader theme="light"></es-article-reader></div>
      <div class="site"><es-article-reader style="--es-color-accent:#5b2a86"></es-article-reader></div>
      <div class="pale"><es-article-reader></es-article-reader></div>
    </div>`);
    const [themed, token, pale] = [...wrapper.querySelectorAll('es-article-reader')];
    await Promise.all([themed, token, pale].map((el) => el!.updateComplete));
    expect(firstLink(themed!)).to.equal('rgb(29, 92, 135)');
    expect(firstLink(token!)).to.equal('rgb(91, 42, 134)');
    expect(firstLink(pale!)).to.not.equal('rgb(183, 223, 160)');
    expect(contrast(colour(firstLink(pale!)), [255, 255, 255, 1])).to.be.at.least(4.5);
  });
});
