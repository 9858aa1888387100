/** <es-quick-exit>: its place on the page (keyboard order, skip link, position), its note, its language, axe. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import { THEMES_TO_CHECK, normalize } from './helpers.js';
import { absolute, departures, endEachTest, liveRegion, pressShift, quickExit, startEachTest, watch } from './quick-exit.helpers.js';

describe('<es-quick-exit>', () => {
  beforeEach(startEachTest);
  afterEach(endEachTest);

  it('explains how it works, honestly, in a disclosure after the button', async () => {
    const el = await quickExit();
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(normalize(details.querySelector('summary')!.textContent!)).to.equal('How this works');
    const text = normalize(details.textContent!);
    expect(text).to.include('Shift key three times');
    expect(text).to.include('cannot erase your browser history');
    expect(text).to.include('private or incognito window');
  });

  it('speaks Spanish under lang="es"', async () => {
    const el = await quickExit(html`<es-quick-exit lang="es"></es-quick-exit>`);
    expect(normalize(el.shadowRoot!.querySelector('[part="button"]')!.textContent!)).to.equal('Salir de esta página');
    await pressShift(el);
    expect(liveRegion(el)).to.equal('Pulsa Mayúsculas 2 veces más para salir de esta página.');
  });

  it('is first in keyboard order when it comes first: button, then "How this works"', async () => {
    const el = await quickExit(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <button type="button">A button after it</button>
    </div>`);
    expect(document.querySelector('es-quick-exit-skip')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="button"]'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('summary'));
  });

  it('offers a skip link first in the page when something focusable comes before it', async () => {
    const el = await quickExit(html`<div>
      <nav><button type="button">Menu</button></nav>
      <es-quick-exit href="/weather"></es-quick-exit>
    </div>`);
    const skip = document.body.firstElementChild!;
    expect(skip.localName).to.equal('es-quick-exit-skip');
    await (skip as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await sendKeys({ press: 'Tab' });
    const link = skip.shadowRoot!.querySelector('[part="link"]')!;
    expect(skip.shadowRoot!.activeElement).to.equal(link);
    expect(link.textContent).to.equal('Leave this page');
    expect(link.getAttribute('href'), 'a real link to the exit page').to.equal(absolute('/weather'));
    expect(link.getBoundingClientRect().width, 'visible once focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    expect(departures.map((d) => d.url), 'the first Tab stop leaves at once').to.deep.equal([absolute('/weather')]);
    el.remove();
    expect(document.querySelector('es-quick-exit-skip'), 'removed with the quick exit').to.equal(null);
  });

  it('stays at the top of the viewport while the page scrolls, or in the bottom corner', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <div style="height: 3000px">Long page</div>
    </div>`);
    const current = watch(wrapper.querySelector('es-quick-exit')!);
    await current.updateComplete;
    const bar = () => current!.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
    window.scrollTo(0, 1500);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(Math.round(bar().top)).to.equal(0);
    current.position = 'bottom';
    await current.updateComplete;
    expect(Math.round(bar().bottom)).to.equal(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('closes "How this works" with Escape and when focus moves on', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <button type="button">After</button>
    </div>`);
    const current = watch(wrapper.querySelector('es-quick-exit')!);
    await current.updateComplete;
    const details = current.shadowRoot!.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(current.shadowRoot!.activeElement, 'focus stays on the summary').to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('After');
    expect(details.open, 'closed once focus left it, so it covers nothing').to.equal(false);
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme, with the note open`, async () => {
      const el = await quickExit(html`<es-quick-exit theme=${theme} clear-stored></es-quick-exit>`);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  }
});
