/**
 * 2. A strict site: served with `default-src 'self'; script-src 'self'; style-src 'self';
 *    img-src 'self'` and Trusted Types allowing only the `lit-html` policy. Every element
 *    renders and works with zero `securitypolicyviolation` events, recorded by the page's
 *    own probe script (test/e2e/pages/probe.js), and zero errors.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import {
  describeEachBrowser,
  elementReport,
  foreignRequests,
  installHelpers,
  openPage,
  PAGES,
  registeredTags,
  settle,
  TRUSTED_TYPES_CSP,
} from './harness.mjs';

/**
 * The fewest characters an element that rendered shows. A call to action after the first
 * one says no line of its own (once a page, #16 item 11): its text is its button, e.g. "Call us".
 */
const least = (report) => (report.tag === 'es-contact-cta' ? 5 : 20);

describeEachBrowser('strict site: CSP without inline script or style, and Trusted Types', { server: { trustedTypes: ['strict-csp.html'], trustedTypesTwice: ['strict-csp-twice.html'] } }, (suite) => {
  let run;
  let tags;
  before(async () => {
    run = await openPage(suite.browser, `${suite.server.origin}${PAGES}/strict-csp.html`);
    tags = await registeredTags(run.page);
  });

  it('is served with the strict policy and Trusted Types', async () => {
    const response = await fetch(`${suite.server.origin}${PAGES}/strict-csp.html`);
    assert.equal(response.headers.get('content-security-policy'), TRUSTED_TYPES_CSP);
  });

  it('renders every element, built-in, fetched and inline content alike', async () => {
    const report = await elementReport(run.page);
    for (const tag of tags.filter((t) => t !== 'es-practice')) {
      const mine = report.filter((r) => r.tag === tag);
      assert.ok(mine.length > 0, `the page has a ${tag}`);
      for (const element of mine) {
        assert.ok(element.text.length > least(element), `${tag} ${element.attributes} rendered its text`);
        // Only the deliberately unknown set shows the kind "cannot show this" message.
        assert.equal(element.error, element.attributes.includes('no-such-set'), `${tag} ${element.attributes}: error state`);
      }
    }
  });

  it('keeps working when every control is used (buttons, disclosures, the note, keeping notes)', async () => {
    const { page } = run;
    await installHelpers(page);
    for (let round = 0; round < 2; round++) {
      const count = await page.evaluate(() => window.__e2e.deepAll(document, 'button, summary, input[type=checkbox]').length);
      for (let i = 0; i < count; i++) {
        await page.evaluate((n) => {
          const el = window.__e2e.deepAll(document, 'button, summary, input[type=checkbox]')[n];
          if (!el || !window.__e2e.isVisible(el)) return;
          const host = window.__e2e.describe(el);
          // Leaving the page, and saving a file to disk, are proved elsewhere.
          if (host.startsWith('es-quick-exit') || el.id === 'download') return;
          el.click();
        }, i);
        await settle(page);
      }
    }
    const note = await page.evaluate(() => {
      const field = window.__e2e.deepAll(document, 'textarea')[0];
      if (!field) return false;
      field.focus();
      return true;
    });
    assert.ok(note, 'a note field exists');
    await page.keyboard.type('A note typed under a strict policy.');
    await settle(page);
    assert.deepEqual(run.errors, []);
  });

  it('records zero Content-Security-Policy violations and no foreign request', async () => {
    const violations = await run.page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
  });

  it('uses no inline style attributes anywhere in its shadow roots', async () => {
    const styled = await run.page.evaluate(() =>
      window.__e2e
        .deepAll(document, '[style]')
        .filter((el) => el.getRootNode() !== document)
        .map((el) => window.__e2e.describe(el)),
    );
    assert.deepEqual(styled, []);
  });

  it('really is under Trusted Types: a policy the page did not allow is refused', async () => {
    const supported = await run.page.evaluate(() => typeof window.trustedTypes !== 'undefined');
    if (suite.name === 'chromium') assert.ok(supported, 'Chromium has Trusted Types');
    // Firefox ESR may not have Trusted Types yet: then the CSP part above is what applies there.
    if (!supported) return;
    const refused = await run.page.evaluate(() => {
      try {
        window.trustedTypes.createPolicy('intruder', { createHTML: (s) => s });
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(refused, 'createPolicy("intruder") throws');
  });

  it('would have seen a violation: the probe records an inline style the policy blocks (control)', async () => {
    const seen = await run.page.evaluate(async () => {
      // The violation event is what the probe records: wait for it (the test's 10 s limit bounds this).
      const reported = new Promise((done) => document.addEventListener('securitypolicyviolation', done, { once: true }));
      document.body.setAttribute('style', 'outline: 1px solid red');
      await reported;
      await new Promise((done) => requestAnimationFrame(done));
      return window.__violations.filter((v) => v.startsWith('style-src')).length;
    });
    assert.ok(seen >= 1, 'the blocked style attribute was reported');
  });

  // Last: it opens a page of its own, and WebKitWebDriver holds one page (session) at a time.
  it('with the script tag included twice, needs only \'allow-duplicates\' added to the policy', async () => {
    // Each copy of Lit creates its `lit-html` policy; without 'allow-duplicates' the
    // second copy's creation is refused (the first copy still runs the page).
    const twice = await openPage(suite.browser, `${suite.server.origin}${PAGES}/strict-csp-twice.html`);
    const report = await elementReport(twice.page);
    assert.ok(report.some((r) => r.registered), 'the elements are registered');
    assert.ok(report.every((r) => !r.registered || r.text.length > least(r)), 'and every registered one rendered its text');
    assert.deepEqual(await twice.page.evaluate(() => window.__violations), []);
    assert.deepEqual(twice.errors, []);
    await twice.page.close();
  });
});
