/**
 * The quick exit as a reader meets it (see test/e2e/quick-exit-helpers.mjs), part 2 of 3:
 * on screen. The button stays on top and on screen whatever the site's wrappers, nothing
 * focused or jumped to hides under the bar, and the bar takes the page's colours.
 *
 * Run: npx rollup -c && node --test --test-concurrency=1 test/e2e/quick-exit-*.e2e.mjs
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { waitForSteady } from './harness.mjs';
import { describeQuickExit, clickContents, clickOn, contentsIds, focusWalk, frames, hiddenStops, LEAVE, open, QE, scrollSettled, TEST } from './quick-exit-helpers.mjs';

describeQuickExit((suite) => {
  describe('4. the button stays on top and on screen, whatever the site wraps it in', () => {
    const CASES = [
      ['first inside a wrapper with overflow-x: hidden', 'wrap-overflow.html', 'top'],
      ['inside <main style="position:relative; z-index:1"> under a sticky header with z-index 1000', 'wrap-sticky-header.html', 'top'],
      ['inside a wrapper with transform: translateZ(0)', 'wrap-transform.html', 'top'],
      ['with position="bottom", inside a wrapper with overflow-x: hidden', 'wrap-bottom.html', 'bottom'],
      ['with text at 200% (html { font-size: 200% })', 'wrap-big-text.html', 'top'],
      ['when it is the last element in the markup', 'wrap-last.html', 'top'],
    ];
    for (const [where, file, edge] of CASES) {
      for (const width of [320, 1280]) {
        it(`${where}, ${width} px wide: in the window (${edge === 'top' ? 'at the top' : 'at the bottom'}) and on top, at scroll 0 and 1500`, TEST, async () => {
          const run = await open(suite, `${QE}/${file}`, { viewport: { width, height: 800 } });
          const { page: tab } = run;
          const problems = [];
          for (const y of [0, 1500]) {
            await tab.evaluate((to) => window.scrollTo(0, to), y);
            await frames(tab);
            // The bar answers a scroll in the next frame: read it once it has stopped moving.
            const seen = await waitForSteady(`the “${LEAVE}” button to rest after scrolling to ${y}`, () => tab.evaluate(() => {
              const button = window.__qe.leaveButton();
              if (!button) return null;
              return { box: window.__qe.box(button), top: window.__qe.onTop(button), w: document.documentElement.clientWidth, h: innerHeight, scrollY };
            }), { steady: 150, timeout: 3000 }).catch(() => tab.evaluate(() => {
              const button = window.__qe.leaveButton();
              return button && { box: window.__qe.box(button), top: window.__qe.onTop(button), w: document.documentElement.clientWidth, h: innerHeight, scrollY };
            }));
            if (!seen) {
              problems.push(`scroll ${y}: no “${LEAVE}” button in the exit`);
              continue;
            }
            const { box, w, h } = seen;
            const inWindow = box.left >= -0.5 && box.top >= -0.5 && box.right <= w + 0.5 && box.bottom <= h + 0.5 && box.width > 1;
            const atEdge = edge === 'top' ? box.top < h / 3 : box.bottom > (h * 2) / 3;
            const at = `button at x ${Math.round(box.left)}–${Math.round(box.right)}, y ${Math.round(box.top)}–${Math.round(box.bottom)} in a ${w}×${h} window, page scrolled to ${Math.round(seen.scrollY)}`;
            if (!inWindow) problems.push(`scroll ${y}: not in the window (${at})`);
            else if (!atEdge) problems.push(`scroll ${y}: not at the ${edge} of the window (${at})`);
            else if (!seen.top.ok) problems.push(`scroll ${y}: covered, a click at its centre hits ${seen.top.hit} (${at})`);
          }
          assert.deepEqual(problems, []);
          await tab.close();
        });
      }
    }
  });

  describe('5. nothing focused or jumped to hides under the bar (WCAG 2.4.11)', () => {
    /** The section heading's box and the bar's, once the page has stopped scrolling. */
    const headingAndBar = (tab, id) =>
      tab.evaluate((i) => {
        const heading = document.querySelector('es-article-reader').shadowRoot.getElementById(i);
        return { heading: window.__qe.box(heading), bar: window.__qe.box(window.__qe.bar()), scrollY, h: innerHeight };
      }, id);

    const assertClear = ({ heading, bar, scrollY, h }, how) => {
      assert.ok(heading && bar, 'the heading and the bar are on the page');
      assert.ok(scrollY > 0 && heading.top < h && heading.bottom > 0, `${how} brought the section into the window (heading at ${Math.round(heading.top)}, scroll ${scrollY})`);
      assert.ok(
        heading.top >= bar.bottom - 1,
        `${how}: the heading's top (${Math.round(heading.top)} px) is under the bar, whose bottom is at ${Math.round(bar.bottom)} px`,
      );
    };

    it('(a) after a contents link, the section heading starts below the bar', TEST, async () => {
      const run = await open(suite, `${QE}/article.html`, { viewport: { width: 1024, height: 700 } });
      const { page: tab } = run;
      const ids = await contentsIds(tab);
      const id = ids[Math.floor(ids.length / 2)];
      await clickContents(tab, id);
      await scrollSettled(tab);
      assertClear(await headingAndBar(tab, id), `the contents link #${id}`);
      await tab.close();
    });

    it('(b) arriving at page#section, the section heading starts below the bar', TEST, async () => {
      const first = await open(suite, `${QE}/article.html`);
      const ids = await contentsIds(first.page);
      await first.page.close();
      const id = ids[Math.floor(ids.length / 2)];
      const run = await open(suite, `${QE}/article.html#${id}`, { viewport: { width: 1024, height: 700 } });
      // Settled: the heading and the bar have stopped moving (the page above may render late).
      const seen = await waitForSteady(`the heading #${id} and the bar to come to rest`, () => headingAndBar(run.page, id), { steady: 500, timeout: 5000 }).catch(() => headingAndBar(run.page, id));
      assertClear(seen, `arriving at #${id}`);
      await run.page.close();
    });

    it('(c) control: under a plain sticky bar, some Shift+Tab stops of the same page are hidden (the check can fail)', TEST, async () => {
      const run = await open(suite, `${QE}/walk-control.html`, { viewport: { width: 1024, height: 700 } });
      const stops = await focusWalk(run.page, { backwards: true, bar: '.plain-bar' });
      assert.ok(stops.length >= 8, `the walk went through the page (${stops.length} stops)`);
      assert.notDeepEqual(hiddenStops(stops), [], 'no stop came under the plain bar: this page cannot show the problem in this browser');
      await run.page.close();
    });

    it('(c) Shift+Tab back through the whole page from the end: no focused element is under the bar', TEST, async () => {
      const run = await open(suite, `${QE}/walk.html`, { viewport: { width: 1024, height: 700 } });
      const stops = await focusWalk(run.page, { backwards: true });
      assert.ok(stops.length >= 8, `the walk went through the page (${stops.length} stops: ${stops.map((s) => s.who).join(' | ')})`);
      assert.ok(stops.some((s) => s.own), 'the walk reached the exit’s own controls (the whole page was walked)');
      assert.deepEqual(hiddenStops(stops), []);
      await run.page.close();
    });

    it('(d) position="bottom", 320 px wide: Tab through the page, no focus stop is under the exit', TEST, async () => {
      const run = await open(suite, `${QE}/bottom-article.html`, { viewport: { width: 320, height: 640 } });
      const stops = await focusWalk(run.page);
      assert.ok(stops.length >= 8, `the walk went through the page (${stops.length} stops)`);
      assert.deepEqual(hiddenStops(stops), []);
      await run.page.close();
    });

    /** note.html at 320 px with "How this works" opened by a click. */
    async function noteOpen() {
      const run = await open(suite, `${QE}/note.html`, { viewport: { width: 320, height: 640 } });
      const { page: tab } = run;
      await clickOn(tab, `() => [...(window.__qe.exits()[0].shadowRoot?.querySelectorAll('summary') ?? [])].find((s) => window.__qe.nameOf(s) === 'How this works')`, 'the “How this works” summary');
      await frames(tab);
      return run;
    }
    /** Whether the note's text can be seen (its list items, in the exit's [part=how]). */
    const noteVisible = (tab) =>
      tab.evaluate(() => [...(window.__qe.exits()[0].shadowRoot.querySelector('[part=how]')?.querySelectorAll('li, p') ?? [])].some((el) => window.__e2e.isVisible(el)));

    it('(e) 320 px wide, with “How this works” open, Tab moves to something the note does not cover', TEST, async () => {
      const run = await noteOpen();
      const { page: tab } = run;
      assert.ok(await noteVisible(tab), 'the note opened');
      const before = await tab.evaluate(() => window.__e2e.describe(window.__e2e.deepActive()));
      await tab.keyboard.press('Tab');
      await frames(tab);
      const now = await tab.evaluate(() => {
        const el = window.__e2e.deepActive();
        return { who: window.__e2e.describe(el), top: window.__qe.onTop(el) };
      });
      assert.notEqual(now.who, before, 'Tab moved focus');
      assert.ok(now.top.ok, `the newly focused ${now.who} is covered: at its centre is ${now.top.hit}`);
      await tab.close();
    });

    it('(e) 320 px wide, Escape closes “How this works” while focus is in it', TEST, async () => {
      const run = await noteOpen();
      const { page: tab } = run;
      assert.ok(await noteVisible(tab), 'the note opened');
      const focus = await tab.evaluate(() => {
        if (!window.__qe.insideExit(window.__e2e.deepActive())) window.__qe.exits()[0].shadowRoot.querySelector('summary').focus();
        return window.__e2e.describe(window.__e2e.deepActive());
      });
      assert.match(focus, /es-quick-exit/, 'focus is in the exit’s note');
      await tab.keyboard.press('Escape');
      await frames(tab);
      assert.equal(await noteVisible(tab), false, 'the note is still open after Escape');
      await tab.close();
    });
  });

  describe('12. the bar takes the page’s colours (no white band)', () => {
    for (const [kind, file] of [
      ['a cream page', 'cream.html'],
      ['a dark page', 'dark.html'],
    ]) {
      it(`on ${kind}, the bar’s background is the page’s own (or it is transparent over it)`, TEST, async () => {
        const run = await open(suite, `${QE}/${file}`);
        const seen = await run.page.evaluate(() => {
          const transparent = (c) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
          const bgOf = (el) => getComputedStyle(el).backgroundColor;
          const page = [document.body, document.documentElement].map(bgOf).find((c) => !transparent(c)) ?? 'rgb(255, 255, 255)';
          const bar = window.__qe.bar();
          const b = window.__qe.box(bar);
          const controls = 'button, a, summary, [role=button]';
          // A point of the bar that is not on a control: the bar's own background shows there.
          let probe = null;
          for (let x = b.left + 3; x < b.right - 3 && !probe; x += 6) {
            const hit = window.__e2e.elementAtPoint(x, b.y);
            let inBar = false;
            let onControl = false;
            for (let node = hit; node; node = window.__qe.parentOf(node)) {
              if (node === bar) inBar = true;
              if (!inBar && node.matches?.(controls)) onControl = true;
            }
            if (inBar && !onControl) probe = hit;
          }
          // The colour seen there: the first non-transparent background up the tree.
          let seenColour = 'rgb(255, 255, 255)';
          for (let node = probe ?? bar; node; node = window.__qe.parentOf(node)) {
            const c = bgOf(node);
            if (!transparent(c)) {
              seenColour = c;
              break;
            }
          }
          return { page, bar: bgOf(bar), seenColour, probe: probe ? window.__e2e.describe(probe) : null, height: b.height };
        });
        assert.ok(seen.height > 0, 'the bar is laid out');
        assert.equal(seen.seenColour, seen.page, `the bar shows ${seen.seenColour} (its [part=base] background is ${seen.bar}) on a page of ${seen.page}`);
        await run.page.close();
      });
    }
  });
});
