/** <es-reflection-card>: its controls, how they look and when they are offered. */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import type { EsReflectionCard } from '../src/elements/reflection-card/reflection-card.js';
import { NOTES_STORAGE_KEY } from '../src/elements/reflection-card/notes-controller.js';
import { normalize, visibleText } from './helpers.js';
import {
  PROMPTS,
  $,
  card,
  clearPackageStorage,
  click,
  focused,
  journalOnly,
  journalPersist,
  notice,
  noteField,
  typeNote,
} from './reflection-card.helpers.js';

describe('<es-reflection-card>', () => {
  beforeEach(clearPackageStorage);
  afterEach(clearPackageStorage);

  describe('controls', () => {
    const style = (el: EsReflectionCard, selector: string) => getComputedStyle($(el, selector)!);
    const transparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
    /** The text of what aria-describedby points to, as assistive technology gets it. */
    const description = (el: EsReflectionCard, selector: string) =>
      ($(el, selector)!.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => normalize(el.shadowRoot!.getElementById(id)?.textContent ?? ''))
        .join(' ');

    it('has one primary action, Next; Previous is quieter and "Skip for now" looks like a link', async () => {
      const el = await card();
      await click(el, '#next');
      const [previous, next, skip] = [style(el, '#previous'), style(el, '#next'), style(el, '#skip')];
      expect(parseFloat(next.borderTopWidth), 'Next has the stronger border').to.be.greaterThan(parseFloat(previous.borderTopWidth));
      expect(Number(next.fontWeight), 'Next has the heavier text').to.be.greaterThan(Number(previous.fontWeight));
      expect(transparent(next.backgroundColor), 'Next is filled').to.equal(false);
      expect(transparent(previous.backgroundColor), 'Previous is not').to.equal(true);
      expect(skip.borderTopStyle, 'Skip has no button outline').to.equal('none');
      expect(skip.textDecorationLine).to.include('underline');
      expect(Number(skip.fontWeight)).to.be.lessThan(Number(next.fontWeight));
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(Math.round(box.height), `${button.textContent!.trim()} is 44 px tall`).to.be.at.least(44);
        expect(Math.round(box.width), `${button.textContent!.trim()} is 44 px wide`).to.be.at.least(44);
      }
    });

    it('shows the unavailable Previous calmly (a solid border, not dashed), kept in the keyboard order', async () => {
      const el = await card();
      const previous = $(el, '#previous')!;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(style(el, '#previous').borderTopStyle).to.equal('solid');
      expect(style(el, '#previous').borderLeftStyle).to.equal('solid');
      expect(visibleText(el), 'the position says why, in words').to.include(`Prompt 1 of ${PROMPTS.length}`);
      previous.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#next'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#skip'));
    });

    it('tells assistive technology that "Skip for now" hides the prompts, in English and Spanish', async () => {
      const el = await card();
      expect($(el, '#skip')!.textContent!.trim()).to.equal('Skip for now');
      expect(description(el, '#skip')).to.equal('Hides these prompts. You can bring them back at any time.');
      const es = await card(html`<es-reflection-card lang="es"></es-reflection-card>`);
      expect(description(es, '#skip')).to.equal('Oculta estas preguntas. Puedes volver a mostrarlas cuando quieras.');
    });

    it('offers Download and Clear only once there is a note, and says why when there is none', async () => {
      const el = await card(journalOnly);
      for (const id of ['#download', '#clear']) {
        expect($(el, id)!.getAttribute('aria-disabled'), id).to.equal('true');
        expect(description(el, id), id).to.equal('There are no notes to download or clear.');
      }
      expect(visibleText(el)).to.include('There are no notes to download or clear.');
      expect(style(el, '#download').borderTopStyle).to.equal('solid');
      const create = URL.createObjectURL;
      let made = 0;
      URL.createObjectURL = () => {
        made++;
        return 'blob:never';
      };
      try {
        await click(el, '#download');
      } finally {
        URL.createObjectURL = create;
      }
      expect(made, 'an unavailable Download makes no file').to.equal(0);

      await typeNote(el, 'a');
      for (const id of ['#download', '#clear']) expect($(el, id)!.getAttribute('aria-disabled'), id).to.equal('false');
      expect(description(el, '#download')).to.include('The file is made in your browser');
      expect(visibleText(el)).not.to.include('There are no notes to');
      $(el, '#clear')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(noteField(el).value).to.equal('');
      expect($(el, '#clear')!.getAttribute('aria-disabled')).to.equal('true');
      expect(focused(el), 'focus stays on Clear').to.equal($(el, '#clear'));
      expect(notice(el)).to.equal('Your notes have been cleared.');
    });

    it('lets Clear erase unreadable notes kept on this device, but offers no empty download', async () => {
      localStorage.setItem(NOTES_STORAGE_KEY, '{not json');
      const el = await card(journalPersist);
      expect($(el, '#clear')!.getAttribute('aria-disabled')).to.equal('false', 'unreadable kept notes can be cleared');
      expect($(el, '#download')!.getAttribute('aria-disabled')).to.equal('true');
      expect(description(el, '#download')).to.equal('There are no notes to download.');
      await click(el, '#clear');
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
    });
  });
});
