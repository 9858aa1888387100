/**
 * 5 and 6. The whole demo practice page (demo/index.html), served with the strict CSP
 * exactly as `npm start` serves it:
 * - closed network: every request the page makes, while a reader uses it, goes to the
 *   page's own origin (no fonts, analytics or CDNs);
 * - accessibility of the whole page: axe (WCAG 2.2 A/AA) in light and dark, a Tab walk
 *   that reaches every control with a visible focus indicator, no sideways scrolling at
 *   320 px, text at 200 % still usable, and forced colours keeping borders and focus.
 * Chromium emulates the colour scheme and forced colours through CDP; Firefox cannot
 * (no CDP), so it gets a second Firefox launched with the matching preferences, and WebKit
 * a second MiniBrowser started in dark mode (WebKit has no forced colours: see below).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachBrowser, foreignRequests, installHelpers, launch, openPage, runAxe, settle, tabWalk, visibleIndicator, waitForSteady } from './harness.mjs';

const DEMO = '/demo/';
const FIREFOX_FORCED = { 'browser.display.document_color_use': 2 };

/** Opens the demo with a colour scheme or forced colours, in the way each browser allows. */
async function openWith(name, browser, url, { dark = false, forced = false } = {}) {
  if (name === 'chromium') {
    const run = await openPage(browser, url, {
      // Puppeteer's emulateMediaFeatures does not know forced-colors; CDP itself does.
      beforeLoad: async (page) => {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [
            { name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' },
            { name: 'forced-colors', value: forced ? 'active' : 'none' },
          ],
        });
      },
    });
    return { run, close: () => run.page.close() };
  }
  const own = await launch(name, { dark, firefoxPrefs: forced ? FIREFOX_FORCED : {} });
  const run = await openPage(own, url);
  return { run, close: () => own.close() };
}

/** Every control a keyboard should reach: visible, enabled, not taken out of the tab order. */
async function reachableControls(page) {
  await installHelpers(page);
  return page.evaluate(() =>
    window.__e2e
      .deepAll(document, window.__e2e.CONTROLS)
      .filter((el) => window.__e2e.isVisible(el) && !el.disabled && el.tabIndex >= 0)
      .map((el) => window.__e2e.describe(el)),
  );
}

/** Borders a reader sees inside the elements: [who, visible?] in document order. */
async function shadowBorders(page) {
  await installHelpers(page);
  return page.evaluate(() =>
    window.__e2e
      .deepAll(document, '*')
      .filter((el) => el.getRootNode() !== document && window.__e2e.isVisible(el))
      .map((el) => {
        const s = getComputedStyle(el);
        const visible = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0 && !/rgba\(.*, 0\)$|transparent/.test(s[`border${side}Color`]),
        );
        return [window.__e2e.describe(el), visible];
      }),
  );
}

describeEachBrowser('the demo page: closed network and whole-page accessibility', { vendor: true }, (suite) => {
  it('contacts only its own origin, while a reader scrolls and uses every control', async () => {
    const run = await openPage(suite.browser, `${suite.server.origin}${DEMO}`);
    const { page } = run;
    await installHelpers(page);
    const count = await page.evaluate(() => window.__e2e.deepAll(document, 'button, summary, input[type=checkbox]').length);
    for (let i = 0; i < count; i++) {
      await page.evaluate((n) => {
        const el = window.__e2e.deepAll(document, 'button, summary, input[type=checkbox]')[n];
        if (!el || !window.__e2e.isVisible(el)) return;
        // Leaving the page goes elsewhere by design; saving a file is not a request.
        if (window.__e2e.describe(el).startsWith('es-practice >>> es-quick-exit') || window.__e2e.describe(el).startsWith('es-quick-exit') || el.id === 'download') return;
        el.scrollIntoView();
        el.click();
      }, i);
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await settle(page);
    // Every request the clicks started has ended: the page's resource list stops growing.
    await waitForSteady('the page to stop making requests', () => page.evaluate(() => performance.getEntriesByType('resource').length), { steady: 500 });
    assert.ok(run.requests.length >= 3, 'the page, its stylesheet and the script were requested');
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
    assert.deepEqual(run.errors, []);
    await page.close();
  });

  it('says each thing once: the call to action’s line, the support heading', async () => {
    const run = await openPage(suite.browser, `${suite.server.origin}${DEMO}`);
    const { page } = run;
    await installHelpers(page);
    await settle(page);
    const counts = await page.evaluate(() => {
      // The text a reader meets: the page's own and every shadow root's, visible only.
      const texts = window.__e2e
        .deepAll(document, 'p, h1, h2, h3, h4, h5, h6, [part~="lead"]')
        .filter((el) => window.__e2e.isVisible(el))
        .map((el) => el.textContent);
      const count = (phrase) => texts.filter((text) => text.replace(/\s+/g, ' ').includes(phrase)).length;
      return { lead: count('feels familiar, you don’t have to work through it alone'), support: count('If you need support now') + count('If you need help now') };
    });
    assert.deepEqual(counts, { lead: 1, support: 1 });
    await page.close();
  });

  it('has no axe violations (WCAG 2.2 A/AA) in the light scheme', async () => {
    const { run, close } = await openWith(suite.name, suite.browser, `${suite.server.origin}${DEMO}`);
    try {
      assert.deepEqual(await runAxe(run.page), []);
      assert.deepEqual(run.errors, []);
    } finally {
      await close();
    }
  });

  it('has no axe violations in the dark scheme, and with <es-practice theme="dark">', async () => {
    const { run, close } = await openWith(suite.name, suite.browser, `${suite.server.origin}${DEMO}`, { dark: true });
    try {
      assert.ok(await run.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme in force');
      // axe reads colours from what is painted: the page's one comparison is laid out in full
      // (only a page crowded with comparisons skips those off screen).
      await settle(run.page);
      assert.deepEqual(await runAxe(run.page), [], 'prefers-color-scheme: dark');
      await run.page.evaluate(() => document.querySelector('es-practice').setAttribute('theme', 'dark'));
      await settle(run.page);
      const themed = await run.page.evaluate(() =>
        [...document.querySelectorAll('es-practice *')]
          .filter((el) => el.shadowRoot?.querySelector('[part=base]'))
          .every((el) => el.shadowRoot.querySelector('[part=base]').classList.contains('theme-dark')),
      );
      assert.ok(themed, 'every element took the dark theme');
      assert.deepEqual(await runAxe(run.page), [], 'theme="dark"');
    } finally {
      await close();
    }
  });

  it('reaches every control with Tab, each with a visible focus indicator', async () => {
    const run = await openPage(suite.browser, `${suite.server.origin}${DEMO}`);
    const expected = await reachableControls(run.page);
    const stops = await tabWalk(run.page);
    const visited = new Set(stops.map((s) => s.who));
    assert.ok(stops.length >= 10, `Tab stopped ${stops.length} times`);
    assert.ok(stops.filter((s) => s.who.includes('>>>')).length >= 10, 'Tab went into the elements');
    assert.deepEqual(expected.filter((who) => !visited.has(who)), [], 'controls Tab never reached');
    assert.deepEqual(stops.filter((s) => !visibleIndicator(s)).map((s) => `${s.who}: ${JSON.stringify(s)}`), [], 'stops without a visible focus indicator');
    assert.deepEqual(run.errors, []);
    await run.page.close();
  });

  // A full-page capture (DevTools' "Capture full size screenshot", puppeteer's fullPage) of
  // the whole practice page: every element shows, however far down the page it is.
  // WebKitWebDriver's screenshots are of the viewport only, so Chromium and Firefox.
  if (suite.name !== 'webkit') {
    it('a full-page capture shows every element, however far down the page', async () => {
      const run = await openPage(suite.browser, `${suite.server.origin}${DEMO}`, { viewport: { width: 390, height: 800 } });
      await settle(run.page);
      const png = await run.page.screenshot({ fullPage: true, encoding: 'base64' });
      // Each element's box in the page, in CSS pixels from the page's top.
      const boxes = await run.page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('es-') && !['es-practice', 'es-quick-exit'].includes(el.localName))
          .filter((el) => el.getBoundingClientRect().width >= 1 && el.getBoundingClientRect().height >= 1)
          .map((el) => {
            const box = el.getBoundingClientRect();
            return { who: `${el.localName} at y ${Math.round(box.top + scrollY)}`, x: box.left, y: box.top + scrollY, width: box.width, height: box.height, page: document.documentElement.clientWidth };
          }),
      );
      // Read the capture's pixels in a blank page (the demo's CSP rightly allows no data: images).
      const reader = await suite.browser.newPage();
      const blank = await reader.evaluate(
        async (data, boxes) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d');
          ctx.drawImage(img, 0, 0);
          // Blank: no dark pixel in the box (text is dark on this light page).
          return boxes
            .filter((box) => {
              const scale = img.width / box.page;
              const [x, y] = [Math.floor(box.x * scale), Math.floor(box.y * scale)];
              const pixels = ctx.getImageData(x, y, Math.min(Math.ceil(box.width * scale), img.width - x), Math.min(Math.ceil(box.height * scale), img.height - y)).data;
              for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) return false;
              return true;
            })
            .map((box) => box.who);
        },
        png,
        boxes,
      );
      await reader.close();
      assert.deepEqual(blank, [], 'elements blank in the capture');
      await run.page.close();
    });
  }

  it('does not scroll sideways at 320 px', async () => {
    const run = await openPage(suite.browser, `${suite.server.origin}${DEMO}`, { viewport: { width: 320, height: 640 } });
    const widths = await run.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide in a ${widths[1]} px window`);
    await run.page.close();
  });

  it('stays usable with text at 200 % (640 px window): no sideways scroll, no clipped or overlapping controls', async () => {
    const run = await openPage(suite.browser, `${suite.server.origin}${DEMO}`, { viewport: { width: 640, height: 800 } });
    const { page } = run;
    await installHelpers(page);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.evaluate(() => {
      document.documentElement.style.setProperty('font-size', '200%');
    });
    await settle(page);
    const found = await page.evaluate((base) => {
      const problems = [];
      const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
      if (root < base * 1.99) problems.push(`text did not grow: ${root}px`);
      window.scrollTo(0, 0);
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
        problems.push(`sideways scroll: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
      }
      const { deepAll, CONTROLS, isVisible, describe } = window.__e2e;
      const controls = deepAll(document, CONTROLS).filter((el) => isVisible(el) && !el.closest('es-quick-exit'));
      const boxes = controls.map((el) => ({ el, r: el.getBoundingClientRect() }));
      for (const { el, r } of boxes) {
        if (r.right > document.documentElement.clientWidth + 1 || r.left < -1) problems.push(`${describe(el)}: outside the window`);
        if (el.localName === 'button' && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)}: its text is cut`);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 2 && y > 2) problems.push(`${describe(a.el)} overlaps ${describe(b.el)}`);
        }
      }
      return problems;
    }, before);
    assert.deepEqual(found, []);
    await page.close();
  });

  // Safari has no forced-colours mode: WebKit answers `forced-colors: none` whatever the
  // system's contrast settings, so this check is for Chromium and Firefox (Windows' and
  // Linux' high-contrast users).
  if (suite.name !== 'webkit') {
    it('keeps its borders and focus ring in forced colours', async () => {
      const normal = await openWith(suite.name, suite.browser, `${suite.server.origin}${DEMO}`);
      const forced = await openWith(suite.name, suite.browser, `${suite.server.origin}${DEMO}`, { forced: true });
      try {
        assert.ok(await forced.run.page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours in force');
        const before = await shadowBorders(normal.run.page);
        const afterForced = await shadowBorders(forced.run.page);
        const lost = before.filter(([who, visible], i) => visible && !(afterForced[i] && afterForced[i][0] === who && afterForced[i][1]));
        assert.ok(before.some(([, visible]) => visible), 'the elements have borders to keep');
        assert.deepEqual(lost.map(([who]) => who), [], 'borders lost in forced colours');
        const stops = (await tabWalk(forced.run.page, 40)).filter((s) => s.who.includes('>>>'));
        assert.ok(stops.length > 5);
        assert.deepEqual(stops.filter((s) => !visibleIndicator(s)).map((s) => s.who), [], 'focus rings lost in forced colours');
        assert.deepEqual(forced.run.errors, []);
      } finally {
        await normal.close();
        await forced.close();
      }
    });
  }
});
