import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { canEmulateMedia, emulateMedia, sendKeys } from './commands.js';
import '../src/elements/article-reader/article-reader.js';
import type { EsArticleReader } from '../src/elements/article-reader/article-reader.js';
import { PREFERENCES_KEY } from '../src/elements/article-reader/reader-preferences-controller.js';
import { STORAGE_CLEARED_EVENT } from '../src/core/device-storage.js';
import { THEMES_TO_CHECK, visibleText } from './helpers.js';

async function reader(template = html`<es-article-reader></es-article-reader>`): Promise<EsArticleReader> {
  const el = await fixture<EsArticleReader>(template);
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const radio = (el: Element, label: string) =>
  $$(el, 'label.choice').find((l) => l.textContent!.trim() === label)!.querySelector('input')!;
/** A checkbox, found as a reader finds it: by its visible label. */
const checkbox = (el: Element, label: string) => radio(el, label);
const fontSize = (el: Element) => parseFloat(getComputedStyle($(el, '.body p')!).fontSize);

/** Opens "Reading comfort" as a reader does, with a click on its summary; its controls are built then. */
async function openComfort(el: EsArticleReader): Promise<void> {
  $(el, 'summary')!.click();
  await el.updateComplete;
  expect($(el, 'details')!.hasAttribute('open')).to.equal(true);
}

/** Forgets this page visit's reading choices, as "erase everything" does, without touching storage. */
const forgetVisit = () => window.dispatchEvent(new Event(STORAGE_CLEARED_EVENT));

describe('<es-article-reader> comfort settings', () => {
  beforeEach(() => {
    localStorage.removeItem(PREFERENCES_KEY);
    forgetVisit();
  });
  afterEach(() => {
    localStorage.removeItem(PREFERENCES_KEY);
    forgetVisit();
  });

  it('groups text size (five steps) and colour scheme under legends, inside a disclosure', async () => {
    const el = await reader();
    await openComfort(el);
    const legends = $$(el, 'fieldset legend').map((l) => l.textContent);
    expect(legends).to.deep.equal(['Text size', 'Colours']);
    expect($$(el, 'fieldset:first-of-type input[type="radio"]').length).to.equal(5);
    expect($$(el, 'fieldset:last-of-type label').map((l) => l.textContent!.trim())).to.deep.equal([
      'As the site',
      'Light',
      'Dark',
      'Sepia',
      'High contrast',
    ]);
    expect(radio(el, 'Standard').checked).to.equal(true);
  });

  it('makes the text larger and changes the colours when the reader chooses', async () => {
    const el = await reader();
    await openComfort(el);
    const before = fontSize(el);
    radio(el, 'Largest').click();
    await el.updateComplete;
    expect(fontSize(el)).to.be.closeTo(before * 1.5, 0.5);
    radio(el, 'Sepia').click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.reader')!).backgroundColor).to.equal('rgb(244, 236, 216)');
    radio(el, 'High contrast').click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.reader')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle($(el, '.body p')!).color).to.equal('rgb(255, 255, 255)');
  });

  it('works from the keyboard: open the settings, then arrow keys change the size', async () => {
    const el = await reader();
    $(el, 'summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'details')!.hasAttribute('open')).to.equal(true);
    radio(el, 'Standard').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radio(el, 'Large').checked).to.equal(true);
    expect($(el, '.reader')!.classList.contains('size-2')).to.equal(true);
  });

  it('remembers the choices for the page visit, without storing anything, when persist is not set', async () => {
    const first = await reader();
    await openComfort(first);
    radio(first, 'Larger').click();
    radio(first, 'Dark').click();
    expect(localStorage.getItem(PREFERENCES_KEY)).to.equal(null);
    expect(sessionStorage.length).to.equal(0);
        expect($(first, '.kept')!.innerText.trim()).to.equal('These settings last until you leave or reload this page. Nothing is saved.');
    const second = await reader();
    await openComfort(second);
    expect(radio(second, 'Larger').checked).to.equal(true);
    expect($(second, '.reader')!.className).to.include('scheme-dark');
  });

  it('with persist, offers to keep the choices on the device and stores nothing until the reader ticks it', async () => {
    const el = await reader(html`<es-article-reader persist></es-article-reader>`);
    await openComfort(el);
    const keep = () => checkbox(el, 'Keep these settings on this device');
    expect(keep().checked, 'offered, unticked').to.equal(false);
    expect(keep().getAttribute('aria-describedby')).to.equal('kept');
    radio(el, 'Small').click();
    radio(el, 'Sepia').click();
    await el.updateComplete;
    expect(localStorage.getItem(PREFERENCES_KEY), 'nothing stored before the reader says so').to.equal(null);
    expect($(el, '.kept')!.innerText.trim()).to.equal('These settings last until you leave or reload this page. Nothing is saved.');

    keep().click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!)).to.deep.equal({ size: 0, scheme: 'sepia' });
    expect($(el, '.kept')!.innerText).to.include('These settings are saved on this device, so they are here next time you visit.');
    radio(el, 'Larger').click();
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!).size, 'later changes are kept too').to.equal(3);

    // A new visit: only a reader with persist picks the kept choices up, with the box ticked.
    forgetVisit();
    const plain = await reader();
    await openComfort(plain);
    expect(radio(plain, 'Standard').checked).to.equal(true);
    const persisted = await reader(html`<es-article-reader persist></es-article-reader>`);
    await openComfort(persisted);
    expect(radio(persisted, 'Larger').checked).to.equal(true);
    expect($(persisted, '.reader')!.className).to.include('scheme-sepia');
    expect(checkbox(persisted, 'Keep these settings on this device').checked).to.equal(true);

    // Unticking erases the kept copy; the choices stay for this visit.
    checkbox(persisted, 'Keep these settings on this device').click();
    await persisted.updateComplete;
    expect(localStorage.getItem(PREFERENCES_KEY)).to.equal(null);
    expect(radio(persisted, 'Larger').checked).to.equal(true);
  });

  it('ignores a saved value it does not understand', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"size": 99, "scheme": "neon"}');
    const el = await reader(html`<es-article-reader persist></es-article-reader>`);
    await openComfort(el);
    expect(radio(el, 'Standard').checked).to.equal(true);
  });

  it('is accessible (axe) with the offer to keep the settings, ticked and not', async () => {
    const el = await reader(html`<es-article-reader persist></es-article-reader>`);
    await openComfort(el);
    await expect(el).to.be.accessible();
    checkbox(el, 'Keep these settings on this device').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['Light', 'Dark', 'Sepia', 'High contrast']) {
    it(`is accessible (axe) with the “${scheme}” colours chosen`, async () => {
      const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
      await openComfort(el);
        radio(el, scheme).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('prints without its controls, contents or progress', async () => {
    const el = await reader();
    const hidden = ['.tools', '.contents', 'progress'];
    if (canEmulateMedia) {
      await emulateMedia({ media: 'print' });
      for (const selector of hidden) expect(getComputedStyle($(el, selector)!).display, selector).to.equal('none');
      expect(getComputedStyle($(el, '.body')!).display).to.equal('block');
      await emulateMedia({ media: 'screen' });
    } else {
      // Firefox (WebDriver BiDi) and WebKit (WebKitWebDriver) cannot emulate print: check the print rules the browser parsed.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')!;
      const hiding = [...print.cssRules].find((r) => (r as CSSStyleRule).style?.display === 'none') as CSSStyleRule;
      for (const selector of ['.tools', '.contents', '.progress']) expect(hiding.selectorText).to.include(selector);
    }
    expect(getComputedStyle($(el, '.tools')!).display).to.not.equal('none');
  });
});

/** A stand-in for the browser's speech synthesis, used only in these tests. */
class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  constructor(public text: string) {
    super();
  }
}

function fakeSynthesis(voices: unknown[]) {
  const synth = Object.assign(new EventTarget(), {
    voices,
    spoken: [] as FakeUtterance[],
    calls: [] as string[],
    getVoices: () => synth.voices,
    speak: (u: FakeUtterance) => synth.spoken.push(u),
    cancel: () => synth.calls.push('cancel'),
    pause: () => synth.calls.push('pause'),
    resume: () => synth.calls.push('resume'),
    /** Finishes the utterance being spoken, as the engine would. */
    finish: () => synth.spoken[synth.spoken.length - 1]!.dispatchEvent(new Event('end')),
  });
  return synth;
}

describe('<es-article-reader> listen', () => {
  const saved = {
    synth: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
  };
  function install(synth: ReturnType<typeof fakeSynthesis>) {
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
  }
  afterEach(() => {
    for (const [name, descriptor] of [
      ['speechSynthesis', saved.synth],
      ['SpeechSynthesisUtterance', saved.utterance],
    ] as const) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as any)[name];
    }
  });

  const listenButton = (el: Element) => $(el, '[part="listen-button"]');

  it('hides "Listen" when the browser has no voices, and shows it when voices arrive', async () => {
    const synth = fakeSynthesis([]);
    install(synth);
    const el = await reader();
    expect(Boolean(listenButton(el))).to.equal(false);
    synth.voices = [{ lang: 'en-GB', name: 'A voice' }];
    synth.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    expect(listenButton(el)!.textContent!.trim()).to.include('Listen');
    expect($(el, '.listen')!.getAttribute('role')).to.equal('group');
    expect($(el, '.listen')!.getAttribute('aria-label')).to.equal('Listen to this article');
  });

  it('reads the article aloud block by block, announcing each section, with pause, resume and stop', async () => {
    const synth = fakeSynthesis([{ lang: 'en-US', name: 'A voice' }]);
    install(synth);
    const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
    listenButton(el)!.click();
    await el.updateComplete;
    expect(synth.spoken[0]!.text).to.equal('How Therapy Helps You Rebuild Emotional Safety and Trust');
    expect(synth.spoken[0]!.lang).to.equal('en');
    expect(synth.spoken[0]!.voice).to.equal(synth.voices[0]);
    expect(listenButton(el)!.textContent!.trim()).to.include('Pause');

    // Title, content note and the two intro paragraphs, then the first section's heading.
    for (let i = 0; i < 4; i++) synth.finish();
    await el.updateComplete;
    expect(synth.spoken[4]!.text).to.equal('What Emotional Safety Actually Means');
    const status = $(el, '[role="status"]')!;
    expect(status.textContent).to.equal('Reading aloud: What Emotional Safety Actually Means');
    expect($(el, 'nav li .visually-hidden')!.textContent).to.equal('(being read aloud)');

    listenButton(el)!.click();
    await el.updateComplete;
    expect(synth.calls).to.include('pause');
    expect(listenButton(el)!.textContent!.trim()).to.include('Resume');
    listenButton(el)!.click();
    await el.updateComplete;
    expect(synth.calls).to.include('resume');

    const stop = $(el, '[part="stop-button"]')!;
    stop.focus();
    stop.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(Boolean($(el, '[part="stop-button"]'))).to.equal(false);
    expect(el.shadowRoot!.activeElement === listenButton(el), 'focus stays on the Listen button').to.equal(true);
    expect(status.textContent).to.equal('');
    // A late "end" from the cancelled utterance does not start the next block.
    const count = synth.spoken.length;
    synth.finish();
    expect(synth.spoken.length).to.equal(count);
  });
});

describe('<es-article-reader> with the practice’s own HTML', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  const ownArticle = html`<es-article-reader>
    <h2>Feeling Safe at Home</h2>
    <p>An article the practice wrote in its own page.</p>
    <h3>Noticing the Body</h3>
    <p>Your body keeps track of safety before your mind does.</p>
    <h3 id="kept-id">Asking for What You Need</h3>
    <ul><li>Time</li><li>Space</li></ul>
    <h3>Noticing the Body</h3>
    <p>A second section with the same heading.</p>
  </es-article-reader>`;

  it('keeps the article in the light DOM and gives it contents, reading time and stable ids', async () => {
    const el = await reader(ownArticle);
    const headings = [...el.querySelectorAll('h3')];
    expect(headings.every((h) => h.parentElement === el)).to.equal(true);
    expect(headings.map((h) => h.id)).to.deep.equal(['noticing-the-body', 'kept-id', 'noticing-the-body-2']);
    expect(Boolean(el.querySelector('p')!.assignedSlot)).to.equal(true);
    expect(el.querySelector('h2')!.assignedSlot!.name).to.equal('title');
    expect([...$$(el, 'nav a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#noticing-the-body',
      '#kept-id',
      '#noticing-the-body-2',
    ]);
    expect($(el, '[part="meta"]')!.textContent).to.equal('1 min read');
    expect(el.loadedArticle!.title).to.equal('Feeling Safe at Home');
    expect(el.loadedArticle!.sections.map((s) => s.heading)).to.deep.equal([
      'Noticing the Body',
      'Asking for What You Need',
      'Noticing the Body',
    ]);
    // The header comes first: title, then reading time.
    const title = el.querySelector('h2')!;
    expect(title.getBoundingClientRect().top).to.be.lessThan($(el, '[part="meta"]')!.getBoundingClientRect().top);
  });

  it('deep-links to its sections', async () => {
    const el = await reader(ownArticle);
    $(el, 'nav a[href="#kept-id"]')!.click();
    expect(location.hash).to.equal('#kept-id');
    await waitUntil(() => document.activeElement === el.querySelector('#kept-id'), 'the light-DOM heading gets focus');
  });

  it('picks up changes to the HTML', async () => {
    const el = await reader(ownArticle);
    const heading = document.createElement('h3');
    heading.textContent = 'A Later Section';
    el.append(heading);
    await waitUntil(() => $$(el, 'nav a').length === 4, 'the new section is listed');
    expect(heading.id).to.equal('a-later-section');
  });

  it('uses the built-in article when a page builder leaves only empty markup inside', async () => {
    const el = await reader(html`<es-article-reader><p></p><br /></es-article-reader>`);
    expect(el.loadedArticle!.id).to.equal('what-emotional-safety-means');
  });

  it('prefers an article attribute over the HTML inside', async () => {
    const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"><h2>Ignored</h2><p>…</p></es-article-reader>`);
    expect(Boolean($(el, 'slot'))).to.equal(false);
    expect(visibleText(el)).to.include('The Shift');
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme`, async () => {
      const el = await reader(html`<es-article-reader theme=${theme}>
        <h2>Feeling Safe at Home</h2>
        <p>An article the practice wrote.</p>
        <h3>Noticing</h3>
        <p>Text.</p>
      </es-article-reader>`);
      await expect(el).to.be.accessible();
    });
  }
});
