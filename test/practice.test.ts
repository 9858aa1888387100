import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { EsSafetyCompare } from '../src/elements/safety-compare/safety-compare.js';
import { EsPractice } from '../src/elements/practice/practice.js';
import { defineElement } from '../src/core/define.js';
import { addBuiltinMessages, ensureLocale, formatDate, registerMessages, translate } from '../src/core/l10n/index.js';
import { captureWarnings } from './helpers.js';

const firstHeader = (el: Element) => el.shadowRoot!.querySelector('thead th')!.textContent!.trim();
const baseClass = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!.className;

describe('<es-practice>', () => {
  it('gives its locale and theme to the elements inside', async () => {
    const practice = await fixture<EsPractice>(
      html`<es-practice locale="es" theme="dark"><section><es-safety-compare></es-safety-compare></section></es-practice>`,
    );
    const compare = practice.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emocionalmente seguro');
    expect(baseClass(compare)).to.equal('base theme-dark');
  });

  it('passes changes on at once', async () => {
    const practice = await fixture<EsPractice>(html`<es-practice><es-safety-compare></es-safety-compare></es-practice>`);
    const compare = practice.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emotionally safe');
    practice.locale = 'es';
    practice.theme = 'light';
    await practice.updateComplete;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emocionalmente seguro');
    expect(baseClass(compare)).to.equal('base theme-light');
  });

  it('lets attributes on an element win over the provider', async () => {
    const practice = await fixture<EsPractice>(
      html`<es-practice locale="es" theme="dark"><es-safety-compare lang="en" theme="light"></es-safety-compare></es-practice>`,
    );
    const compare = practice.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emotionally safe');
    expect(baseClass(compare)).to.equal('base theme-light');
  });

  it('reaches elements that upgraded before the provider existed', async () => {
    // A page where the consumer is defined and connected first, and the provider later.
    const tag = `es-late-practice-${Math.random().toString(36).slice(2)}`;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<${tag} locale="es"><es-safety-compare></es-safety-compare></${tag}>`;
    const compare = host.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emotionally safe');
    customElements.define(tag, class extends EsPractice {});
    await (host.firstElementChild as EsPractice).updateComplete;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emocionalmente seguro');
  });

  it('ignores an odd theme value instead of breaking', async () => {
    const practice = await fixture<EsPractice>(
      html`<es-practice theme="neon"><es-safety-compare></es-safety-compare></es-practice>`,
    );
    const compare = practice.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base');
    expect(compare.shadowRoot!.querySelector('table')).to.not.equal(null);
  });
});

describe('localisation', () => {
  it('follows the nearest lang attribute, and falls back to English for unknown languages', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><es-safety-compare></es-safety-compare></div>`);
    const compare = wrapper.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(firstHeader(compare)).to.equal('Emocionalmente seguro');

    const other = await fixture(html`<div lang="tlh"><es-safety-compare></es-safety-compare></div>`);
    const klingon = other.querySelector('es-safety-compare')!;
    await klingon.updateComplete;
    expect(firstHeader(klingon)).to.equal('Emotionally safe');
  });
});

describe('message catalogues', () => {
  it('lets a practice add its own wording, which wins over the built-in catalogue', async () => {
    registerMessages('es', { 'compare.unsafeLabel': 'Nada seguro' });
    registerMessages('fr', { 'compare.safeLabel': 'Sécurité émotionnelle' });
    const wrapper = await fixture(html`<div>
      <es-safety-compare lang="es"></es-safety-compare>
      <es-safety-compare lang="fr-CA"></es-safety-compare>
    </div>`);
    const [spanish, french] = [...wrapper.querySelectorAll('es-safety-compare')];
    await Promise.all([spanish!.updateComplete, french!.updateComplete]);
    const headers = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers(spanish!)).to.deep.equal(['Emocionalmente seguro', 'Nada seguro']);
    // French has only the one message: the rest falls back to English.
    expect(headers(french!)).to.deep.equal(['Sécurité émotionnelle', 'Not safe']);
  });
});

describe('dates', () => {
  it('are written by the built-in catalogues exactly as the browser would write them', async () => {
    await ensureLocale('es');
    for (const locale of ['en', 'es']) {
      const browser = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const iso = `2026-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
        expect(formatDate(locale, iso), `${locale} ${iso}`).to.equal(browser.format(new Date(`${iso}T00:00:00Z`)));
      }
    }
  });

  it('are left as written when they are not a calendar date', () => {
    expect(formatDate('en', 'soon')).to.equal('soon');
  });
});

describe('messages of elements fetched on demand', () => {
  it('never replace wording the practice registered before they arrived', () => {
    // In the script-tag build the reader's messages arrive with the reader, often after
    // the practice's own script has run.
    registerMessages('x-late', { 'reader.contents': 'In this article' });
    addBuiltinMessages('x-late', { 'reader.contents': 'Contents', 'reader.contentNote': 'Before we begin' });
    expect(translate('x-late', 'reader.contents')).to.equal('In this article');
    expect(translate('x-late', 'reader.contentNote')).to.equal('Before we begin');
  });
});

describe('registration', () => {
  it('never throws when the same element is registered twice', () => {
    expect(() => defineElement('es-safety-compare', EsSafetyCompare)).not.to.throw();
    expect(() => defineElement('es-safety-compare', class extends EsSafetyCompare {})).not.to.throw();
    expect(customElements.get('es-safety-compare')).to.equal(EsSafetyCompare);
  });

  it('warns once when another version of the package is already on the page', async () => {
    const tag = `es-versioned-${Math.random().toString(36).slice(2)}`;
    class Older extends HTMLElement {
      static esVersion = '0.0.1';
    }
    customElements.define(tag, Older);
    const warnings = await captureWarnings(() => {
      defineElement(tag, class extends HTMLElement {});
      defineElement(tag, class extends HTMLElement {});
    });
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.include('version 0.0.1 is already on this page');
  });
});
