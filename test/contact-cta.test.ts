import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/practice/practice.js';
import '../src/elements/contact-cta/contact-cta.js';
import type { EsContactCta } from '../src/elements/contact-cta/contact-cta.js';
import { THEMES_TO_CHECK, captureWarnings, normalize, visibleText } from './helpers.js';

async function settle(el: EsContactCta): Promise<void> {
  await el.updateComplete;
  // The designer hint waits one task (a zero-delay timer) for late provider settings; a
  // zero-delay timer queued now runs after it (timers of equal delay run in order).
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The wrapper of the line above the button. */
function leadOf(el: EsContactCta): HTMLElement {
  return el.shadowRoot!.querySelector('[part="lead"]')!;
}

function link(el: EsContactCta, part = 'link'): HTMLAnchorElement | null {
  return el.shadowRoot!.querySelector(`[part="${part}"]`);
}

describe('<es-contact-cta>', () => {
  it('invites the reader to talk with the practice named by the provider', async () => {
    const wrapper = await fixture(html`<es-practice name="Harbour Counselling" contact-url="https://example.com/contact" phone="0808 2000 247">
      <es-contact-cta></es-contact-cta>
    </es-practice>`);
    const el = wrapper.querySelector('es-contact-cta')!;
    await settle(el);
    expect(el.hidden).to.equal(false);
    expect(link(el)!.textContent).to.equal('Talk with Harbour Counselling');
    expect(link(el)!.getAttribute('href')).to.equal('https://example.com/contact');
    expect(link(el, 'phone-link')!.textContent).to.equal('Or call 0808 2000 247');
    expect(link(el, 'phone-link')!.getAttribute('href')).to.equal('tel:08082000247');
    expect(visibleText(el)).to.include('you don’t have to work through it alone');
  });

  it('lets its own href, label and phone win over the provider', async () => {
    const wrapper = await fixture(html`<es-practice name="Harbour Counselling" contact-url="https://example.com/contact" phone="111">
      <es-contact-cta href="mailto:hello@example.com" label="Write to us" phone="+44 20 7946 0000"></es-contact-cta>
    </es-practice>`);
    const el = wrapper.querySelector('es-contact-cta')!;
    await settle(el);
    expect(link(el)!.textContent).to.equal('Write to us');
    expect(link(el)!.getAttribute('href')).to.equal('mailto:hello@example.com');
    expect(link(el, 'phone-link')!.getAttribute('href')).to.equal('tel:+442079460000');
  });

  it('works without a provider, and a tel: link is fine', async () => {
    const el = await fixture<EsContactCta>(html`<es-contact-cta href="tel:+15555550100"></es-contact-cta>`);
    await settle(el);
    expect(link(el)!.getAttribute('href')).to.equal('tel:+15555550100');
    expect(link(el)!.textContent).to.equal('Get in touch');
  });

  it('offers a phone-only practice as one call button', async () => {
    const wrapper = await fixture(html`<es-practice name="Harbour Counselling" phone="0808 2000 247">
      <es-contact-cta></es-contact-cta>
    </es-practice>`);
    const el = wrapper.querySelector('es-contact-cta')!;
    await settle(el);
    expect(link(el)).to.equal(null);
    expect(link(el, 'phone-link')!.textContent).to.equal('Call Harbour Counselling on 0808 2000 247');
    expect(link(el, 'phone-link')!.className).to.equal('button');
  });

  it('refuses a javascript: href with one warning, falling back to the provider link', async () => {
    let wrapper!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      wrapper = await fixture(html`<es-practice name="Harbour Counselling" contact-url="/contact">
        <es-contact-cta href="javascript:alert(1)"></es-contact-cta>
      </es-practice>`);
      await settle(wrapper.querySelector('es-contact-cta')!);
    });
    const el = wrapper.querySelector('es-contact-cta')!;
    expect(link(el)!.getAttribute('href')).to.equal('/contact');
    expect(el.shadowRoot!.innerHTML).not.to.include('javascript:');
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.include('refused the href attribute “javascript:alert(1)”');
  });

  it('hides itself, renders nothing and hints once when nothing is configured or the only link is refused', async () => {
    let empty!: EsContactCta;
    let refused!: EsContactCta;
    const warnings = await captureWarnings(async () => {
      empty = await fixture<EsContactCta>(html`<es-contact-cta></es-contact-cta>`);
      await settle(empty);
      refused = await fixture<EsContactCta>(html`<es-contact-cta href="data:text/html,hi" label="Contact"></es-contact-cta>`);
      await settle(refused);
    });
    for (const el of [empty, refused]) {
      expect(el.hidden).to.equal(true);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    }
    expect(warnings.length).to.equal(2);
    expect(String(warnings[0]![0])).to.include('has nothing to link to');
    expect(String(warnings[1]![0])).to.include('refused');
  });

  it('shows itself again once a link is given', async () => {
    let el!: EsContactCta;
    await captureWarnings(async () => {
      el = await fixture<EsContactCta>(html`<es-contact-cta></es-contact-cta>`);
      await settle(el);
    });
    el.href = 'https://example.com/';
    await settle(el);
    expect(el.hidden).to.equal(false);
    expect(link(el)!.getAttribute('href')).to.equal('https://example.com/');
  });

  it('speaks Spanish under lang="es"', async () => {
    const wrapper = await fixture(html`<es-practice name="Harbour" contact-url="/c" phone="123" locale="es">
      <es-contact-cta></es-contact-cta>
    </es-practice>`);
    const el = wrapper.querySelector('es-contact-cta')!;
    await settle(el);
    expect(link(el)!.textContent).to.equal('Habla con Harbour');
    expect(link(el, 'phone-link')!.textContent).to.equal('O llama al 123');
  });

  it('can be reached with the keyboard: the button, then the phone link', async () => {
    const wrapper = await fixture(html`<es-practice name="Harbour" contact-url="/c" phone="123">
      <es-contact-cta></es-contact-cta>
    </es-practice>`);
    const el = wrapper.querySelector('es-contact-cta')!;
    await settle(el);
    const { sendKeys } = await import('./commands.js');
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link(el, 'phone-link'));
  });

  describe('its built-in line, said once per page', () => {
    const LINE = 'If any of this feels familiar, you don’t have to work through it alone.';
    const lineOf = (el: EsContactCta) => visibleText(el).includes(LINE);

    it('is shown by the first call to action only, the others showing just their links', async () => {
      const wrapper = await fixture(html`<es-practice name="Harbour" contact-url="/c" phone="123">
        <es-contact-cta></es-contact-cta>
        <p>Between them</p>
        <es-contact-cta></es-contact-cta>
        <es-contact-cta></es-contact-cta>
      </es-practice>`);
      const ctas = [...wrapper.querySelectorAll('es-contact-cta')];
      for (const el of ctas) await settle(el);
      expect(ctas.map(lineOf)).to.deep.equal([true, false, false]);
      for (const el of ctas) expect(link(el)!.textContent).to.equal('Talk with Harbour');
      // Nothing empty is left above the later ones' buttons.
      expect(leadOf(ctas[1]!).getBoundingClientRect().height).to.equal(0);
    });

    it('goes by page order, into shadow roots: one at the end of an article comes where the article is', async () => {
      const wrapper = await fixture(html`<div><div id="article"></div><es-contact-cta href="/c"></es-contact-cta></div>`);
      const root = wrapper.querySelector('#article')!.attachShadow({ mode: 'open' });
      const inner = document.createElement('es-contact-cta');
      inner.setAttribute('href', '/c');
      root.append(inner);
      const outer = wrapper.querySelector('es-contact-cta')!;
      await settle(inner);
      await settle(outer);
      expect([lineOf(inner), lineOf(outer)]).to.deep.equal([true, false]);
    });

    it('passes to the next one when the first leaves the page', async () => {
      const wrapper = await fixture(html`<div><es-contact-cta href="/a"></es-contact-cta><es-contact-cta href="/b"></es-contact-cta></div>`);
      const [first, second] = [...wrapper.querySelectorAll('es-contact-cta')];
      await settle(first!);
      await settle(second!);
      expect(lineOf(second!)).to.equal(false);
      first!.remove();
      await settle(second!);
      expect(lineOf(second!)).to.equal(true);
    });

    it('leaves a line of the page’s own always shown; it does not take the built-in line’s place', async () => {
      const wrapper = await fixture(html`<div>
        <es-contact-cta href="/a">Ready when you are.</es-contact-cta>
        <es-contact-cta href="/b"></es-contact-cta>
      </div>`);
      const [own, plain] = [...wrapper.querySelectorAll('es-contact-cta')];
      await settle(own!);
      await settle(plain!);
      expect(normalize(own!.innerText)).to.equal('Ready when you are.');
      expect(leadOf(own!).getBoundingClientRect().height).to.be.greaterThan(0);
      expect(lineOf(own!)).to.equal(false);
      expect(lineOf(plain!)).to.equal(true);
    });

    it('is not taken by one with nothing to link to (hidden)', async () => {
      let wrapper!: HTMLElement;
      await captureWarnings(async () => {
        wrapper = await fixture(html`<div><es-contact-cta></es-contact-cta><es-contact-cta href="/b"></es-contact-cta></div>`);
        for (const el of wrapper.querySelectorAll('es-contact-cta')) await settle(el);
      });
      expect(lineOf(wrapper.querySelectorAll('es-contact-cta')[1]!)).to.equal(true);
    });
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme`, async () => {
      const wrapper = await fixture(html`<es-practice name="Harbour Counselling" contact-url="/c" phone="0808 2000 247">
        <es-contact-cta theme=${theme}></es-contact-cta>
      </es-practice>`);
      const el = wrapper.querySelector('es-contact-cta')!;
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
