import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/practice/practice.js';
import '../src/elements/quick-exit/quick-exit.js';
import { DEFAULT_EXIT_URL, type EsQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { setQuickExitNavigation } from '../src/elements/quick-exit/navigation.js';
import { readStored, storageKey, writeStored } from '../src/internal/device-storage.js';
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

function filledSteps(el: EsQuickExit): number {
  return el.shadowRoot!.querySelectorAll('.step.done').length;
}

/** Shift held while another key is pressed, as when typing a capital letter. */
async function shiftWith(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
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
    el.shadowRoot!.querySelector('dialog')!.close();
    fixtureCleanup();
    const again = await quickExit();
    again.focus();
    await sendKeys({ press: ' ' });
    expect(departures.length).to.equal(2);
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
    expect(liveRegion(el)).to.equal('');
    await pressShift(el);
    expect(departures.length).to.equal(0);
    expect(liveRegion(el)).to.equal('Press Shift 2 more times to leave this page.');
  });

  it('starts over when the presses are more than 5 seconds apart', async () => {
    const el = await quickExit();
    const realNow = performance.now.bind(performance);
    let offset = 0;
    performance.now = () => realNow() + offset;
    try {
      await pressShift(el);
      await pressShift(el);
      offset = 5001;
      await pressShift(el);
      expect(departures.length, 'the third press came too late').to.equal(0);
      expect(filledSteps(el)).to.equal(1);
      offset = 9000;
      await pressShift(el);
      await pressShift(el);
      expect(departures.length, 'three presses within 5 s of each other').to.equal(1);
    } finally {
      delete (performance as { now?: unknown }).now;
    }
  });

  it('clears the shown progress once the 5 seconds have passed', async () => {
    const realSetTimeout = window.setTimeout;
    const timers: { fn: () => void; ms: number }[] = [];
    window.setTimeout = ((fn: () => void, ms: number) => {
      timers.push({ fn, ms });
      return 0;
    }) as typeof window.setTimeout;
    let el!: EsQuickExit;
    try {
      el = await quickExit();
      await pressShift(el);
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(filledSteps(el)).to.equal(1);
    const reset = timers.find((t) => t.ms === 5000);
    expect(reset, 'a 5 s reset is scheduled').to.not.equal(undefined);
    reset!.fn();
    await el.updateComplete;
    expect(filledSteps(el)).to.equal(0);
    expect(liveRegion(el)).to.equal('');
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
    cover.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cover.open, 'closing it some other way shows it again').to.equal(true);
  });

  it('with clear-notes, erases what the package stored before leaving, and only that', async () => {
    writeStored(storageKey('notes', 1), 'a private note');
    localStorage.setItem('site-own-key', 'kept');
    let storedAtDeparture: string | null | undefined = 'unset';
    setQuickExitNavigation(() => {
      const read = readStored(storageKey('notes', 1));
      storedAtDeparture = read.ok ? read.value : undefined;
    });
    try {
      const el = await quickExit(html`<es-quick-exit clear-notes href="/weather"></es-quick-exit>`);
      expect(normalize(el.shadowRoot!.querySelector('.how')!.textContent!)).to.include('erases any notes');
      el.leave();
      expect(storedAtDeparture).to.equal(null);
      expect(localStorage.getItem('site-own-key')).to.equal('kept');
    } finally {
      localStorage.removeItem('site-own-key');
    }
  });

  it('keeps stored notes without clear-notes', async () => {
    writeStored(storageKey('notes', 1), 'a private note');
    const el = await quickExit();
    el.leave();
    expect(readStored(storageKey('notes', 1))).to.deep.equal({ ok: true, value: 'a private note' });
    localStorage.removeItem(storageKey('notes', 1));
  });

  it('goes to a neutral page by default, to the provider’s exit-url, and its own href wins', async () => {
    (await quickExit(html`<es-quick-exit></es-quick-exit>`)).leave();
    await quickExit(html`<es-practice exit-url="https://example.com/news"><es-quick-exit></es-quick-exit></es-practice>`);
    current!.leave();
    await quickExit(
      html`<es-practice exit-url="https://example.com/news"><es-quick-exit href="https://example.org/recipes"></es-quick-exit></es-practice>`,
    );
    current!.leave();
    expect(departures.map((d) => d.url)).to.deep.equal([DEFAULT_EXIT_URL, 'https://example.com/news', 'https://example.org/recipes']);
  });

  it('refuses a javascript: or other non-web href with one warning, using the default', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await quickExit(html`<es-quick-exit href="javascript:alert(document.cookie)"></es-quick-exit>`);
      el.leave();
      el.leave();
      const data = await quickExit(
        html`<es-practice exit-url="https://example.com/news"><es-quick-exit href="data:text/html,hi"></es-quick-exit></es-practice>`,
      );
      data.leave();
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
    expect(link.textContent).to.equal('Skip to “Leave this page”');
    expect(link.getBoundingClientRect().width, 'visible once focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="button"]'));
    expect(departures.length, 'the skip link only moves focus').to.equal(0);
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
    window.scrollTo(0, 1500);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(Math.round(current.getBoundingClientRect().top)).to.equal(0);
    current.position = 'bottom';
    await current.updateComplete;
    expect(Math.round(current.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
    window.scrollTo(0, 0);
  });

  for (const theme of THEMES_TO_CHECK) {
    it(`is accessible (axe) in the ${theme} theme, with the note open`, async () => {
      const el = await quickExit(html`<es-quick-exit theme=${theme} clear-notes></es-quick-exit>`);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<es-quick-exit> leaving for real', () => {
  it('replaces the page in the history (the Back button does not return) and sends no referrer', async () => {
    const frame = document.createElement('iframe');
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
