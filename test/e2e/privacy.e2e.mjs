/**
 * 7. Privacy: a note typed into a reflection card is found nowhere it should not be.
 *    Before the page loads, a recorder (evaluateOnNewDocument) wraps dispatchEvent,
 *    console, Storage writes, postMessage, BroadcastChannel and sendBeacon; the test then
 *    types real keystrokes and looks for the note's text in storage, cookies, requests,
 *    attributes, events, console output, the URL and history state. The note must be on
 *    the device only after the reader ticks "Keep my notes on this device" — which is
 *    also the control proving the search would find it.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachBrowser, foreignRequests, installHelpers, openPage, PAGES, registeredTags, settle } from './harness.mjs';

const KEPT_NOTE = 'Marigold-7731 I felt unheard on Tuesday';
const MEMORY_NOTE = 'Juniper-4410 I want to say this out loud';
const SECRETS = ['Marigold-7731', 'Juniper-4410'];

/** Installed before any page script: records everything the page sends, stores or says. */
function recorder() {
  const seen = (window.__seen = { events: [], console: [], storageWrites: [], messages: [] });
  const text = (value) => {
    try {
      return typeof value === 'string' ? value : JSON.stringify(value, (_, v) => (typeof v === 'function' ? String(v) : v));
    } catch {
      return String(value);
    }
  };
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    const own = {};
    for (const key of Object.keys(event)) own[key] = event[key];
    seen.events.push(`${event.type} ${text(event.detail ?? null)} ${text(own)}`);
    return dispatch.call(this, event);
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'table', 'dir', 'trace']) {
    const original = console[method];
    console[method] = function (...args) {
      const describe = (node) =>
        node instanceof Element ? `<${node.localName} ${[...node.attributes].map((at) => `${at.name}=${at.value}`).join(' ')}> ${node.textContent}` : node.textContent;
      seen.console.push(`${method}: ${args.map((a) => (a instanceof Node ? describe(a) : text(a))).join(' ')}`);
      return original.apply(this, args);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    seen.storageWrites.push(`${key}=${value}`);
    return setItem.call(this, key, value);
  };
  const postMessage = window.postMessage;
  window.postMessage = function (message, ...rest) {
    seen.messages.push(`postMessage ${text(message)}`);
    return postMessage.call(this, message, ...rest);
  };
  if (window.BroadcastChannel) {
    const broadcast = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (message) {
      seen.messages.push(`broadcast ${text(message)}`);
      return broadcast.call(this, message);
    };
  }
  if (navigator.sendBeacon) {
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      seen.messages.push(`beacon ${url} ${text(data)}`);
      return beacon(url, data);
    };
  }
}

/** Everywhere the note could have gone, as text, by place. */
async function everywhere(page, run) {
  const inPage = await page.evaluate(async () => {
    const attributes = window.__e2e
      .deepAll(document, '*')
      .flatMap((el) => [...el.attributes].map((a) => `${el.localName}[${a.name}=${a.value}]`));
    const storage = (area) => Object.keys(area).map((key) => `${key}=${area.getItem(key)}`);
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((db) => db.name) : [];
    const caches_ = window.caches ? await caches.keys() : [];
    return {
      attributes,
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      storageWrites: window.__seen.storageWrites,
      cookie: [document.cookie],
      events: window.__seen.events,
      console: window.__seen.console,
      messages: window.__seen.messages,
      url: [location.href, JSON.stringify(history.state), document.title],
      other: [...databases, ...caches_],
    };
  });
  return {
    ...inPage,
    consoleSeenByBrowser: run.console.map((m) => m.text),
    requests: run.requests.map((r) => `${r.method} ${r.url} ${r.postData}`),
  };
}

/** The places (and lines) where any secret was found, except those allowed. */
function leaks(places, allowed = []) {
  const found = [];
  for (const [place, lines] of Object.entries(places)) {
    if (allowed.includes(place)) continue;
    for (const line of lines) {
      if (SECRETS.some((secret) => String(line).includes(secret))) found.push(`${place}: ${String(line).slice(0, 160)}`);
    }
  }
  return found;
}

async function typeInto(page, cardId, note) {
  await page.evaluate((id) => {
    const field = document.getElementById(id).shadowRoot.querySelector('textarea');
    field.scrollIntoView({ block: 'center' });
    field.focus();
  }, cardId);
  await page.keyboard.type(note);
  await settle(page);
}

async function press(page, cardId, buttonId) {
  await page.evaluate(
    (id, button) => document.getElementById(id).shadowRoot.getElementById(button).click(),
    cardId,
    buttonId,
  );
  await settle(page);
}

const noteIn = (page, cardId) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('textarea')?.value ?? null, cardId);

describeEachBrowser('privacy: a reader’s note goes nowhere it should not', { server: { strict: ['privacy.html'] } }, (suite) => {
  let run;
  const url = () => `${suite.server.origin}${PAGES}/privacy.html`;
  before(async () => {
    run = await openPage(suite.browser, url(), { beforeLoad: (page) => page.evaluateOnNewDocument(recorder) });
    await installHelpers(run.page);
    const tags = await registeredTags(run.page);
    assert.ok(tags.includes('es-reflection-card'));
  });

  it('keeps a typed note in the card only, while the reader has not chosen to keep it', async () => {
    const { page } = run;
    await typeInto(page, 'offers-keeping', KEPT_NOTE);
    await typeInto(page, 'memory-only', MEMORY_NOTE);
    await typeInto(page, 'single', MEMORY_NOTE);
    // Move around, set it aside and come back: the note follows its prompt.
    for (const card of ['offers-keeping', 'memory-only']) {
      for (const button of ['next', 'previous', 'skip', 'resume']) await press(page, card, button);
    }
    assert.equal(await noteIn(page, 'offers-keeping'), KEPT_NOTE, 'the note is in its field (the search would find it)');
    assert.equal(await noteIn(page, 'memory-only'), MEMORY_NOTE);
    const places = await everywhere(page, run);
    assert.ok(places.events.some((e) => e.startsWith('es-prompt-change')), 'the recorder sees the package’s events');
    assert.deepEqual(leaks(places), []);
    assert.ok(run.requests.every((r) => r.method === 'GET'), 'only GET requests: no request body at all');
  });

  it('writes the note to the device only once the reader ticks “Keep my notes on this device”', async () => {
    const { page } = run;
    await page.evaluate(() => document.getElementById('offers-keeping').shadowRoot.getElementById('keep').click());
    await settle(page);
    const places = await everywhere(page, run);
    assert.ok(places.localStorage.some((line) => line.includes('Marigold-7731')), 'kept on the device, as the reader chose');
    assert.ok(!places.localStorage.some((line) => line.includes('Juniper-4410')), 'the other cards’ notes are not kept');
    assert.deepEqual(leaks(places, ['localStorage', 'storageWrites']), []);
    assert.ok(run.requests.every((r) => r.method === 'GET'));
  });

  it('after a reload: the kept note is back, the unkept ones are gone from everywhere', async () => {
    const { page } = run;
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    await installHelpers(page);
    assert.equal(await noteIn(page, 'offers-keeping'), KEPT_NOTE);
    assert.equal(await noteIn(page, 'memory-only'), '');
    assert.equal(await noteIn(page, 'single'), '');
    const places = await everywhere(page, run);
    assert.ok(!JSON.stringify(places).includes('Juniper-4410'), 'the unkept note is nowhere');
    assert.deepEqual(leaks(places, ['localStorage', 'storageWrites']), []);
  });

  it('contacts only its own origin', () => {
    assert.ok(run.requests.length >= 2);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
  });

  it('“Clear my notes” erases the kept note from the device and the card', async () => {
    const { page } = run;
    await press(page, 'offers-keeping', 'clear');
    const places = await everywhere(page, run);
    assert.deepEqual(leaks({ localStorage: places.localStorage }), []);
    assert.equal(await noteIn(page, 'offers-keeping'), '');
    assert.deepEqual(run.errors, []);
  });
});
