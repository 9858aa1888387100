/**
 * The page of every example (demo/examples.html, written by scripts/examples-page.mjs from
 * src/elements/<name>/<name>.examples.ts), with the built script tag, as `npm start`
 * serves it: each example shows its element, the error states (and only they) show the
 * kind in-place message, the page contacts nothing but its own origin, and axe (WCAG 2.2
 * A/AA) finds nothing on the whole page.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachBrowser, foreignRequests, installHelpers, openPage, runAxe, waitFor } from './harness.mjs';

const PAGE = '/demo/examples.html';

/** Each example's section: its heading, whether it is marked as an error state, and what its elements show. */
async function exampleReport(page) {
  await installHelpers(page);
  return page.evaluate(() =>
    [...document.querySelectorAll('section.example')].map((section) => {
      const elements = window.__e2e
        .deepAll(section, '*')
        .filter((el) => el.localName.startsWith('es-') && el.localName !== 'es-practice');
      return {
        name: section.querySelector('h3').textContent.trim(),
        markedProblem: Boolean(section.querySelector('h3 .example-tag')),
        registered: elements.every((el) => customElements.get(el.localName)),
        text: elements.map((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' '),
        hidden: elements.every((el) => el.hidden),
        problem: elements.some((el) => el.shadowRoot?.querySelector('[part="error"]')),
        loading: elements.some((el) => el.shadowRoot?.querySelector('[role="status"].loading, p[role="status"]')?.textContent.includes('Loading')),
      };
    }),
  );
}

describeEachBrowser('the page of every example', { vendor: true }, (suite) => {
  it('shows every example; exactly the error states show the in-place message; nothing leaves the origin; axe finds nothing', async () => {
    const run = await openPage(suite.browser, `${suite.server.origin}${PAGE}`, { viewport: { width: 1280, height: 900 } });
    const { page } = run;
    try {
      // Articles and failing content arrive a little later than the rest.
      const report = await waitFor('every example to finish loading', () => exampleReport(page), {
        until: (rows) => rows.length > 0 && rows.every((row) => !row.loading),
      });
      assert.ok(report.length >= 60, `the page holds the examples (${report.length})`);
      assert.ok(report.some((row) => row.markedProblem), 'some examples are error states');
      for (const row of report) {
        assert.ok(row.registered, `${row.name}: its elements are defined`);
        assert.equal(row.problem, row.markedProblem, `${row.name}: ${row.markedProblem ? 'shows' : 'does not show'} the in-place problem message`);
        if (!row.hidden) assert.ok(row.text.length > 0, `${row.name}: shows something`);
      }
      // A missing file (/no-such-….json) is one of the error states: its 404 is expected, nothing else.
      const unexpected = run.errors.filter((error) => !/\/no-such-[a-z]+\.json\b/.test(error));
      assert.deepEqual(unexpected, []);
      assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
      // A page of more than 20 comparisons skips laying out those far off screen
      // (content-visibility: auto, src/elements/safety-compare/crowd.ts), and axe cannot
      // measure colours or target sizes of skipped boxes (it reported the off-screen
      // comparisons' buttons). A reader sees each laid out once it is near, so axe is run
      // with everything laid out, through the documented token.
      await page.evaluate(async () => {
        document.documentElement.style.setProperty('--es-content-visibility', 'visible');
        for (let frame = 0; frame < 3; frame++) await new Promise((done) => requestAnimationFrame(done));
      });
      assert.deepEqual(await runAxe(page), []);
    } finally {
      await page.close();
    }
  });
});
