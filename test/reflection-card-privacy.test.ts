/** <es-reflection-card journal>: what the reader writes goes nowhere. */
import { expect, html } from '@open-wc/testing';
import { card, clearPackageStorage, click, keepBox, noteField, typeNote } from './reflection-card.helpers.js';

describe('<es-reflection-card>', () => {
  beforeEach(clearPackageStorage);
  afterEach(clearPackageStorage);

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
});
