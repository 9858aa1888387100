import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from './commands.js';
import sinon from 'sinon';
import '../src/elements/practice/practice.js';
import '../src/elements/quick-exit/quick-exit.js';
import { DEFAULT_EXIT_URL, type EsQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { setQuickExitNavigation } from '../src/elements/quick-exit/navigation.js';
import { exitCoordinator } from '../src/elements/quick-exit/exit-coordinator.js';
import { readStored, storageKey, writeStored } from '../src/core/device-storage.js';
import { THEMES_TO_CHECK, captureWarnings, normalize } from './helpers.js';

/** Where the quick exit tried to go, and what the page looked like at that moment. */
interface Departure {
  url: string;
  covered: boolean;
  noReferrer: boolean;
}

let departures: Departure[] = [];
let current: EsQuickExit | undefined;

function watchDepartures(): void {
  departures = [];
  setQuickExitNavigation((url) => {
    const cover = current?.shadowRoot?.querySelector('dialog');
    departures.push({
      url,
      covered: Boolean(cover?.open && cover.matches(':modal') && cover.getBoundingClientRect().height >= window.innerHeight),
      noReferrer: document.querySelector('meta[name="referrer"][content="no-referrer"]') !== null,
    });
  });
}

async function quickExit(template = html`<es-quick-exit href="/weather"></es-quick-exit>`): Promise<EsQuickExit> {
  const found = await fixture<HTMLElement>(template);
  current = (found.localName === 'es-quick-exit' ? found : found.querySelector('es-quick-exit')!) as EsQuickExit;
  await current.updateComplete;
  return current;
}

function liveRegion(el: EsQuickExit): string {
  return normalize(el.shadowRoot!.querySelector('[role="status"]')!.textContent!);
}

const RESET = 'Shift count started over. Press Shift 3 times in a row to leave this page.';

function filledSteps(el: EsQuickExit): number {
  return el.shadowRoot!.querySelectorAll('.step.done').length;
}

/** Shift held while another key is pressed, as when typing a capital letter. */
async function shiftWith(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

/** Leaves as a new decision: one press within a second of another is the same departure. */
function leaveAnew(el: EsQuickExit): void {
  exitCoordinator().forget();
  el.leave();
}

async function pressShift(el: EsQuickExit): Promise<void> {
  await sendKeys({ press: 'Shift' });
  await el.updateComplete;
}

const absolute = (path: string) => new URL(path, document.baseURI).href;

describe('<es-quick-exit>', () => {
  beforeEach(() => {
    // Start keyboard navigation from the top of the page.
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    watchDepartures();
  });

  afterEach(() => {
    // Close any cover left open, so the next test starts on a visible page.
    current?.shadowRoot?.querySelector('dialog')?.remove();
    fixtureCleanup();
    current = undefined;
    // Never let a stray exit take the test page away.
    setQuickExitNavigation((url) => {
      throw new Error(`a quick exit tried to leave for ${url} after its test`);
    });
    document.querySelectorAll('meta[name="referrer"]').forEach((m) => m.remove());
    document.querySelectorAll('es-quick-exit-skip').forEach((s) => s.remove());
  });

  it('leaves when the button is clicked, covering the page first, with no referrer', async () => {
    const el = await quickExit();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(normalize(button.textContent!)).to.equal('Leave this page');
    button.click();
    expect(departures).to.deep.equal([{ url: absolute('/weather'), covered: true, noReferrer: true }]);
    expect(el.hasLeft).to.equal(true);
  });

  it('leaves with Enter and with Space', async () => {
    const el = await quickExit();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="button"]'));
    await sendKeys({ press: 'Enter' });
    expect(departures.length).to.equal(1);
    fixtureCleanup();
    watchDepartures();
    const again = await quickExit();
    again.focus();
    await sendKeys({ press: ' ' });
    expect(departures.length).to.equal(1);
  });

  it('leaves after Shift is pressed three times on its own, announcing progress politely', async () => {
    const el = await quickExit();
    expect(liveRegion(el)).to.equal('');
    await pressShift(el);
    expect(liveRegion(el)).to.equal('Press Shift 2 more times to leave this page.');
    expect(filledSteps(el)).to.equal(1);
    await pressShift(el);
    expect(liveRegion(el)).to.equal('Press Shift 1 more time to leave this page.');
    expect(filledSteps(el)).to.equal(2);
    expect(departures.length).to.equal(0);
    await pressShift(el);
    expect(departures).to.deep.equal([{ url: absolute('/weather'), covered: true, noReferrer: true }]);
  });

  it('keeps the three-step indicator away from assistive technology', async () => {
    const el = await quickExit();
    await pressShift(el);
    expect(el.shadowRoot!.querySelector('[part="steps"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[aria-hidden]')).to.equal(null);
  });

  it('does not count Shift used with another key (typing capitals)', async () => {
    const el = await quickExit();
    await shiftWith('KeyA');
    await shiftWith('KeyB');
    await shiftWith('KeyC');
    await el.updateComplete;
    expect(filledSteps(el)).to.equal(0);
    await pressShift(el);
    await shiftWith('KeyD');
    await el.updateComplete;
    expect(filledSteps(el), 'Shift with a letter also starts over').to.equal(0);
    await pressShift(el);
    await pressShift(el);
    expect(departures.length).to.equal(0);
  });

  it('starts over when any other key is pressed', async () => {
    const el = await quickExit();
    await pressShift(el);
    await pressShift(el);
    await sendKeys({ press: 'KeyX' });
    await el.updateComplete;
    expect(filledSteps(el)).to.equal(0);
    expect(liveRegion(el)).to.equal(RESET);
    await pressShift(el);
    expect(departures.length).to.equal(0);
    expect(liveRegion(el)).to.equal('Press Shift 2 more times to leave this page.');
  });

  it('does not count Shift while another key or a mouse button is held (Alt+Shift switches layouts)', async () => {
    const el = await quickExit();
    for (const modifier of ['Alt', 'Control', 'Meta']) {
      await sendKeys({ down: modifier });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      await sendKeys({ up: modifier });
      await el.updateComplete;
      expect(filledSteps(el), `${modifier} held`).to.equal(0);
    }
    await sendMouse({ type: 'move', position: [5, 300] });
    await sendMouse({ type: 'down' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(filledSteps(el), 'mouse button held').to.equal(0);
    expect(departures.length).to.equal(0);
    await pressShift(el);
    expect(filledSteps(el), 'Shift alone still counts afterwards').to.equal(1);
  });

  describe('the 5-second window', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    it('restarts on every press, so unhurried presses 2.6 s apart still leave', async () => {
      const el = await quickExit();
      await pressShift(el);
      await clock.tickAsync(2600);
      await pressShift(el);
      await clock.tickAsync(2600);
      expect(filledSteps(el)).to.equal(2);
      await pressShift(el);
      expect(departures.length).to.equal(1);
    });

    it('starts over after 5 s without a press, and says so politely', async () => {
      const el = await quickExit();
      await pressShift(el);
      await pressShift(el);
      await clock.tickAsync(4999);
      expect(filledSteps(el)).to.equal(2);
      await clock.tickAsync(2);
      await el.updateComplete;
      expect(filledSteps(el)).to.equal(0);
      expect(liveRegion(el)).to.equal(RESET);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[aria-hidden]')).to.equal(null);
      await pressShift(el);
      expect(filledSteps(el)).to.equal(1);
      expect(departures.length).to.equal(0);
    });
  });

  it('acts as one with other exits on the page: one announcement, one departure', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <es-quick-exit href="/elsewhere" position="bottom"></es-quick-exit>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('es-quick-exit')];
    current = first;
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    await pressShift(first!);
    await second!.updateComplete;
    expect(liveRegion(first!)).to.equal('Press Shift 2 more times to leave this page.');
    expect(liveRegion(second!), 'only the first exit speaks').to.equal('');
    expect(filledSteps(second!), 'both show the count').to.equal(1);
    await pressShift(first!);
    await pressShift(first!);
    expect(departures.map((d) => d.url)).to.deep.equal([absolute('/weather')]);
    second!.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    expect(departures.length, 'a second exit in the same moment does not start a second navigation').to.equal(1);
  });

  it('keeps the page covered and leaves again when restored from the back/forward cache', async () => {
    const el = await quickExit();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(departures.length, 'an ordinary pageshow does nothing').to.equal(1);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(departures.length).to.equal(2);
    expect(departures[1]).to.deep.equal({ url: absolute('/weather'), covered: true, noReferrer: true });
  });

  it('does not leave on a back/forward-cache restore when the reader never left', async () => {
    await quickExit();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(departures.length).to.equal(0);
  });

  it('keeps the cover up when Escape is pressed while leaving', async () => {
    const el = await quickExit();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await sendKeys({ press: 'Escape' });
    const cover = el.shadowRoot!.querySelector('dialog')!;
    expect(cover.open).to.equal(true);
    // The element listens for the dialog's close event (a task after close()); this listener,
    // added after the element's own, runs once the element has reacted.
    const closed = new Promise((resolve) => cover.addEventListener('close', resolve, { once: true }));
    cover.close();
    await closed;
    expect(cover.open, 'closing it some other way shows it again').to.equal(true);
  });

  for (const attribute of ['clear-stored', 'clear-notes']) {
    it(`with ${attribute}, erases what the package stored (notes and reading settings) before leaving, and only that`, async () => {
      writeStored(storageKey('notes', 1), 'a private note');
      writeStored(storageKey('reader-preferences', 1), '{"size":"largest"}');
      localStorage.setItem('site-own-key', 'kept');
      let storedAtDeparture: (string | null | undefined)[] = [];
      setQuickExitNavigation(() => {
        storedAtDeparture = [storageKey('notes', 1), storageKey('reader-preferences', 1)].map((key) => {
          const read = readStored(key);
          return read.ok ? read.value : undefined;
        });
      });
      try {
        let el!: EsQuickExit;
        const warnings = await captureWarnings(async () => {
          el = await fixture<EsQuickExit>(`<es-quick-exit ${attribute} href="/weather"></es-quick-exit>`);
          await el.updateComplete;
        });
        expect(normalize(el.shadowRoot!.querySelector('.how')!.textContent!)).to.include('erases what you kept on this device with this site: notes and reading settings');
        el.leave();
        expect(storedAtDeparture).to.deep.equal([null, null]);
        expect(localStorage.getItem('site-own-key')).to.equal('kept');
        // The old name keeps working, and says once what it is called now.
        const said = warnings.map((w) => String(w[0]));
        if (attribute === 'clear-notes') expect(said.filter((w) => w.includes('clear-stored'))).to.have.length(1);
        else expect(said).to.deep.equal([]);
      } finally {
        localStorage.removeItem('site-own-key');
      }
    });
  }

  it('keeps stored notes without clear-stored', async () => {
    writeStored(storageKey('notes', 1), 'a private note');
    const el = await quickExit();
    el.leave();
    expect(readStored(storageKey('notes', 1))).to.deep.equal({ ok: true, value: 'a private note' });
    localStorage.removeItem(storageKey('notes', 1));
  });

  it('goes to a neutral page by default, to the provider’s exit-url, and its own href wins', async () => {
    leaveAnew(await quickExit(html`<es-quick-exit></es-quick-exit>`));
    leaveAnew(await quickExit(html`<es-practice exit-url="https://example.com/news"><es-quick-exit></es-quick-exit></es-practice>`));
    leaveAnew(
      await quickExit(
        html`<es-practice exit-url="https://example.com/news"><es-quick-exit href="https://example.org/recipes"></es-quick-exit></es-practice>`,
      ),
    );
    expect(departures.map((d) => d.url)).to.deep.equal([DEFAULT_EXIT_URL, 'https://example.com/news', 'https://example.org/recipes']);
  });

  it('refuses a javascript: or other non-web href with one warning, using the default', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await quickExit(html`<es-quick-exit href="javascript:alert(document.cookie)"></es-quick-exit>`);
      leaveAnew(el);
      leaveAnew(el);
      const data = await quickExit(
        html`<es-practice exit-url="https://example.com/news"><es-quick-exit href="data:text/html,hi"></es-quick-exit></es-practice>`,
      );
      leaveAnew(data);
    });
    expect(departures.map((d) => d.url)).to.deep.equal([DEFAULT_EXIT_URL, DEFAULT_EXIT_URL, 'https://example.com/news']);
    expect(warnings.length).to.equal(2);
    expect(String(warnings[0]![0])).to.include('refused the href “javascript:alert(document.cookie)”');
  });

  it('explains how it works, honestly, in a disclosure after the button', async () => {
    const el = await quickExit();
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(normalize(details.querySelector('summary')!.textContent!)).to.equal('How this works');
    const text = normalize(details.textContent!);
    expect(text).to.include('Shift key three times');
    expect(text).to.include('cannot erase your browser history');
    expect(text).to.include('private or incognito window');
  });

  it('speaks Spanish under lang="es"', async () => {
    const el = await quickExit(html`<es-quick-exit lang="es"></es-quick-exit>`);
    expect(normalize(el.shadowRoot!.querySelector('[part="button"]')!.textContent!)).to.equal('Salir de esta página');
    await pressShift(el);
    expect(liveRegion(el)).to.equal('Pulsa Mayúsculas 2 veces más para salir de esta página.');
  });

  it('is first in keyboard order when it comes first: button, then "How this works"', async () => {
    const el = await quickExit(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <button type="button">A button after it</button>
    </div>`);
    expect(document.querySelector('es-quick-exit-skip')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="button"]'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('summary'));
  });

  it('offers a skip link first in the page when something focusable comes before it', async () => {
    const el = await quickExit(html`<div>
      <nav><button type="button">Menu</button></nav>
      <es-quick-exit href="/weather"></es-quick-exit>
    </div>`);
    const skip = document.body.firstElementChild!;
    expect(skip.localName).to.equal('es-quick-exit-skip');
    await (skip as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await sendKeys({ press: 'Tab' });
    const link = skip.shadowRoot!.querySelector('[part="link"]')!;
    expect(skip.shadowRoot!.activeElement).to.equal(link);
    expect(link.textContent).to.equal('Leave this page');
    expect(link.getAttribute('href'), 'a real link to the exit page').to.equal(absolute('/weather'));
    expect(link.getBoundingClientRect().width, 'visible once focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    expect(departures.map((d) => d.url), 'the first Tab stop leaves at once').to.deep.equal([absolute('/weather')]);
    el.remove();
    expect(document.querySelector('es-quick-exit-skip'), 'removed with the quick exit').to.equal(null);
  });

  it('stays at the top of the viewport while the page scrolls, or in the bottom corner', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <div style="height: 3000px">Long page</div>
    </div>`);
    current = wrapper.querySelector('es-quick-exit')!;
    await current.updateComplete;
    const bar = () => current!.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
    window.scrollTo(0, 1500);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(Math.round(bar().top)).to.equal(0);
    current.position = 'bottom';
    await current.updateComplete;
    expect(Math.round(bar().bottom)).to.equal(window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('takes its destination from the link inside when it has no href, and warns about an unsafe one', async () => {
    const el = await quickExit(html`<es-quick-exit><a href="/from-link">Leave this page</a></es-quick-exit>`);
    expect(el.resolvedHref).to.equal(absolute('/from-link'));
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length, 'the fallback link is not shown once upgraded').to.equal(0);
    el.href = '/from-attribute';
    expect(el.resolvedHref, 'the attribute wins').to.equal(absolute('/from-attribute'));
    const warnings = await captureWarnings(async () => {
      const bad = await quickExit(html`<es-quick-exit><a href="data:text/html,hi">Leave</a></es-quick-exit>`);
      expect(bad.resolvedHref).to.equal(DEFAULT_EXIT_URL);
    });
    expect(String(warnings[0]![0])).to.include('refused the link inside');
  });

  it('closes "How this works" with Escape and when focus moves on', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <button type="button">After</button>
    </div>`);
    current = wrapper.querySelector('es-quick-exit')!;
    await current.updateComplete;
    const details = current.shadowRoot!.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(current.shadowRoot!.activeElement, 'focus stays on the summary').to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('After');
    expect(details.open, 'closed once focus left it, so it covers nothing').to.equal(false);
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme, with the note open`, async () => {
      const el = await quickExit(html`<es-quick-exit theme=${theme} clear-stored></es-quick-exit>`);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<es-quick-exit> leaving for real', () => {
  it('replaces the page in the history (the Back button does not return) and sends no referrer', async () => {
    const frame = document.createElement('iframe');
    // Sandboxed without allow-top-navigation: the whole tab may not leave, so the frame does,
    // in every engine (WebKit would let it replace the top window: the element declines).
    // (That the whole tab leaves where allowed is an end-to-end test: here it would take the test page.)
    frame.sandbox.add('allow-scripts', 'allow-same-origin');
    frame.src = '/test/fixtures/quick-exit-frame.html';
    frame.width = '400';
    frame.height = '200';
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const first = loaded();
    document.body.append(frame);
    try {
      await first;
      const win = frame.contentWindow!;
      await waitUntil(() => win.customElements.get('es-quick-exit'), 'the element registers in the frame');
      const el = win.document.querySelector('es-quick-exit') as EsQuickExit;
      await el.updateComplete;
      const lengthBefore = win.history.length;
      const next = loaded();
      // A real click (a user activation), as a reader makes it: browsers treat script-only
      // navigations in frames differently.
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.getBoundingClientRect();
      const offset = frame.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(offset.left + button.left + button.width / 2), Math.round(offset.top + button.top + button.height / 2)],
      });
      await next;
      expect(frame.contentWindow!.location.pathname).to.equal('/test/fixtures/quick-exit-landing.html');
      expect(frame.contentWindow!.history.length).to.equal(lengthBefore);
      expect(frame.contentDocument!.referrer).to.equal('');
    } finally {
      frame.remove();
    }
  });
});
