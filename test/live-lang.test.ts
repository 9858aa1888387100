import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { EsReflectionCard } from '../src/elements/reflection-card/reflection-card.js';

/** The card's Next button label: "Next" in English, "Siguiente" in Spanish. */
const nextLabel = (card: EsReflectionCard) =>
  [...card.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim()).find((t) => t === 'Next' || t === 'Siguiente');

const speaks = async (card: EsReflectionCard, label: string) => {
  await waitUntil(() => nextLabel(card) === label, `the card should say "${label}", not "${nextLabel(card)}"`, { timeout: 3000 });
};

describe('lang and dir are live', () => {
  const html_ = document.documentElement;
  let before: string | null;
  beforeEach(() => {
    before = html_.getAttribute('lang');
    html_.setAttribute('lang', 'en');
  });
  afterEach(() => {
    if (before === null) html_.removeAttribute('lang');
    else html_.setAttribute('lang', before);
  });

  it('follows <html lang> changed after the first render', async () => {
    const card = await fixture<EsReflectionCard>(html`<es-reflection-card></es-reflection-card>`);
    await speaks(card, 'Next');
    html_.setAttribute('lang', 'es');
    await speaks(card, 'Siguiente');
    html_.setAttribute('lang', 'en');
    await speaks(card, 'Next');
  });

  it("follows an ancestor's lang, across a shadow root", async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><span></span></div>`);
    const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    const card = document.createElement('es-reflection-card');
    section.append(card);
    shadow.append(section);
    await speaks(card, 'Next');
    outer.setAttribute('lang', 'es');
    await speaks(card, 'Siguiente');
    // A lang set inside the other component's shadow root is nearer.
    section.setAttribute('lang', 'en');
    await speaks(card, 'Next');
  });

  it("follows the element's own lang", async () => {
    const card = await fixture<EsReflectionCard>(html`<es-reflection-card></es-reflection-card>`);
    await speaks(card, 'Next');
    card.setAttribute('lang', 'es');
    await speaks(card, 'Siguiente');
    card.removeAttribute('lang');
    await speaks(card, 'Next');
  });

  it('dir="rtl" on an ancestor reaches the layout inside the element', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div><es-reflection-card></es-reflection-card></div>`);
    const card = outer.querySelector('es-reflection-card')!;
    await card.updateComplete;
    const inner = card.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(inner).direction).to.equal('ltr');
    outer.setAttribute('dir', 'rtl');
    expect(getComputedStyle(inner).direction).to.equal('rtl');
  });
});
