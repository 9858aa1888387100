/**
 * <es-quick-exit>: leaving, by click, key or another exit on the page, and where to: the
 * destination, what is erased first, the back/forward cache. The other parts: quick-exit-shift
 * (three presses of Shift) and -page (its place on the page, its note, its language, axe); what
 * they share is in quick-exit.helpers.ts.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from './commands.js';
import { DEFAULT_EXIT_URL, type EsQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { setQuickExitNavigation } from '../src/elements/quick-exit/navigation.js';
import { exitCoordinator } from '../src/elements/quick-exit/exit-coordinator.js';
import { readStored, storageKey, writeStored } from '../src/core/device-storage.js';
import { captureWarnings, normalize } from './helpers.js';
import {
  absolute,
  departures,
  endEachTest,
  filledSteps,
  liveRegion,
  pressShift,
  quickExit,
  startEachTest,
  watch,
  watchDepartures,
} from './quick-exit.helpers.js';

/** Leaves as a new decision: one press within a second of another is the same departure. */
function leaveAnew(el: EsQuickExit): void {
  exitCoordinator().forget();
  el.leave();
}

describe('<es-quick-exit>', () => {
  beforeEach(startEachTest);
  afterEach(endEachTest);

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

  it('acts as one with other exits on the page: one announcement, one departure', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <es-quick-exit href="/weather"></es-quick-exit>
      <es-quick-exit href="/elsewhere" position="bottom"></es-quick-exit>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('es-quick-exit')];
    watch(first!);
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
