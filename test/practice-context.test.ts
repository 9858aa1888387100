import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/index.js';
import type { PracticeSettings } from '../src/core/practice-context.js';
import type { EsPractice } from '../src/elements/practice/practice.js';

/**
 * The settings travel by @lit/context's protocol (the community context protocol), so
 * another copy of the package, or a host's own element built on @lit/context, and this
 * one find each other on one page.
 */
const litContext = createContext<PracticeSettings>('emotional-safety-elements:practice');
const baseClass = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!.className;

class LitCopyConsumer extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: litContext, subscribe: true });
}
customElements.define('test-lit-copy-consumer', LitCopyConsumer);

class LitCopyProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: litContext, initialValue: { theme: 'dark' } });
}
customElements.define('test-lit-copy-provider', LitCopyProvider);

describe('practice settings between copies of the package', () => {
  it('reach a consumer built on @lit/context', async () => {
    const practice = await fixture<EsPractice>(html`<es-practice theme="dark"><test-lit-copy-consumer></test-lit-copy-consumer></es-practice>`);
    const consumer = practice.querySelector<LitCopyConsumer>('test-lit-copy-consumer')!;
    expect(consumer.consumer.value?.theme).to.equal('dark');
    practice.theme = 'light';
    await practice.updateComplete;
    expect(consumer.consumer.value?.theme).to.equal('light');
  });

  it('come from a provider built on @lit/context', async () => {
    const provider = await fixture<LitCopyProvider>(
      html`<test-lit-copy-provider><es-safety-compare></es-safety-compare></test-lit-copy-provider>`,
    );
    const compare = provider.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-dark');
    provider.provider.setValue({ theme: 'light' });
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-light');
  });
});

describe('nested practices', () => {
  it('move the elements inside a provider added later to it, and stop updating removed elements', async () => {
    const outer = await fixture<EsPractice>(html`<es-practice theme="dark"><div><es-safety-compare></es-safety-compare></div></es-practice>`);
    const compare = outer.querySelector('es-safety-compare')!;
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-dark');

    // A second provider wraps the element: the nearer one wins from then on.
    const inner = document.createElement('es-practice');
    inner.setAttribute('theme', 'light');
    const wrapper = outer.querySelector('div')!;
    wrapper.append(inner);
    inner.append(compare);
    await inner.updateComplete;
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-light');
    outer.theme = 'auto';
    await outer.updateComplete;
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-light', 'the outer provider no longer speaks for it');

    // Removed, the element hears no more; back in the page, it asks again.
    compare.remove();
    inner.theme = 'dark';
    await inner.updateComplete;
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-light');
    outer.append(compare);
    await compare.updateComplete;
    expect(baseClass(compare)).to.equal('base theme-auto');
  });
});
