import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import '../src/elements/practice/practice.js';
import '../src/elements/reflection-card/reflection-card.js';
import type { EsReflectionCard } from '../src/elements/reflection-card/reflection-card.js';
import { builtinPromptSets } from '../src/content/index.js';
import { NOTES_STORAGE_KEY } from '../src/elements/reflection-card/notes-controller.js';
import { STORAGE_PREFIX, clearNotes, clearStoredData } from '../src/core/device-storage.js';
import { THEMES_TO_CHECK, captureWarnings, normalize, visibleText } from './helpers.js';

const SET = builtinPromptSets['emotional-safety']!;
const PROMPTS = SET.prompts.map((p) => p.text);

async function card(template = html`<es-reflection-card></es-reflection-card>`): Promise<EsReflectionCard> {
  const el = await fixture<EsReflectionCard>(template);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: EsReflectionCard, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const promptText = (el: EsReflectionCard) => $(el, '#prompt')?.textContent ?? null;
const announcement = (el: EsReflectionCard) => normalize($(el, '.visually-hidden[role="status"]')!.textContent ?? '');
const noteField = (el: EsReflectionCard) => $<HTMLTextAreaElement>(el, 'textarea')!;
const keepBox = (el: EsReflectionCard) => $<HTMLInputElement>(el, '#keep');
const notice = (el: EsReflectionCard) => normalize($(el, '[part="notice"]')?.textContent ?? '');
const focused = (el: EsReflectionCard) => el.shadowRoot!.activeElement;

async function click(el: EsReflectionCard, selector: string): Promise<void> {
  $(el, selector)!.click();
  await el.updateComplete;
}

/** Types as a reader would: real key presses into the note field. */
async function typeNote(el: EsReflectionCard, text: string): Promise<void> {
  noteField(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** A "reload": the card leaves the page and a new one is made, as a new page load would. */
async function reload(el: EsReflectionCard, template: ReturnType<typeof html>): Promise<EsReflectionCard> {
  el.remove();
  return card(template);
}

function clearPackageStorage(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

const journalPersist = html`<es-reflection-card journal persist></es-reflection-card>`;
const journalOnly = html`<es-reflection-card journal></es-reflection-card>`;

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

  describe('notes', () => {
    it('keeps a note per prompt in memory and says, in one sentence, that it vanishes on reload', async () => {
      const el = await card(journalOnly);
      expect(keepBox(el)).to.equal(null, 'nothing is offered without persist');
      expect(visibleText(el)).to.include('Your notes stay on this page only, and disappear when you leave or reload it.');
      const field = noteField(el);
      expect(field.labels![0]!.textContent).to.equal('Your note (optional)');
      await typeNote(el, 'first thought');
      await click(el, '#next');
      expect(noteField(el).value).to.equal('');
      await typeNote(el, 'second thought');
      await click(el, '#previous');
      expect(noteField(el).value).to.equal('first thought');
      await click(el, '#next');
      expect(noteField(el).value).to.equal('second thought');
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
    });

    it('forgets notes after a reload by default, also when persist is offered but not ticked', async () => {
      let el = await card(journalOnly);
      await typeNote(el, 'only for now');
      el = await reload(el, journalOnly);
      expect(noteField(el).value).to.equal('');

      el = await reload(el, journalPersist);
      expect(keepBox(el)!.checked).to.equal(false, 'the offer starts unticked');
      expect(visibleText(el)).to.include('Anyone who uses this device and browser could read them.');
      await typeNote(el, 'still only for now');
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
      el = await reload(el, journalPersist);
      expect(noteField(el).value).to.equal('');
      expect(keepBox(el)!.checked).to.equal(false);
    });

    it('keeps notes across a reload only after the reader ticks the box', async () => {
      let el = await card(journalPersist);
      await typeNote(el, 'kept thought');
      keepBox(el)!.click();
      await el.updateComplete;
      expect(notice(el)).to.equal('Your notes are now kept on this device.');
      expect(visibleText(el)).to.include('Your notes are kept on this device until you untick the box or clear them.');
      await click(el, '#next');
      await typeNote(el, 'another');
      const stored = JSON.parse(localStorage.getItem(NOTES_STORAGE_KEY)!);
      expect(stored.notes['set:emotional-safety']).to.deep.equal({
        [SET.prompts[0]!.id]: 'kept thought',
        [SET.prompts[1]!.id]: 'another',
      });

      el = await reload(el, journalPersist);
      expect(keepBox(el)!.checked).to.equal(true);
      expect(noteField(el).value).to.equal('kept thought');
      await click(el, '#next');
      expect(noteField(el).value).to.equal('another');

      el = await reload(el, journalOnly);
      expect(noteField(el).value).to.equal('', 'without persist the device is not read');
    });

    it('erases kept notes from the device when the reader unticks, keeping them on the page', async () => {
      let el = await card(journalPersist);
      keepBox(el)!.click();
      await typeNote(el, 'changed my mind');
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.include('changed my mind');
      keepBox(el)!.click();
      await el.updateComplete;
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
      expect(notice(el)).to.include('no longer kept on this device');
      expect(noteField(el).value).to.equal('changed my mind');
      el = await reload(el, journalPersist);
      expect(noteField(el).value).to.equal('');
      expect(keepBox(el)!.checked).to.equal(false);
    });

    it('unticking in one card leaves notes another card keeps alone', async () => {
      const wrapper = await fixture(html`<div>
        <es-reflection-card journal persist></es-reflection-card>
        <es-reflection-card journal persist prompt="One more question?"></es-reflection-card>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('es-reflection-card')] as EsReflectionCard[];
      await second!.updateComplete;
      for (const [el, text] of [[first!, 'set note'], [second!, 'single note']] as const) {
        keepBox(el)!.click();
        await typeNote(el, text);
      }
      keepBox(second!)!.click();
      await second!.updateComplete;
      const stored = JSON.parse(localStorage.getItem(NOTES_STORAGE_KEY)!);
      expect(stored.notes).to.deep.equal({ 'set:emotional-safety': { [SET.prompts[0]!.id]: 'set note' } });
      expect(keepBox(first!)!.checked).to.equal(true);
    });

    it('"Clear my notes" erases everything, on the device and on the page, in one click', async () => {
      localStorage.setItem(`${STORAGE_PREFIX}reader:v1`, '{"fontSize":"large"}');
      localStorage.setItem('site-own-key', 'not ours');
      const el = await card(journalPersist);
      keepBox(el)!.click();
      await typeNote(el, 'to be cleared');
      $(el, '#clear')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
      expect(localStorage.getItem(`${STORAGE_PREFIX}reader:v1`)).to.equal(null);
      expect(localStorage.getItem('site-own-key')).to.equal('not ours', 'the practice’s own site data is left alone');
      localStorage.removeItem('site-own-key');
      expect(noteField(el).value).to.equal('');
      expect(keepBox(el)!.checked).to.equal(false);
      expect(notice(el)).to.equal('Your notes have been cleared.');
      expect(focused(el)).to.equal($(el, '#clear'));
    });

    it('keeps "Clear my notes" one click away while the reflection is set aside', async () => {
      const el = await card(journalOnly);
      await typeNote(el, 'set aside');
      await click(el, '#skip');
      await click(el, '#clear');
      await click(el, '#resume');
      expect(noteField(el).value).to.equal('');
    });

    it('is emptied by clearStoredData() (the quick exit) and by clearNotes()', async () => {
      const el = await card(journalOnly);
      await typeNote(el, 'in memory');
      clearStoredData();
      await el.updateComplete;
      expect(noteField(el).value).to.equal('');

      const kept = await card(journalPersist);
      keepBox(kept)!.click();
      await typeNote(kept, 'on the device');
      clearNotes();
      await kept.updateComplete;
      expect(noteField(kept).value).to.equal('');
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
    });

    it('downloads the prompts and notes as a text file made in the browser', async () => {
      const el = await card(journalOnly);
      await typeNote(el, 'line one\nline two');
      await click(el, '#next');
      await click(el, '#next');
      await typeNote(el, 'third note');

      const blobs: Blob[] = [];
      const revoked: string[] = [];
      const clicks: { download: string; href: string; inPage: boolean }[] = [];
      const original = {
        create: URL.createObjectURL,
        revoke: URL.revokeObjectURL,
        click: HTMLAnchorElement.prototype.click,
      };
      URL.createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test-notes';
      };
      URL.revokeObjectURL = (url: string) => void revoked.push(url);
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push({ download: this.download, href: this.href, inPage: this.isConnected });
      };
      try {
        await click(el, '#download');
        await waitUntil(() => revoked.length > 0, 'the object URL is revoked', { timeout: 5000 });
      } finally {
        Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke });
        HTMLAnchorElement.prototype.click = original.click;
      }
      expect(clicks).to.deep.equal([{ download: 'my-notes.txt', href: 'blob:test-notes', inPage: true }]);
      expect(revoked).to.deep.equal(['blob:test-notes']);
      expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null, 'the temporary link is gone');
      expect(blobs[0]!.type).to.equal('text/plain;charset=utf-8');
      const text = await blobs[0]!.text();
      expect(text.startsWith(`${SET.title}\n\n1. ${PROMPTS[0]}\nline one\nline two\n\n2. ${PROMPTS[1]}\n(no note)`)).to.equal(true);
      expect(text).to.include(`3. ${PROMPTS[2]}\nthird note`);
      for (const prompt of PROMPTS) expect(text).to.include(prompt);
    });
  });

  describe('when storage fails', () => {
    it('falls back to memory with a notice when storage cannot be reached at all', async () => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
      // WebKit's JIT keeps reading the real `localStorage` in code that has run often (the
      // package's storage functions, after the tests above), whatever the page redefines.
      // So the storage it reaches refuses every use too, as a blocked one does; Chromium and
      // Firefox never get past the getter.
      const methods = ['getItem', 'setItem', 'removeItem', 'key', 'clear', 'length'] as const;
      const saved = methods.map((name) => [name, Object.getOwnPropertyDescriptor(Storage.prototype, name)!] as const);
      for (const name of methods) {
        Object.defineProperty(Storage.prototype, name, { configurable: true, ...(name === 'length' ? { get: refuse } : { value: refuse }) });
      }
      let el!: EsReflectionCard;
      try {
        el = await card(journalPersist);
        expect(notice(el)).to.include('This browser is not letting this page keep anything on your device');
        expect(keepBox(el)!.disabled).to.equal(true);
        await typeNote(el, 'safe in memory');
        await click(el, '#next');
        await click(el, '#previous');
        expect(noteField(el).value).to.equal('safe in memory');
        await click(el, '#clear');
        expect(noteField(el).value).to.equal('');
      } finally {
        for (const [name, original] of saved) Object.defineProperty(Storage.prototype, name, original);
        if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
      expect(window.localStorage).to.be.instanceOf(Storage);
      expect(window.localStorage.getItem('anything')).to.equal(null);
    });

    it('falls back to memory with a notice when saving throws (full or blocked storage)', async () => {
      const el = await card(journalPersist);
      await typeNote(el, 'nothing is lost');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      try {
        keepBox(el)!.click();
        await el.updateComplete;
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(keepBox(el)!.checked).to.equal(false);
      expect(notice(el)).to.include('could not be kept on this device');
      expect(noteField(el).value).to.equal('nothing is lost');
      expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(null);
    });

    for (const [what, garbage] of [
      ['text that is not JSON', '{not json'],
      ['JSON of the wrong shape', '{"notes": {"set:emotional-safety": {"a": 5}}}'],
    ] as const) {
      it(`falls back to memory with a notice when the stored notes are ${what}`, async () => {
        localStorage.setItem(NOTES_STORAGE_KEY, garbage);
        const el = await card(journalPersist);
        expect(notice(el)).to.include('could not be read');
        expect(keepBox(el)!.checked).to.equal(false);
        await typeNote(el, 'fresh start');
        await click(el, '#next');
        await click(el, '#previous');
        expect(noteField(el).value).to.equal('fresh start');
        expect(localStorage.getItem(NOTES_STORAGE_KEY)).to.equal(garbage, 'nothing written without a tick');
      });
    }
  });

  describe('privacy', () => {
    it('lets note text go nowhere: no request, event, console output or attribute carries it', async () => {
      const secret = 'my private thought 4471';
      const leaks: string[] = [];
      const check = (where: string, value: unknown) => {
        let text: string;
        try {
          text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
        } catch {
          text = String(value);
        }
        if (text.includes('4471')) leaks.push(where);
      };
      const events: string[] = [];
      const saved = {
        fetch: window.fetch,
        open: XMLHttpRequest.prototype.open,
        send: XMLHttpRequest.prototype.send,
        beacon: navigator.sendBeacon,
        dispatch: EventTarget.prototype.dispatchEvent,
        console: { ...console },
      };
      window.fetch = (...args: Parameters<typeof fetch>) => {
        check('fetch', args);
        return saved.fetch.apply(window, args);
      };
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        check('xhr.open', args);
        return (saved.open as (...a: unknown[]) => void).apply(this, args);
      };
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        check('xhr.send', body);
        return saved.send.call(this, body);
      };
      navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
        check('sendBeacon', [String(url), data]);
        return false;
      };
      EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
        events.push(event.type);
        check(`event ${event.type}`, (event as CustomEvent).detail);
        return saved.dispatch.call(this, event);
      };
      for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const) {
        console[method] = (...args: unknown[]) => check(`console.${method}`, args.map(String));
      }
      try {
        const el = await card(html`<es-practice><es-reflection-card journal persist></es-reflection-card></es-practice>`).then(
          (practice) => practice.querySelector('es-reflection-card')!,
        );
        await el.updateComplete;
        await typeNote(el, secret);
        await click(el, '#next');
        await click(el, '#previous');
        keepBox(el)!.click();
        await el.updateComplete;
        await typeNote(el, ' more');
        const allAttributes = (root: Document | ShadowRoot): string[] =>
          [...root.querySelectorAll('*')].flatMap((node) => [
            ...[...node.attributes].map((a) => `${a.name}=${a.value}`),
            ...(node.shadowRoot ? allAttributes(node.shadowRoot) : []),
          ]);
        for (const attribute of allAttributes(document)) check('attribute', attribute);
        expect(noteField(el).value).to.equal(`${secret} more`);
        expect(noteField(el).hasAttribute('value')).to.equal(false);
        keepBox(el)!.click();
        await click(el, '#clear');
      } finally {
        window.fetch = saved.fetch;
        XMLHttpRequest.prototype.open = saved.open;
        XMLHttpRequest.prototype.send = saved.send;
        navigator.sendBeacon = saved.beacon;
        EventTarget.prototype.dispatchEvent = saved.dispatch;
        Object.assign(console, saved.console);
      }
      expect(events).to.include('es-prompt-change', 'the spy saw the card’s own events');
      expect(events).to.include('es-storage-cleared');
      expect(leaks).to.deep.equal([]);
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
