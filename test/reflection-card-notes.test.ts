/** <es-reflection-card journal>: notes, in memory and kept on the device, and when storage fails. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from './commands.js';
import type { EsReflectionCard } from '../src/elements/reflection-card/reflection-card.js';
import { NOTES_STORAGE_KEY } from '../src/elements/reflection-card/notes-controller.js';
import { STORAGE_PREFIX, clearNotes, clearStoredData } from '../src/core/device-storage.js';
import { visibleText } from './helpers.js';
import {
  PROMPTS,
  SET,
  $,
  card,
  clearPackageStorage,
  click,
  focused,
  journalOnly,
  journalPersist,
  keepBox,
  notice,
  noteField,
  reload,
  typeNote,
} from './reflection-card.helpers.js';

describe('<es-reflection-card>', () => {
  beforeEach(clearPackageStorage);
  afterEach(clearPackageStorage);

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
});
