/**
 * The quick exit as a reader meets it (see test/e2e/quick-exit-helpers.mjs for the host
 * pages and what the suites share), part 1 of 3: leaving. It works with no script, Back
 * does not bring the page back, speech and media stop at once, it leaves from inside a
 * frame, and the page's title and print give nothing away while leaving. The other
 * promises: test/e2e/quick-exit-on-screen.e2e.mjs and test/e2e/quick-exit-keyboard.e2e.mjs.
 * Each check looks at what a reader would notice (where the tab is, what is seen, on top,
 * focused, announced), and where it is cheap a control shows the check can fail.
 *
 * Run: npx rollup -c && node --test --test-concurrency=1 test/e2e/quick-exit-*.e2e.mjs
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { installHelpers, launch, PAGE_HELPERS, settle, waitFor } from './harness.mjs';
import { describeQuickExit, afterLastClick, arrivedAt, back, clickContents, clickLeave, clickOn, contentsIds, EARLIER, followLinkTo, forward, hits, LEAVE, LEFT, logOf, open, QE, QE_HELPERS, scrollSettled, shownAt, tapShift, TEST, watch, withSlowDestination } from './quick-exit-helpers.mjs';

describeQuickExit((suite) => {
  const chromium = () => suite.name === 'chromium';

  describe('1. with no script, the “Leave this page” link still leaves', () => {
    it('when the package’s script fails to load (404), the link is visible and a click goes to the destination', TEST, async () => {
      const run = await open(suite, `${QE}/no-script.html`);
      const { page: tab } = run;
      const link = await tab.evaluate(() => {
        const a = document.querySelector('es-quick-exit > a');
        return { visible: window.__e2e.isVisible(a), name: window.__qe.nameOf(a), defined: Boolean(customElements.get('es-quick-exit')) };
      });
      assert.equal(link.defined, false, 'the script really did not run (control)');
      assert.equal(link.name, LEAVE);
      assert.ok(link.visible, 'the light-DOM link is visible');
      await clickOn(tab, `() => document.querySelector('es-quick-exit > a')`, 'the “Leave this page” link');
      await arrivedAt(tab, LEFT);
      await tab.close();
    });

    it(`with JavaScript turned off, the link is visible and a click goes to the destination${chromium() ? '' : ' (a second browser with the pages\' scripts off, as its driver cannot turn them off in a tab)'}`, TEST, async () => {
      // Chromium turns JavaScript off per tab; Firefox's WebDriver BiDi has no such command
      // (emulation.setScriptingEnabled is unknown to it), so a browser is launched with the
      // pref; WebKit's MiniBrowser is started with --enable-javascript=false.
      const browser = chromium() ? suite.browser : await launch(suite.name, { javascript: false });
      const tab = await browser.newPage();
      try {
        tab.setDefaultTimeout(8000);
        tab.setDefaultNavigationTimeout(10000);
        if (chromium()) await tab.setJavaScriptEnabled(false);
        await tab.setViewport({ width: 1024, height: 800 });
        await tab.goto(`${suite.server.origin}${QE}/basic.html`, { waitUntil: 'load' });
        // The driver's own evaluation still works with the page's scripts off.
        await installHelpers(tab);
        await tab.evaluate(QE_HELPERS);
        const state = await tab.evaluate(() => {
          const a = document.querySelector('es-quick-exit > a');
          return { jsOff: Boolean(document.getElementById('js-off')), defined: Boolean(customElements.get('es-quick-exit')), visible: window.__e2e.isVisible(a) };
        });
        assert.ok(state.jsOff && !state.defined, `JavaScript is really off (<noscript> shown, element not defined): ${JSON.stringify(state)}`);
        assert.ok(state.visible, 'the light-DOM link is visible');
        await clickOn(tab, `() => document.querySelector('es-quick-exit > a')`, 'the “Leave this page” link');
        await arrivedAt(tab, LEFT);
      } finally {
        await tab.close();
        if (browser !== suite.browser) await browser.close();
      }
    });
  });

  describe('2. Back does not bring the page back', () => {
    /**
     * earlier.html → (a link) → the article page → two contents links → leave. Returns the
     * tab on left.html and the run.
     */
    async function readThenLeave(path, leave = (tab) => clickLeave(tab)) {
      const run = await open(suite, EARLIER);
      const { page: tab } = run;
      await followLinkTo(tab, `${suite.server.origin}${path}`);
      const ids = await contentsIds(tab);
      assert.ok(ids.length >= 3, `the reader shows its contents (${ids.length} links)`);
      await clickContents(tab, ids[1]);
      await clickContents(tab, ids[2]);
      assert.equal(await tab.evaluate(() => location.hash), `#${ids[2]}`, 'the contents links were followed');
      await leave(tab);
      await arrivedAt(tab, LEFT);
      return run;
    }

    const articlePath = `${QE}/article.html`;

    it('control: history.pushState then a plain location.replace, without the quick exit, shows the article again on Back (the check can fail)', TEST, async () => {
      const run = await readThenLeave(`${QE}/article-control.html`, async (tab) => {
        await tab.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await scrollSettled(tab);
        await clickOn(tab, `() => document.getElementById('plain-leave')`, 'the plain leave button');
      });
      const shown = await back(run.page);
      assert.equal(shown.path, `${QE}/article-control.html`, `Back shows the article again without the quick exit (shows ${JSON.stringify(shown)})`);
      await run.page.close();
    });

    for (const [variant, query] of [
      ['', ''],
      [' (article served with Cache-Control: no-store)', '?no-store'],
    ]) {
      it(`after reading two sections and leaving, Back shows the page before (earlier.html), not the article${variant}`, TEST, async () => {
        const run = await readThenLeave(`${QE}/article.html${query}`);
        const shown = await back(run.page);
        assert.equal(shown.path, EARLIER, `Back shows ${shown.path}${shown.hash} “${shown.title}”, not the page before the article`);
        const shownAgain = logOf(run).filter((line) => line.startsWith(`qe:pageshow ${articlePath}`));
        assert.equal(shownAgain.filter((l) => l.endsWith(' true')).length, 0, `the article was restored: ${shownAgain}`);
        await run.page.close();
      });
    }

    it('control: this browser does restore a page from the back/forward cache (a plain link away, then Back)', TEST, async () => {
      const run = await open(suite, `${QE}/article-control.html`);
      await followLinkTo(run.page, `${suite.server.origin}${LEFT}`);
      const shown = await back(run.page);
      assert.equal(shown.path, `${QE}/article-control.html`);
      assert.ok(logOf(run).includes(`qe:pageshow ${QE}/article-control.html true`), `restored from the cache (pageshow persisted): ${logOf(run)}`);
      await run.page.close();
    });

    it('after leaving, Back and Forward never show the article from the back/forward cache', TEST, async () => {
      const run = await readThenLeave(`${QE}/article.html`);
      const { page: tab } = run;
      const leftAt = logOf(run).lastIndexOf('qe:click');
      const seen = [await back(tab)];
      seen.push({ path: await forward(tab, seen[0].path) });
      seen.push(await back(tab, seen[1].path));
      const restored = logOf(run)
        .slice(leftAt + 1)
        .filter((line) => line.startsWith(`qe:pageshow ${articlePath}`));
      assert.deepEqual(restored, [], `the article page was shown again after leaving (pages seen: ${seen.map((s) => s.path).join(' → ')})`);
      assert.ok(
        seen.every((s) => s.path !== articlePath),
        `Back/Forward showed the article: ${seen.map((s) => s.path).join(' → ')}`,
      );
      await tab.close();
    });
  });

  describe('3. leaving silences speech and media at once', () => {
    /** The article with the fake speech, "Listen" pressed and speaking. */
    async function listening() {
      const run = await open(suite, `${QE}/article.html`, { speech: true });
      const { page: tab } = run;
      await clickOn(tab, `() => [...document.querySelector('es-article-reader').shadowRoot.querySelectorAll('button')].find((b) => window.__qe.nameOf(b) === 'Listen')`, 'the reader’s “Listen” button');
      const spoken = () => tab.evaluate('0').then(() => logOf(run).filter((l) => l.startsWith('qe:speak')).length);
      await waitFor('three utterances spoken', spoken, { until: (n) => n >= 3, timeout: 3000 }).catch(() => {});
      assert.ok((await spoken()) >= 3, 'the reader is reading aloud');
      return run;
    }

    it('control: without leaving, the reader goes on speaking (utterances keep coming)', TEST, async () => {
      const run = await listening();
      await clickOn(run.page, `() => document.querySelector('h1')`, 'the heading');
      const after = () => run.page.evaluate('0').then(() => afterLastClick(run).filter((l) => l.startsWith('qe:speak')).length);
      const spoken = await waitFor('five utterances after the click', after, { until: (n) => n >= 5, timeout: 5000 }).catch(() => after());
      assert.ok(spoken >= 5, `utterances went on after an ordinary click (${spoken} within 5 s)`);
      await run.page.close();
    });

    it('after “Leave this page”, nothing more is spoken and speech is cancelled, while the destination is still loading', TEST, async () => {
      await withSlowDestination(3000, async () => {
        const run = await listening();
        await watch(run.page);
        await clickLeave(run.page);
        await shownAt(run, 800);
        const after = afterLastClick(run);
        assert.deepEqual(after.filter((l) => l.startsWith('qe:speak')), [], 'no utterance was spoken after the leave click');
        assert.ok(after.includes('qe:cancel'), `speechSynthesis.cancel() was called (log after the click: ${after.join(', ') || 'nothing'})`);
        await run.page.close();
      });
    });

    it('a playing <audio> and <video> are paused after “Leave this page” (control: they play on without it)', TEST, async () => {
      await withSlowDestination(3000, async () => {
        const run = await open(suite, `${QE}/media.html`);
        const { page: tab } = run;
        await tab.evaluate(() => Promise.all([...document.querySelectorAll('audio, video')].map((m) => m.play())));
        await watch(tab);
        assert.deepEqual((await shownAt(run, 500)).media, ['audio:playing', 'video:playing'], 'control: both play on, without leaving');
        await clickLeave(tab);
        // The elements the page had, even if leaving took them out of the page.
        assert.deepEqual((await shownAt(run, 1100)).media, ['audio:paused', 'video:paused']);
        await tab.close();
      });
    });
  });

  describe('10. inside a frame, it takes the whole tab away', () => {
    /** Opens the host page framing framed.html from `frameOrigin`; returns the run and the frame. */
    async function framed(frameOrigin) {
      const src = `${frameOrigin}${QE}/framed.html`;
      const run = await open(suite, `${QE}/frame-host.html?src=${encodeURIComponent(src)}`);
      const { page: tab } = run;
      const theFrame = () => tab.frames().find((f) => f !== tab.mainFrame() && f.url().split('?')[0] === src);
      const frame = await waitFor(
        'the framed page to load and define es-quick-exit',
        async () => {
          const found = theFrame();
          const ready = found && (await found.evaluate(() => document.readyState === 'complete' && Boolean(customElements.get('es-quick-exit'))).catch(() => false));
          return ready ? found : null;
        },
        { timeout: 8000, interval: 100 },
      ).catch(() => theFrame());
      assert.ok(frame, `the framed page loaded (frames: ${tab.frames().map((f) => f.url()).join(', ')})`);
      // The helpers in the frame too (scripts added for new documents do not reach every frame in every driver).
      await frame.evaluate(PAGE_HELPERS);
      await frame.evaluate(QE_HELPERS);
      await settle(frame);
      return { run, tab, frame };
    }

    for (const [kind, otherOrigin] of [
      ['from another origin (127.0.0.1 framing localhost)', true],
      ['from the same origin', false],
    ]) {
      it(`clicking “Leave this page” in a page framed ${kind} sends the top window to the destination`, TEST, async () => {
        const frameOrigin = otherOrigin ? `http://localhost:${suite.server.port}` : suite.server.origin;
        const { tab, frame } = await framed(frameOrigin);
        const inFrame = await frame.evaluate(() => {
          const b = window.__qe.box(window.__qe.leaveButton());
          return b && { x: b.x, y: b.y, origin: location.origin };
        });
        assert.ok(inFrame, 'the framed page shows the “Leave this page” button');
        assert.equal(inFrame.origin, frameOrigin, 'the frame is on the intended origin');
        const offset = await tab.evaluate(() => {
          const f = document.getElementById('embedded');
          const r = f.getBoundingClientRect();
          return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
        });
        await tab.mouse.click(offset.x + inFrame.x, offset.y + inFrame.y);
        await arrivedAt(tab, LEFT, 5000);
        await tab.close();
      });
    }
  });

  describe('11. while leaving, the tab gives nothing away', () => {
    it('the tab title no longer shows the page’s title while the destination loads', TEST, async () => {
      await withSlowDestination(3000, async () => {
        const run = await open(suite, `${QE}/basic.html`);
        const { page: tab } = run;
        const title = await tab.evaluate(() => document.title);
        await watch(tab);
        await clickLeave(tab);
        const { title: now, path } = await shownAt(run, 700);
        assert.equal(path, `${QE}/basic.html`);
        assert.ok(!now.includes(title) && !now.includes('Harbour Counselling'), `the tab still reads “${now}”`);
        await tab.close();
      });
    });

    // Chromium only: page.emulateMediaType is CDP-only (Firefox's WebDriver BiDi answers “CDP
    // support is required for this feature”), and Firefox has no preference to emulate print.
    if (chromium()) it('printed while leaving, the page does not show the exit’s bar', TEST, async () => {
      await withSlowDestination(3000, async () => {
        const run = await open(suite, `${QE}/basic.html`);
        const { page: tab } = run;
        // Print media first (no driver command reaches a page being left in Chromium), then
        // leave with the keyboard, which works whatever print does to the button.
        await tab.emulateMediaType('print');
        await watch(tab);
        const before = hits.get(LEFT) ?? 0;
        await tapShift(tab, 3, 100);
        const seen = await shownAt(run, 800);
        assert.ok(seen.print, 'print media is emulated');
        assert.equal(seen.path, `${QE}/basic.html`);
        assert.ok((hits.get(LEFT) ?? 0) > before, 'the page is being left (Shift three times asked for the destination)');
        assert.deepEqual({ bar: seen.bar, button: seen.button }, { bar: false, button: false }, 'the bar would print');
        await tab.close();
      });
    });
  });
});
