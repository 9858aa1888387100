/**
 * <es-article-reader>: the article, its contents and sections, bad input, axe. The other parts:
 * article-reader-page (two on a page, the host's column), -tools and -comfort; what this file
 * and -page share is in article-reader.helpers.ts.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { canEmulateMedia, emulateMedia } from './commands.js';
import type { EsArticleReader } from '../src/elements/article-reader/article-reader.js';
import { articleText, builtinArticles } from '../src/content/index.js';
import { SOURCE_FILES, THEMES_TO_CHECK, captureWarnings, normalize, sourceLines, visibleText } from './helpers.js';
import { $, reader } from './article-reader.helpers.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** True when the element's top is inside the viewport. */
function inView(target: Element): boolean {
  const { top } = target.getBoundingClientRect();
  return top >= -1 && top < innerHeight;
}

/**
 * Reduced motion for the page: emulated by the browser where the test runner can (Chromium);
 * Firefox under WebDriver BiDi and WebKit under WebKitWebDriver cannot emulate media
 * features, so there `matchMedia` is stubbed for the reduced-motion query only, for this test.
 */
const realMatchMedia = window.matchMedia;
const canEmulate = canEmulateMedia;
async function reduceMotion(): Promise<void> {
  if (canEmulate) await emulateMedia({ reducedMotion: 'reduce' });
  else {
    window.matchMedia = (query: string) =>
      query.includes('prefers-reduced-motion: reduce')
        ? ({ matches: true, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList)
        : realMatchMedia.call(window, query);
  }
}

function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<es-article-reader>', () => {
  afterEach(async () => {
    clearHash();
    window.scrollTo(0, 0);
    window.matchMedia = realMatchMedia;
    if (canEmulate) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const [id, file] of Object.entries(SOURCE_FILES)) {
    it(`renders every line of the source article “${file}”`, async () => {
      const el = await reader(html`<es-article-reader article=${id}></es-article-reader>`);
      const lines = await sourceLines(file);
      expect(lines.length).to.be.greaterThan(15);
      const text = visibleText(el);
      const missing = lines.filter((line) => !text.includes(normalize(line)));
      expect(missing, 'source lines missing from the rendered article').to.deep.equal([]);
    });
  }

  it('shows the title at heading-level, sections one level below, each with a stable id', async () => {
    const el = await reader();
    const article = builtinArticles['what-emotional-safety-means']!;
    expect($(el, 'h2')!.textContent).to.equal(article.title);
    const sectionHeadings = $$(el, '.body h3');
    expect(sectionHeadings.map((h) => h.id)).to.deep.equal(article.sections.map((s) => s.id));
    expect(sectionHeadings.map((h) => h.textContent)).to.deep.equal(article.sections.map((s) => s.heading));

    el.headingLevel = 4;
    await el.updateComplete;
    expect($(el, 'h4')!.textContent).to.equal(article.title);
    expect($$(el, '.body h5').length).to.equal(article.sections.length);
  });

  it('shows an article already fetched on its first render, with no loading step', async () => {
    const first = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
    const title = builtinArticles['rebuilding-safety-and-trust']!.title;
    expect(normalize($(first, 'h2')!.textContent!)).to.equal(title);
    const second = document.createElement('es-article-reader');
    second.article = 'rebuilding-safety-and-trust';
    first.after(second);
    // The first render happens a microtask after connection; look before anything else runs.
    while (!second.hasUpdated) await Promise.resolve();
    expect(second.shadowRoot!.textContent).to.not.include('Loading…');
    expect(normalize($(second, 'h2')!.textContent!)).to.equal(title);
    second.remove();
  });

  it('shows the whole article in every reader of it on a page, each with its own heading levels', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
      <es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
      <es-article-reader article="rebuilding-safety-and-trust" heading-level="3"></es-article-reader>
      <es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
    </div>`);
    const readers = [...wrapper.querySelectorAll('es-article-reader')];
    await Promise.all(readers.map((el) => el.updateComplete));
    const article = builtinArticles['rebuilding-safety-and-trust']!;
    const bodies = readers.map((el) => normalize($(el, '.body')!.textContent!));
    expect(bodies[0]).to.include(article.sections.at(-1)!.heading);
    expect(bodies[1], 'the second reader shows the same text').to.equal(bodies[0]);
    expect(bodies[2]).to.equal(bodies[0]);
    expect(bodies[3], 'and so does the fourth').to.equal(bodies[0]);
    expect($$(readers[0]!, '.body h3').map((h) => h.id)).to.deep.equal(article.sections.map((s) => s.id));
    expect($$(readers[2]!, '.body h3'), 'heading-level 3 puts sections at h4').to.deep.equal([]);
    expect($$(readers[2]!, '.body h4').map((h) => h.id)).to.deep.equal(article.sections.map((s) => s.id));
    // Each reader owns its text: changing one changes none of the others.
    $(readers[1]!, '.body p')!.textContent = 'changed';
    expect(normalize($(readers[0]!, '.body')!.textContent!)).to.equal(bodies[0]);
    expect(normalize($(readers[3]!, '.body')!.textContent!)).to.equal(bodies[0]);
  });

  it('ignores an odd heading-level and uses 2', async () => {
    const el = await reader(html`<es-article-reader heading-level="nine"></es-article-reader>`);
    expect($(el, 'h2')!.textContent).to.equal(builtinArticles['what-emotional-safety-means']!.title);
  });

  it('shows the content note before the text, and the reading time as a range from Firefox’s reading speeds', async () => {
    const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
    const article = builtinArticles['rebuilding-safety-and-trust']!;
    const note = $(el, '[part="content-note"]')!;
    expect(normalize(note.innerText)).to.equal(`Content note: ${article.contentNote}`);
    expect(note.compareDocumentPosition($(el, '.body')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // English: 987 ± 118 characters a minute.
    const length = normalize(articleText(article)).length;
    const expected = `${Math.ceil(length / (987 + 118))}–${Math.ceil(length / (987 - 118))} min read`;
    expect($(el, '[part="meta"]')!.textContent!.trim()).to.equal(expected);
  });

  it('gives terms, quotes and lists real semantics, reading as the source does', async () => {
    const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
    const dts = $$(el, 'dl dt');
    expect(dts.map((dt) => dt.textContent)).to.deep.equal(['Co-regulation: ', 'Exploration of Patterns: ', 'Practice in Real Time: ']);
    expect($$(el, 'dl dd').length).to.equal(3);
    expect(normalize($(el, 'dl')!.innerText)).to.include('Co-regulation: You begin to match');
    expect($(el, 'blockquote')!.textContent!.trim()).to.equal('“I shared something I’ve never said before… and nothing bad happened.”');

    const own = await reader(html`<es-article-reader src="/test/fixtures/article-own.json"></es-article-reader>`);
    await waitUntil(() => $(own, 'ol li'), 'the fetched article renders');
    expect($$(own, '.body ol li').map((li) => li.textContent)).to.deep.equal(['Pause', 'Breathe', 'Answer gently']);
    expect($(own, 'figcaption')!.textContent).to.equal('A client');
    expect(own.loadedArticle?.id).to.equal('practice-own-article');
  });

  it('lists every section in a named contents nav', async () => {
    const el = await reader();
    const nav = $(el, 'nav')!;
    const article = builtinArticles['what-emotional-safety-means']!;
    // Named "Contents: <title>" (the visible label says "Contents").
    expect(nav.getAttribute('aria-label')).to.equal(`Contents: ${article.title}`);
    expect($(el, '.contents-label')!.textContent).to.equal('Contents');
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(article.sections.map((s) => `#${s.id}`));
  });

  it('follows a contents link: updates the address, brings the section into view and focuses its heading', async () => {
    await reduceMotion();
    const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
    const link = $(el, 'nav a[href="#why-its-hard-to-trust-again"]')!;
    link.click();
    const target = el.shadowRoot!.getElementById('why-its-hard-to-trust-again')!;
    expect(location.hash).to.equal('#why-its-hard-to-trust-again');
    expect(el.shadowRoot!.activeElement?.id, 'focused heading').to.equal(target.id);
    // Reduced motion: the jump is instant, no smooth scrolling.
    expect(inView(target)).to.equal(true);
  });

  it('opens at the section named in the address when the page loads with #section-id', async () => {
    await reduceMotion();
    history.replaceState(null, '', '#the-shift');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>
    </div>`);
    (wrapper.firstElementChild as HTMLElement).style.blockSize = '1500px';
    const el = wrapper.querySelector('es-article-reader')!;
    await el.updateComplete;
    const target = el.shadowRoot!.getElementById('the-shift')!;
    await waitUntil(() => el.shadowRoot!.activeElement === target, 'the heading gets focus');
    // The spacer above grew after the jump. Where the browser has no scroll anchoring
    // (Safari) the reader itself brings the heading back, before the next paint.
    await frame();
    expect(inView(target)).to.equal(true);
  });

  it('follows hashchange to one of its sections', async () => {
    await reduceMotion();
    const el = await reader(html`<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>`);
    location.hash = '#how-therapy-helps-you-relearn-safety';
    await oneEvent(window, 'hashchange');
    const target = el.shadowRoot!.getElementById('how-therapy-helps-you-relearn-safety')!;
    expect(el.shadowRoot!.activeElement?.id, 'focused heading').to.equal(target.id);
    expect(inView(target)).to.equal(true);
  });

  it('leaves focus alone for an address naming something that is not one of its sections', async () => {
    history.replaceState(null, '', '#nothing-here');
    const el = await reader();
    expect(el.shadowRoot!.activeElement?.localName).to.equal(undefined);
  });

  it('marks the section being read as the reader scrolls, and fires es-section-change', async () => {
    const el = await reader();
    const target = el.shadowRoot!.getElementById('why-emotional-safety-can-feel-hard-to-create')!;
    const changed = oneEvent(el, 'es-section-change');
    window.scrollBy(0, target.getBoundingClientRect().top - 20);
    let event = await changed;
    while (event.detail.id !== 'why-emotional-safety-can-feel-hard-to-create') event = await oneEvent(el, 'es-section-change');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.currentSection).to.equal('why-emotional-safety-can-feel-hard-to-create');
    await el.updateComplete;
    const current = $$(el, 'nav a[aria-current]');
    expect(current.map((a) => a.getAttribute('href'))).to.deep.equal(['#why-emotional-safety-can-feel-hard-to-create']);
    expect(current[0]!.getAttribute('aria-current')).to.equal('location');
    const progress = $(el, 'progress') as HTMLProgressElement;
    expect(progress.value).to.be.greaterThan(0.2).and.lessThan(1);
    expect(progress.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, 'nav .visually-hidden')!.textContent).to.match(/^Read so far: about \d0%$/);
  });

  it('marking the section being read moves nothing: the marked title keeps its size, so the contents never re-wrap', async () => {
    // Bold was the mark once: wider text, so at 320 px a title took a second line as the
    // reader scrolled, and the page moved under a bottom quick exit in Safari (no scroll anchoring).
    const el = await reader(html`<es-article-reader style="max-inline-size: 320px"></es-article-reader>`);
    const links = $$(el, 'nav ol a');
    const last = links.at(-1)!;
    const size = (a: HTMLElement) => ({ width: a.getBoundingClientRect().width, height: a.getBoundingClientRect().height });
    const before = { title: size(last), contents: $(el, 'nav')!.getBoundingClientRect().height };
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => last.hasAttribute('aria-current'), 'the last section is marked as being read');
    await el.updateComplete;
    expect(size(last)).to.deep.equal(before.title);
    expect($(el, 'nav')!.getBoundingClientRect().height).to.equal(before.contents);
    // Still marked other than by colour: a bar at its side.
    const bar = getComputedStyle(last, '::before');
    expect(bar.borderInlineStartStyle).to.equal('solid');
    expect(parseFloat(bar.borderInlineStartWidth)).to.be.greaterThan(2);
  });

  it('knows where the reader is after a jump back to the top (End, then Home)', async () => {
    const el = await reader();
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => ($(el, 'progress') as HTMLProgressElement).value === 1, 'the end is reached');
    await el.updateComplete;
    expect($$(el, 'nav a[aria-current]').length).to.equal(1);
    // Home: every marker leaps from above the reading line to below the screen at once.
    window.scrollTo(0, 0);
    await waitUntil(
      () => $$(el, 'nav a[aria-current]').length === 0 && $(el, 'nav .visually-hidden')!.textContent === 'Read so far: about 0%',
      `back at the top, no section is current and nothing is read (was: ${$(el, 'nav .visually-hidden')!.textContent})`,
      { timeout: 2000 },
    );
    expect(el.currentSection).to.equal(undefined);
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(0);
  });

  it('fires es-article-complete once, when the end is reached', async () => {
    const el = await reader();
    let count = 0;
    el.addEventListener('es-article-complete', () => count++);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => count === 1, 'the article is complete');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(1);
    window.scrollTo(0, 0);
    await frame();
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    await frame();
    expect(count).to.equal(1);
  });

  it('invites the reader to contact the practice at the end when the provider gives a contact', async () => {
    const practice = await fixture(html`<es-practice name="Harbour" contact-url="mailto:hello@example.com">
      <es-article-reader></es-article-reader>
    </es-practice>`);
    const el = practice.querySelector('es-article-reader')!;
    await el.updateComplete;
    expect(Boolean($(el, '.end es-contact-cta'))).to.equal(true);
    const alone = await reader();
    expect(Boolean($(alone, 'es-contact-cta'))).to.equal(false);
  });

  it('renders content as text, never as markup', async () => {
    const article = {
      id: 'hostile',
      title: 'A <b>title</b>',
      sections: [{ id: 'one', heading: 'One', blocks: [{ type: 'paragraph', text: '<img src=x onerror="window.__readerPwned=1">Hi' }] }],
    };
    const el = await reader(html`<es-article-reader><script type="application/json">${JSON.stringify(article)}</script></es-article-reader>`);
    expect($(el, 'h2')!.textContent).to.equal('A <b>title</b>');
    expect(Boolean($(el, 'img'))).to.equal(false);
    expect((window as any).__readerPwned).to.equal(undefined);
  });

  it('uses Spanish for its interface under lang="es", with Spanish reading speeds', async () => {
    const el = await reader(html`<es-article-reader lang="es"></es-article-reader>`);
    expect($(el, '.contents-label')!.textContent).to.equal('Contenido');
    expect($(el, 'summary')!.textContent).to.equal('Comodidad de lectura');
    // The article itself is English, so its reading time uses English speeds, in Spanish words.
    expect($(el, '[part="meta"]')!.textContent).to.match(/^Lectura de \d+–\d+ min$/);
  });

  describe('bad input', () => {
    it('explains an unknown article id kindly and breaks nothing else', async () => {
      let wrapper!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        wrapper = await fixture(html`<div><es-article-reader article="nope"></es-article-reader><es-article-reader></es-article-reader></div>`);
      });
      const [bad, good] = [...wrapper.querySelectorAll('es-article-reader')];
      await Promise.all([bad!.updateComplete, good!.updateComplete]);
      expect(visibleText(bad!)).to.include('There is no built-in article called “nope”. The built-in ones are: rebuilding-safety-and-trust, what-emotional-safety-means.');
      expect(warnings.length).to.equal(1);
      expect($$(good!, '.body h3').length).to.equal(5);
    });

    it('explains broken JSON', async () => {
      let el!: EsArticleReader;
      const warnings = await captureWarnings(async () => {
        el = await reader(html`<es-article-reader><script type="application/json">{ "id": </script></es-article-reader>`);
      });
      expect(visibleText(el)).to.include('The article is not valid JSON');
      expect(warnings.length).to.equal(1);
      expect(Boolean($(el, 'nav'))).to.equal(false);
    });

    it('explains schema-invalid JSON, naming the field', async () => {
      let el!: EsArticleReader;
      const warnings = await captureWarnings(async () => {
        el = await reader(html`<es-article-reader
          ><script type="application/json">
            {"id": "x", "title": "T", "sections": [{"id": "a", "heading": "A", "blocks": [{"type": "poem", "text": "…"}]}]}
          </script></es-article-reader
        >`);
      });
      expect(visibleText(el)).to.include('The article does not follow the content format:');
      expect(visibleText(el)).to.include('sections[0].blocks[0].type');
      expect(warnings.length).to.equal(1);
    });

    it('explains a src file that does not follow the format', async () => {
      let el!: EsArticleReader;
      const warnings = await captureWarnings(async () => {
        el = await reader(html`<es-article-reader src="/test/fixtures/article-invalid.json"></es-article-reader>`);
        await waitUntil(() => el.shadowRoot!.querySelector('.error'), 'the problem is shown', { timeout: 3000 });
      });
      expect(visibleText(el)).to.include('“sections” is missing');
      expect(warnings.length).to.equal(1);
    });
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme`, async () => {
      const el = await reader(html`<es-article-reader theme=${theme} article="rebuilding-safety-and-trust"></es-article-reader>`);
      $(el, 'summary')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
