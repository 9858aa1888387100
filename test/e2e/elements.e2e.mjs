/**
 * What only a real host page can show, element by element, on a strict-CSP page
 * (test/e2e/pages/elements.html) with the built bundle: the quick exit really leaving
 * (Shift three times or a click, `location.replace`, notes erased), support lines with
 * emergency help first, the call to action from the provider, and article deep links.
 *
 * Each check needs its element in the build: an element the script-tag file does not
 * register fails its check, with that reason.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachBrowser, foreignRequests, openPage, PAGES, registeredTags, settle, waitFor, waitForSteady } from './harness.mjs';

const NOTE = 'Willow-2290 a note kept on this device';

/** Where a section heading of the article reader is, from the top of the window. */
const headingTop = (tab, id) =>
  tab.evaluate((i) => document.querySelector('es-article-reader').shadowRoot.getElementById(i)?.getBoundingClientRect().top ?? null, id);

/** Waits until the tab shows `path` (polling the URL works alike over CDP and WebDriver BiDi). */
async function arrivedAt(tab, path, timeout = 10000) {
  await waitFor(
    `the page to go to ${path} and load`,
    async () => ({ at: tab.url(), state: await tab.evaluate(() => document.readyState).catch(() => '') }),
    { until: ({ at, state }) => new URL(at).pathname === path && state === 'complete', timeout },
  );
}

describeEachBrowser('each element on a strict host page', { server: { strict: ['elements.html', 'left.html', 'earlier.html'] } }, (suite) => {
  let tags;
  const page = (hash = '') => `${suite.server.origin}${PAGES}/elements.html${hash}`;
  /** Fails the check, with why, when its element is not in the build. */
  const needs = (tag) => assert.ok(tags.includes(tag), `${tag} is not registered by this build of dist/cdn/emotional-safety.js`);
  before(async () => {
    const run = await openPage(suite.browser, page());
    tags = await registeredTags(run.page);
    assert.deepEqual(run.errors, []);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
    await run.page.close();
  });

  it('quick exit: Shift three times replaces the page, erases kept notes, and Back does not return', async () => {
    needs('es-quick-exit');
    const run = await openPage(suite.browser, `${suite.server.origin}${PAGES}/earlier.html`);
    const { page: tab } = run;
    await tab.goto(page(), { waitUntil: 'load' });
    await settle(tab);
    const lengthBefore = await tab.evaluate(() => history.length);
    if (tags.includes('es-reflection-card')) {
      await tab.evaluate(() => {
        const card = document.querySelector('es-reflection-card');
        card.shadowRoot.getElementById('keep').click();
        card.shadowRoot.querySelector('textarea').focus();
      });
      await tab.keyboard.type(NOTE);
      await settle(tab);
      assert.ok(await tab.evaluate((n) => Object.values(localStorage).some((v) => v.includes(n)), NOTE.slice(0, 11)), 'the note was kept');
      await tab.evaluate(() => document.activeElement?.blur());
    }
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
    await arrivedAt(tab, `${PAGES}/left.html`);
    assert.equal(await tab.evaluate(() => history.length), lengthBefore, 'the entry was replaced, not added');
    assert.deepEqual(await tab.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('emotional-safety-elements:'))), []);
    // Back, as the reader would press it. Firefox does not go back here at all, with or
    // without the package (it skips entries the reader never interacted with, and the
    // driven session has none), so there the unchanged history.length above is the proof.
    if (suite.name === 'chromium') {
      await tab.evaluate(() => history.back());
      await arrivedAt(tab, `${PAGES}/earlier.html`);
    }
    assert.deepEqual(run.errors, []);
    await tab.close();
  });

  it('quick exit: a click on “Leave this page” leaves at once', async () => {
    needs('es-quick-exit');
    const run = await openPage(suite.browser, page());
    const { page: tab } = run;
    const box = await tab.evaluate(() => {
      const r = document.querySelector('es-quick-exit').shadowRoot.querySelector('button').getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await tab.mouse.click(box.x, box.y);
    await arrivedAt(tab, `${PAGES}/left.html`);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
    await tab.close();
  });

  it('support resources: emergency help comes first, for the practice’s region', async () => {
    needs('es-support-resources');
    const run = await openPage(suite.browser, page());
    const phones = await run.page.evaluate(() =>
      [...document.querySelector('es-support-resources').shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
    );
    assert.ok(phones.length > 2, `phone links: ${phones}`);
    assert.equal(phones[0], 'tel:999', 'the UK emergency number (region="gb" from <es-practice>) is first');
    assert.deepEqual(run.errors, []);
    await run.page.close();
  });

  it('contact call to action: from the provider, and its own attributes win', async () => {
    needs('es-contact-cta');
    const run = await openPage(suite.browser, page());
    const links = await run.page.evaluate(() =>
      ['from-practice', 'own'].map((id) =>
        [...document.getElementById(id).shadowRoot.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent.trim()]),
      ),
    );
    const [fromPractice, own] = links;
    assert.equal(fromPractice[0][0], 'mailto:hello@harbour.example');
    assert.match(fromPractice[0][1], /Harbour Counselling/);
    assert.ok(fromPractice.some(([href]) => href === 'tel:+442079460000'), JSON.stringify(fromPractice));
    assert.deepEqual(own[0], ['https://booking.example/harbour', 'Book a first call']);
    assert.deepEqual(run.errors, []);
    await run.page.close();
  });

  it('article reader: page#section-id on arrival shows that section at the top, once the page has settled', async () => {
    needs('es-article-reader');
    const run = await openPage(suite.browser, page('#what-emotional-safety-is-not'), { viewport: { width: 1024, height: 700 } });
    // Settled: the heading has stayed put for half a second (late content above moved it, if any).
    const top = await waitForSteady('the deep-linked heading to rest at the top of the window', () => headingTop(run.page, 'what-emotional-safety-is-not'), {
      until: (at) => at !== null && at > -5 && at < 120,
      steady: 500,
    }).catch((error) => error.message);
    assert.ok(typeof top === 'number', `the deep-linked heading is at the top of the window once the page has settled (${top})`);
    assert.deepEqual(run.errors, []);
    await run.page.close();
  });

  it('article reader: a contents link moves to its section and updates the address; the end is noticed', async () => {
    needs('es-article-reader');
    const run = await openPage(suite.browser, page(), { viewport: { width: 1024, height: 700 } });
    const { page: tab } = run;
    const target = 'why-emotional-safety-can-feel-hard-to-create';
    await tab.evaluate((id) => {
      document.addEventListener('es-article-complete', () => (window.__complete = true));
      document.querySelector('es-article-reader').shadowRoot.querySelector(`a[href="#${id}"]`).click();
    }, target);
    await waitFor(`the address to show #${target}`, () => new URL(tab.url()).hash, { until: (hash) => hash === `#${target}` }).catch(() => {});
    assert.equal(new URL(tab.url()).hash, `#${target}`);
    // The move may be a smooth scroll: wait until it has come to rest at the section.
    const moved = await waitForSteady('the section heading to come to rest near the top', () => headingTop(tab, target), {
      until: (at) => at !== null && at > -5 && at < 120,
      steady: 300,
    }).catch((error) => error.message);
    assert.ok(typeof moved === 'number', `the contents link moved to its section (${moved})`);
    // Read on to the end, a screen at a time, until the reader says the article is complete.
    const complete = await waitFor(
      'es-article-complete while scrolling to the end',
      () => tab.evaluate(() => window.__complete ?? (window.scrollBy(0, innerHeight * 0.8), false)),
      { timeout: 15000, interval: 60 },
    ).catch(() => false);
    assert.equal(complete, true, 'es-article-complete fired at the end');
    assert.deepEqual(run.errors, []);
    await tab.close();
  });
});
