/**
 * <es-reflection-card>: its prompts, and its look and feel (a narrow screen, axe). The other
 * parts: reflection-card-controls, -notes (with storage that fails) and -privacy; what they
 * share is in reflection-card.helpers.ts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import type { EsReflectionCard } from '../src/elements/reflection-card/reflection-card.js';
import { THEMES_TO_CHECK, captureWarnings, visibleText } from './helpers.js';
import { PROMPTS, SET, $, announcement, card, clearPackageStorage, click, focused, keepBox, promptText } from './reflection-card.helpers.js';

describe('<es-reflection-card>', () => {
  beforeEach(clearPackageStorage);
  afterEach(clearPackageStorage);

  describe('prompts', () => {
    it('shows the first prompt of the default set, its title, the gentle framing and "1 of 6"', async () => {
      const el = await card();
      const text = visibleText(el);
      expect($(el, 'h2')!.textContent).to.equal(SET.title);
      expect(text).to.include('Reflect without blame or judgment, at your own pace.');
      expect(text).to.include(`Prompt 1 of ${PROMPTS.length}`);
      expect(promptText(el)).to.equal(PROMPTS[0]);
      expect(announcement(el)).to.equal('', 'nothing is announced before the reader acts');
    });

    it('fits its heading into the page’s outline with heading-level (h3 under a section’s h2)', async () => {
      const wrapper = await fixture(html`<section>
        <h2>A gentle invitation to reflect</h2>
        <es-reflection-card heading-level="3"></es-reflection-card>
      </section>`);
      const el = wrapper.querySelector('es-reflection-card')!;
      await el.updateComplete;
      const headings = el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6');
      expect([...headings].map((h) => h.localName)).to.deep.equal(['h3']);
      expect(headings[0]!.textContent).to.equal(SET.title);
      const card = $(el, '[part="card"]')!;
      expect(el.shadowRoot!.getElementById(card.getAttribute('aria-labelledby')!)).to.equal(headings[0], 'the card is named by its heading');
    });

    it('moves with Previous and Next, announces politely, fires es-prompt-change and keeps focus', async () => {
      const el = await card();
      const live = $(el, '.visually-hidden[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      const next = $(el, '#next')!;
      next.focus();
      setTimeout(() => next.click());
      const event = (await oneEvent(el, 'es-prompt-change')) as CustomEvent;
      await el.updateComplete;
      expect(event.detail).to.deep.equal({ index: 1 });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(promptText(el)).to.equal(PROMPTS[1]);
      expect(announcement(el)).to.equal(`Prompt 2 of ${PROMPTS.length}: ${PROMPTS[1]}`);
      expect(visibleText(el)).to.include(`Prompt 2 of ${PROMPTS.length}`);
      expect(focused(el)).to.equal(next);

      await click(el, '#previous');
      expect(promptText(el)).to.equal(PROMPTS[0]);
      expect(announcement(el)).to.equal(`Prompt 1 of ${PROMPTS.length}: ${PROMPTS[0]}`);
    });

    it('marks Previous and Next unavailable at the ends without dropping focus', async () => {
      const el = await card();
      const events: number[] = [];
      el.addEventListener('es-prompt-change', (e) => events.push((e as CustomEvent).detail.index));
      const previous = $(el, '#previous')!;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      previous.focus();
      await click(el, '#previous');
      expect(promptText(el)).to.equal(PROMPTS[0]);
      expect(focused(el)).to.equal(previous);

      for (let i = 1; i < PROMPTS.length; i++) await click(el, '#next');
      expect(promptText(el)).to.equal(PROMPTS.at(-1));
      const next = $(el, '#next')!;
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      next.focus();
      await click(el, '#next');
      expect(promptText(el)).to.equal(PROMPTS.at(-1));
      expect(focused(el)).to.equal(next);
      expect(events).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('can be used with the keyboard alone', async () => {
      const el = await card();
      $(el, '#next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(promptText(el)).to.equal(PROMPTS[1]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(promptText(el)).to.equal(PROMPTS[2]);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)).to.equal($(el, '#previous'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(promptText(el)).to.equal(PROMPTS[1]);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#skip'));
    });

    it('always offers "Skip for now", which sets the reflection aside and brings it back', async () => {
      const el = await card();
      for (let i = 0; i < PROMPTS.length; i++) {
        const skip = $(el, '#skip')!;
        expect(skip.textContent!.trim()).to.equal('Skip for now');
        expect(skip.getBoundingClientRect().height).to.be.greaterThan(0);
        await click(el, '#next');
      }
      await click(el, '#previous');
      $(el, '#skip')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(promptText(el)).to.equal(null);
      expect(visibleText(el)).to.include('You have set this reflection aside.');
      expect(focused(el)).to.equal($(el, '#resume'), 'focus goes to the way back, not the top of the page');
      expect($(el, '#clear')).to.equal(null, 'no notes tools without journal');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(promptText(el)).to.equal(PROMPTS.at(-2));
      expect(focused(el)).to.equal($(el, '#prompt'));
    });

    it('starts at `index` (kept within the prompts) and starts over when the set changes', async () => {
      const el = await card(html`<es-reflection-card index="99"></es-reflection-card>`);
      expect(promptText(el)).to.equal(PROMPTS.at(-1));
      el.src = '/test/fixtures/prompt-set.json';
      await waitUntil(() => promptText(el) === 'What did you notice as you arrived here today?', 'the new set starts at its first prompt');
      expect(visibleText(el)).to.include('Prompt 1 of 3');
    });

    it('shows a single custom prompt without position or navigation, but with Skip', async () => {
      const el = await card(html`<es-reflection-card prompt="What helped you feel safe this week?"></es-reflection-card>`);
      expect(promptText(el)).to.equal('What helped you feel safe this week?');
      expect($(el, 'h2')!.textContent).to.equal('A moment to reflect');
      expect(visibleText(el)).not.to.include('Prompt 1 of');
      expect($(el, '#next')).to.equal(null);
      expect($(el, '#previous')).to.equal(null);
      expect($(el, '#skip')).not.to.equal(null);
    });

    it('uses a practice’s own set from src and from inline JSON, rendering HTML in it as text', async () => {
      const fetched = await card(html`<es-reflection-card src="/test/fixtures/prompt-set.json"></es-reflection-card>`);
      await waitUntil(() => promptText(fetched), 'the fetched set renders');
      expect($(fetched, 'h2')!.textContent).to.equal('Our practice’s prompts');
      expect(visibleText(fetched)).to.include('Three questions we often begin with.');
      expect(visibleText(fetched)).to.include('Prompt 1 of 3');

      const set = { id: 'ours', title: 'Ours', prompts: [{ id: 'a', text: '<img src=x onerror="window.__pwned=1">Breathe' }] };
      const inline = await card(html`<es-reflection-card><script type="application/json">${JSON.stringify(set)}</script></es-reflection-card>`);
      expect(promptText(inline)).to.equal('<img src=x onerror="window.__pwned=1">Breathe');
      expect(inline.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('explains invalid custom sets clearly, once in the console, without breaking other cards', async () => {
      let wrapper!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        wrapper = await fixture(html`<div>
          <es-reflection-card set="nope"></es-reflection-card>
          <es-reflection-card><script type="application/json">{ "id": </script></es-reflection-card>
          <es-reflection-card
            ><script type="application/json">
              {"id": "x", "title": "T", "prompts": [{"id": "a"}]}
            </script></es-reflection-card
          >
          <es-reflection-card></es-reflection-card>
        </div>`);
        // updateComplete also waits for content that is still being validated (the
        // validator is fetched on demand), so its warnings are counted too.
        await Promise.all([...wrapper.querySelectorAll('es-reflection-card')].map((el) => el.updateComplete));
      });
      const [unknown, broken, invalid, good] = [...wrapper.querySelectorAll('es-reflection-card')];
      expect(visibleText(unknown!)).to.include('There is no built-in prompt set called “nope”. The built-in ones are: emotional-safety.');
      expect(visibleText(broken!)).to.include('The prompt set is not valid JSON');
      expect(visibleText(invalid!)).to.include('“prompts[0].text” is missing: it should be text.');
      expect(promptText(good!)).to.equal(PROMPTS[0]);
      expect(warnings.length).to.equal(3);

      let fromSrc!: EsReflectionCard;
      await captureWarnings(async () => {
        // card() resolves once the file has been fetched and checked.
        fromSrc = await card(html`<es-reflection-card src="/test/fixtures/prompt-set-invalid.json"></es-reflection-card>`);
      });
      expect(visibleText(fromSrc)).to.include('This part of the page could not be shown.');
      expect(visibleText(fromSrc)).to.include('“id” is “Our Prompts”');
      expect(visibleText(fromSrc)).to.include('repeats the id “one”');
    });

    it('uses Spanish for its interface under lang="es" and from <es-practice locale="es">', async () => {
      const el = await card(html`<es-reflection-card lang="es" journal persist></es-reflection-card>`);
      const text = visibleText(el);
      expect(text).to.include('Reflexiona sin culpa ni juicio, a tu propio ritmo.');
      expect(text).to.include(`Pregunta 1 de ${PROMPTS.length}`);
      expect(text).to.include('Guardar mis notas en este dispositivo');
      expect($(el, '#prompt')!.getAttribute('lang')).to.equal('en', 'the English prompts keep their language');
      await click(el, '#next');
      expect(announcement(el)).to.equal(`Pregunta 2 de ${PROMPTS.length}: ${PROMPTS[1]}`);

      const practice = await fixture(html`<es-practice locale="es"><es-reflection-card></es-reflection-card></es-practice>`);
      const inner = practice.querySelector('es-reflection-card')!;
      await inner.updateComplete;
      expect($(inner, '#skip')!.textContent!.trim()).to.equal('Dejarlo para otro momento');
    });
  });

  describe('look and feel', () => {
    // The card in a frame 280 px wide: the frame is the card's viewport (its media queries,
    // vw units and wrapping all see 280 px), in every engine alike. A browser window cannot
    // be made that narrow everywhere (WebKitGTK's MiniBrowser stops at a 447 px viewport).
    it('fits a 280 px wide screen without sideways scrolling', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/test/fixtures/reflection-card-frame.html';
      frame.style.cssText = 'width: 280px; height: 700px; border: 0; display: block';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow!;
        await waitUntil(() => win.customElements.get('es-reflection-card'), 'the card registers in the 280 px frame', { timeout: 5000 });
        const el = win.document.querySelector('es-reflection-card') as EsReflectionCard;
        await el.updateComplete;
        expect(win.innerWidth, 'the frame is a 280 px screen').to.equal(280);
        const base = $(el, '[part="base"]')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
        expect(win.document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(281);
        for (const button of el.shadowRoot!.querySelectorAll('button')) {
          expect(button.getBoundingClientRect().right, button.textContent!.trim()).to.be.at.most(281);
        }
      } finally {
        frame.remove();
      }
    });

    for (const theme of THEMES_TO_CHECK) {
      it(`is accessible (axe) in the ${theme} theme, with notes and a notice`, async () => {
        const el = await card(html`<es-reflection-card journal persist theme=${theme}></es-reflection-card>`);
        keepBox(el)!.click();
        await click(el, '#next');
        await expect(el).to.be.accessible();
        await click(el, '#skip');
        await expect(el).to.be.accessible();
      });
    }
  });
});
