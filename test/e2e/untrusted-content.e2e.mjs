/**
 * 4. Untrusted content: articles, prompt sets, comparison sets, resource lists and
 *    attributes carrying HTML, script, event-handler attributes, `javascript:`/`data:`
 *    URLs, very long words, huge documents, RTL text and emoji (test/e2e/pages/
 *    untrusted-content.js). The page has no CSP, so anything that became markup would
 *    run: every payload sets `window.__pwned`, which must stay unset. Everything is shown
 *    as text, only http(s)/mailto/tel links exist, and the layout holds at 1024 and 320 px.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachBrowser, elementReport, foreignRequests, installHelpers, openPage, PAGES, registeredTags, settle } from './harness.mjs';

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

async function pwned(page) {
  return page.evaluate(() => window.__pwned ?? null);
}

/** What a reader would notice going wrong inside the elements: overflow out of the element, or of the page. */
async function overflow(page) {
  await installHelpers(page);
  return page.evaluate(() => {
    const { deepAll, isVisible, clippedRect, describe } = window.__e2e;
    const found = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
    }
    const hosts = [...document.querySelectorAll('#stage es-practice > *')].filter((el) => el.shadowRoot && customElements.get(el.localName));
    if (hosts.length < 10) found.push(`only ${hosts.length} elements rendered`);
    for (const host of hosts) {
      if (host.localName === 'es-quick-exit') continue;
      const box = host.getBoundingClientRect();
      const container = host.closest('main').getBoundingClientRect();
      if (box.right > container.right + 1) found.push(`${host.dataset.case}: wider than its container`);
      let reported = 0;
      for (const el of deepAll(host.shadowRoot, '*')) {
        if (!isVisible(el) || reported > 2) continue;
        // What a scroller or a visually hidden wrapper clips cannot stick out.
        const r = clippedRect(el);
        if (r.right > box.right + 1 || r.left < box.left - 1) {
          reported++;
          found.push(`${host.dataset.case}: ${describe(el).replace(/^.*>>> /, '')} sticks out (${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`);
        }
      }
    }
    return found;
  });
}

describeEachBrowser('untrusted content: nothing executes, everything is text, layout holds', {}, (suite) => {
  let run;
  let tags;
  before(async () => {
    run = await openPage(suite.browser, `${suite.server.origin}${PAGES}/untrusted-content.html`);
    tags = await registeredTags(run.page);
  });

  it('renders every element, and no payload runs on load', async () => {
    assert.equal(await pwned(run.page), null);
    assert.deepEqual(run.errors, []);
    const report = await elementReport(run.page);
    for (const element of report.filter((r) => r.registered && r.tag !== 'es-quick-exit-skip')) {
      // An element left with nothing safe to show may hide itself (and say why in the console).
      assert.ok(element.text.length > 0 || element.hidden, `${element.attributes.slice(0, 60)}: shows something, or hides itself`);
    }
    if (report.some((r) => r.registered && r.hidden)) {
      assert.ok(run.console.some((m) => m.type === 'warn' || m.type === 'warning'), 'a hidden element said why');
    }
  });

  it('contacts only its own origin', () => {
    assert.ok(run.requests.length >= 2);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
  });

  it('shows every payload as the text it is', async () => {
    const shown = await run.page.evaluate(() => {
      const text = [...document.querySelectorAll('#stage es-practice > *')]
        .filter((el) => el.shadowRoot)
        .map((el) => el.shadowRoot.textContent)
        .join('\n');
      return window.__payloadMarkers.filter((marker) => !text.includes(marker));
    });
    assert.deepEqual(shown, [], 'markers missing from the visible text');
  });

  it('puts no markup of the content into the page: no script, img, iframe, style, event attribute or unsafe link', async () => {
    const found = await run.page.evaluate(() =>
      window.__e2e.deepAll(document, '*').flatMap((el) => {
        if (el.getRootNode() === document) return [];
        const problems = [];
        if (['script', 'img', 'iframe', 'object', 'embed', 'style', 'animate', 'b'].includes(el.localName)) problems.push(`<${el.localName}>`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || attr.name === 'autofocus') problems.push(`${el.localName}[${attr.name}]`);
        }
        return problems;
      }),
    );
    assert.deepEqual(found, []);
    const links = await run.page.evaluate(() => window.__e2e.deepAll(document, 'a[href]').map((a) => a.getAttribute('href')));
    // sms: links are built by the package from a text line's digits, never taken from content.
    const unsafe = links.filter((href) => !/^(https?:|mailto:|tel:|#)/i.test(href) && !/^sms:\+?\d+$/.test(href) && !href.startsWith('blob:'));
    assert.deepEqual(unsafe, [], 'links other than http(s), mailto, tel, sms:<digits> and in-page fragments');
    assert.ok(links.some((href) => SAFE_LINK.test(href)) || !tags.includes('es-support-resources'));
  });

  it('refuses javascript:, data: and unknown sources with a kind message, not a crash', async () => {
    const report = await elementReport(run.page);
    const cases = report.filter((r) => r.registered && /data-case=\S*(bad|js-src|data-src|broken)/.test(r.attributes));
    assert.ok(cases.length >= 5, 'the refused cases are on the page');
    for (const element of cases) assert.ok(element.error, `${element.attributes.slice(0, 80)} shows its error message`);
  });

  it('runs nothing when the reader uses every control and focuses every field', async () => {
    const { page } = run;
    for (let round = 0; round < 2; round++) {
      const count = await page.evaluate(() => window.__e2e.deepAll(document, 'button, summary, input, textarea').length);
      for (let i = 0; i < count; i += 1) {
        await page.evaluate((n) => {
          const el = window.__e2e.deepAll(document, 'button, summary, input, textarea')[n];
          if (!el || !window.__e2e.isVisible(el)) return;
          if (window.__e2e.describe(el).startsWith('es-quick-exit') || el.id === 'download') return;
          el.focus();
          if (el.localName !== 'textarea') el.click();
          el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }, i);
      }
      await settle(page);
    }
    assert.equal(await pwned(page), null);
    assert.deepEqual(run.errors, []);
  });

  it('holds its layout at 1024 px and at 320 px', async () => {
    const { page } = run;
    assert.deepEqual(await overflow(page), []);
    await page.setViewport({ width: 320, height: 700 });
    await settle(page);
    assert.deepEqual(await overflow(page), []);
    assert.equal(await pwned(page), null);
  });

  it('would have noticed: the same payload parsed as markup does set the flag (control)', async () => {
    const flagged = await run.page.evaluate(async () => {
      const markup = `<img src=x onerror='window.__pwned="control"'>`;
      const fragment = document.createRange().createContextualFragment(markup);
      const img = fragment.querySelector('img');
      const failed = new Promise((done) => img.addEventListener('error', done, { once: true }));
      document.body.append(fragment);
      await failed;
      return window.__pwned;
    });
    assert.equal(flagged, 'control');
  });
});
