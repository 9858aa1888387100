/**
 * The snippet builder (builder/, issue #18 item 5), in a real browser:
 * - a therapist fills the form with the keyboard and sees the real elements in the
 *   preview with the settings given;
 * - the code to copy carries the script tag, the settings, the box reserves and the
 *   quick exit first with its fallback link; hostile values are escaped or refused;
 * - copying puts the code on the clipboard, or selects it where the browser refuses;
 * - the key check: the copied code pasted into a plain host page (and the Squarespace
 *   header + Code Block into one) renders every chosen element, with no page error and
 *   no request off the page's origin;
 * - the page shipped in the package (scripts/build-builder.mjs → dist/builder/) works
 *   from its own folder; the page is accessible and fits 320 px.
 * The pure part, builder/snippet.js, is unit-tested on its own (no browser) in
 * test/e2e/builder-snippet.e2e.mjs; what both share is in test/e2e/builder-helpers.mjs.
 *
 * Run: E2E_BROWSERS=chromium node --test test/e2e/builder.e2e.mjs   (after npx rollup -c)
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, it } from 'node:test';
import { measureLayoutShift } from '../../scripts/layout-shift.mjs';
import { ROOT, describeEachBrowser, elementReport, foreignRequests, launch, openPage, settle, waitFor } from './harness.mjs';
import {
  axe,
  choosePlatform,
  codeParts,
  fillForm,
  HOSTILE_NAME,
  hostPage,
  previewReport,
  RESERVE,
  RESERVE_FIXTURE,
  SERVED,
  strictFor,
  TMP,
  TMP_URL,
  typeInto,
  waitForPreview,
} from './builder-helpers.mjs';

const run = promisify(execFile);

describeEachBrowser('the snippet builder page', { vendor: true, server: { headers: strictFor } }, (suite) => {
  before(async () => {
    await mkdir(TMP, { recursive: true });
    // The page shipped in the package, laid out as in dist/: builder/ beside cdn/.
    const reserve = existsSync(RESERVE) ? RESERVE : join(TMP, 'reserve-fixture.css');
    if (!existsSync(RESERVE)) await writeFile(reserve, RESERVE_FIXTURE);
    await rm(join(TMP, 'dist'), { recursive: true, force: true });
    await cp(join(SERVED, 'dist/cdn'), join(TMP, 'dist/cdn'), { recursive: true });
    await run(process.execPath, [join(ROOT, 'scripts/build-builder.mjs'), '--out', join(TMP, 'dist/builder'), '--reserve', reserve]);
  });

  /** The builder as `npm start` serves it when the reserve file exists; else the shipped copy (which carries the fixture). */
  const builderUrl = () => (existsSync(RESERVE) ? `${suite.server.origin}/builder/` : `${suite.server.origin}${TMP_URL}/dist/builder/`);

  it('fills in with the keyboard; the preview shows every chosen element with the settings given', async () => {
    const run = await openPage(suite.browser, builderUrl());
    const { page } = run;
    await fillForm(page, { origin: suite.server.origin });
    await waitForPreview(page, () => {
      const doc = document.getElementById('preview').contentDocument;
      const practice = doc?.querySelector('es-practice');
      return practice?.getAttribute('region') === 'gb' && practice.getAttribute('contact-url') === 'https://harbour.example/contact' && doc.querySelectorAll('es-practice > *').length === 6;
    });
    const report = await previewReport(page);
    assert.deepEqual(report.practice, {
      name: 'Harbour Counselling',
      'contact-url': 'https://harbour.example/contact',
      phone: '+44 20 7946 0000',
      region: 'gb',
      'exit-url': 'https://example.org/weather',
      locale: 'en',
    });
    const byTag = Object.fromEntries(report.elements.map((el) => [el.tag, el]));
    assert.deepEqual(report.elements.map((el) => el.tag), ['es-quick-exit', 'es-article-reader', 'es-reflection-card', 'es-safety-compare', 'es-support-resources', 'es-contact-cta']);
    assert.ok(report.elements.every((el) => el.defined), 'every element defined');
    assert.deepEqual(byTag['es-quick-exit'].light, [['Leave this page', 'https://example.org/weather']], 'the fallback link, to the exit page');
    assert.match(byTag['es-quick-exit'].text, /Leave this page/);
    assert.equal(byTag['es-article-reader'].attributes.article, 'rebuilding-safety-and-trust');
    assert.match(byTag['es-article-reader'].text, /How Therapy Helps You Rebuild Emotional Safety and Trust/);
    assert.ok(byTag['es-reflection-card'].hasTextarea, 'the card offers a note');
    assert.match(byTag['es-reflection-card'].text, /Keep my notes on this device/);
    assert.match(byTag['es-safety-compare'].text, /What emotional safety is, and is not/);
    assert.match(byTag['es-support-resources'].text, /999/, 'United Kingdom lines');
    assert.deepEqual(byTag['es-contact-cta'].links[0], ['Talk with Harbour Counselling', 'https://harbour.example/contact']);
    assert.deepEqual(run.errors, []);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), [], 'nothing sent anywhere');
    await page.close();
  });

  it('shows the code: script tag, settings, reserves, and the quick exit first with its fallback link', async () => {
    const run = await openPage(suite.browser, builderUrl());
    const { page } = run;
    await fillForm(page, { origin: suite.server.origin });
    const [html] = await codeParts(page);
    assert.equal(html.id, 'html');
    const text = html.text;
    assert.ok(text.startsWith(`<script type="module" src="${suite.server.origin}/dist/cdn/emotional-safety.js"></script>\n`));
    for (const part of ['name="Harbour Counselling"', 'contact-url="https://harbour.example/contact"', 'phone="+44 20 7946 0000"', 'region="gb"', 'exit-url="https://example.org/weather"']) {
      assert.ok(text.includes(part), part);
    }
    const firstElement = text.indexOf('<es-', text.indexOf('<es-practice') + 1);
    assert.equal(text.indexOf('<es-quick-exit><a href="https://example.org/weather">Leave this page</a></es-quick-exit>'), firstElement, 'the quick exit first, with its link');
    assert.match(text, /<style>\n {2}es-quick-exit:not\(:defined\)/);
    assert.ok(text.split('\n').length > 10, 'readable, several lines');
    // WordPress: sent to the plugin, with its settings and blocks; no script to paste.
    await choosePlatform(page, 'wordpress');
    assert.equal(await page.$eval('.steps[data-platform=wordpress]', (el) => el.hidden), false);
    assert.match(await page.$eval('.steps[data-platform=wordpress]', (el) => el.textContent), /emotional-safety-elements\.zip/);
    const wordpress = await codeParts(page);
    assert.deepEqual(wordpress.map((p) => p.id), ['wordpress-settings', 'wordpress-blocks']);
    assert.ok(!wordpress.some((p) => p.text.includes('<script')));
    await choosePlatform(page, 'wix');
    assert.match(await page.$eval('.steps[data-platform=wix]', (el) => el.textContent), /Access-Control-Allow-Origin/);
    assert.match((await codeParts(page))[0].text, /Tag Name: es-quick-exit/);
    assert.deepEqual(run.errors, []);
    await page.close();
  });

  it('escapes a hostile name and refuses a javascript: link, with a kind message', async () => {
    const run = await openPage(suite.browser, builderUrl());
    const { page } = run;
    await fillForm(page, { origin: suite.server.origin, name: HOSTILE_NAME, contactUrl: 'javascript:alert(1)' });
    const problem = await page.$eval('#contactUrl-problem', (el) => ({ hidden: el.hidden, text: el.textContent }));
    assert.equal(problem.hidden, false);
    assert.match(problem.text, /https:\/\/.*mailto:/);
    assert.equal(await page.$eval('#contactUrl', (el) => el.getAttribute('aria-invalid')), 'true');
    const [html] = await codeParts(page);
    assert.ok(html.text.includes('name="Sam &quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"'));
    assert.ok(!html.text.includes('javascript:'));
    await waitForPreview(page, (name) => document.getElementById('preview').contentDocument?.querySelector('es-practice')?.getAttribute('name') === name, HOSTILE_NAME);
    const report = await previewReport(page);
    assert.equal(report.practice.name, HOSTILE_NAME, 'the name is an attribute value, as typed');
    assert.equal(report.practice['contact-url'], undefined, 'the javascript: link is not used');
    assert.equal(report.scripts, 1, 'no script element was created from the name');
    assert.equal(report.pwned, false);
    const cta = report.elements.find((el) => el.tag === 'es-contact-cta');
    assert.ok(cta.text.includes(HOSTILE_NAME), `the name shown as text: ${cta.text}`);
    // Fixing the link clears the message.
    await typeInto(page, '#contactUrl', 'mailto:hello@example.com');
    await page.keyboard.press('Tab');
    assert.equal(await page.$eval('#contactUrl-problem', (el) => el.hidden), true);
    assert.ok((await codeParts(page))[0].text.includes('contact-url="mailto:hello@example.com"'));
    assert.deepEqual(run.errors, []);
    await page.close();
  });

  it('copies the code to the clipboard and says so; where the browser refuses, selects it', async () => {
    const origin = suite.server.origin;
    if (suite.name === 'chromium') {
      await suite.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    }
    const run = await openPage(suite.browser, builderUrl());
    const { page } = run;
    await fillForm(page, { origin });
    // Record what reaches writeText (Firefox cannot read the clipboard back headless).
    await page.evaluate(() => {
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text) => {
        window.__written = text;
        return original(text);
      };
    });
    await page.focus('#parts .part button.copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#parts .part [role=status]').textContent !== '', { timeout: 5000 });
    const state = await page.$eval('#parts .part [role=status]', (el) => ({ state: el.dataset.state, text: el.textContent }));
    const code = (await codeParts(page))[0].text;
    assert.equal(state.state, 'copied', state.text);
    assert.match(state.text, /^Copied/);
    assert.equal(await page.evaluate(() => window.__written), code);
    if (suite.name === 'chromium') assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'on the clipboard');

    // The browser refuses: the code is selected in its text box for Ctrl+C.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await page.click('#parts .part button.copy');
    await page.waitForFunction(() => document.querySelector('#parts .part [role=status]').dataset.state === 'selected', { timeout: 5000 });
    const selection = await page.evaluate(() => {
      const box = document.activeElement;
      return { tag: box.localName, readOnly: box.readOnly, selected: box.value.slice(box.selectionStart, box.selectionEnd), status: document.querySelector('#parts .part [role=status]').textContent };
    });
    assert.equal(selection.tag, 'textarea');
    assert.ok(selection.readOnly);
    assert.equal(selection.selected, code, 'the whole code selected');
    assert.match(selection.status, /Ctrl\+C/);
    assert.deepEqual(run.errors, []);
    await page.close();
  });

  /** Fills the builder for `platform` and returns its code parts, with the script served from this origin. */
  async function codeFor(platform) {
    const run = await openPage(suite.browser, builderUrl());
    await fillForm(run.page, { origin: suite.server.origin, platform });
    const parts = await codeParts(run.page);
    assert.deepEqual(run.errors, []);
    await run.page.close();
    return parts;
  }

  /** Opens a plain host page with the code pasted in; checks every chosen element renders, no error, nothing off-origin. */
  async function checkHostPage(file, head, body) {
    const content = `<main>\n<h1>About our practice</h1>\n<p>We offer individual and couples therapy.</p>\n${body}\n<p>Thank you for reading.</p>\n</main>`;
    await writeFile(join(TMP, file), hostPage(head, content));
    const run = await openPage(suite.browser, `${suite.server.origin}${TMP_URL}/${file}`);
    const { page } = run;
    await settle(page);
    // The reader ends with its own call to action (an es-contact-cta in its shadow root): one line per tag.
    const report = (await elementReport(page)).filter((el, i, all) => all.findIndex((other) => other.tag === el.tag) === i);
    const expected = ['es-quick-exit', 'es-article-reader', 'es-reflection-card', 'es-safety-compare', 'es-support-resources', 'es-contact-cta'];
    assert.deepEqual(report.map((el) => el.tag).sort(), [...expected].sort(), 'every chosen element is on the page');
    for (const el of report) {
      assert.ok(el.registered, `${el.tag} defined`);
      assert.ok(!el.error, `${el.tag} shows no error`);
      assert.ok(!el.hidden, `${el.tag} shown`);
      assert.ok(el.text.length > 10, `${el.tag} rendered text: "${el.text}"`);
    }
    const seen = await page.evaluate(() => ({
      exit: [...document.querySelectorAll('es-quick-exit > a')].map((a) => [a.textContent, a.getAttribute('href')]),
      first: [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('es-') && el.localName !== 'es-practice')?.localName,
      compare: document.querySelector('es-safety-compare').shadowRoot.textContent.includes('What emotional safety is, and is not'),
      support999: document.querySelector('es-support-resources').shadowRoot.textContent.includes('999'),
      cta: [...document.querySelector('es-contact-cta').shadowRoot.querySelectorAll('a')].map((a) => a.textContent.trim()),
    }));
    assert.deepEqual(seen.exit, [['Leave this page', 'https://example.org/weather']]);
    assert.equal(seen.first, 'es-quick-exit', 'the quick exit comes before the other elements');
    assert.ok(seen.compare && seen.support999, 'the settings reached the elements');
    assert.ok(seen.cta.includes('Talk with Harbour Counselling'));
    assert.deepEqual(run.errors, [], 'no page error, no failed request');
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), [], 'no request off the page’s origin');
    assert.ok(run.requests.some((r) => r.url === `${suite.server.origin}/dist/cdn/emotional-safety.js`), 'the script came from the address given');
    await page.close();
  }

  it('the copied plain-HTML code, pasted into a plain host page, renders every element; no error, nothing off-origin', async () => {
    const [html] = await codeFor('html');
    await checkHostPage(`host-html-${suite.name}.html`, '', html.text);
  });

  it('the Squarespace code, header and Code Block pasted where Squarespace puts them, renders every element', async () => {
    const [header, block] = await codeFor('squarespace');
    assert.deepEqual([header.id, block.id], ['squarespace-header', 'squarespace-block']);
    await checkHostPage(`host-squarespace-${suite.name}.html`, header.text, block.text);
  });

  /**
   * Layout shift of a host page with the code pasted in, at 390, 800 and 1280 px and on
   * Slow 4G with a 4× slower CPU: the failures, one line each.
   */
  async function shiftsOf(file, head, body) {
    await writeFile(join(TMP, file), hostPage(head, body));
    const found = [];
    for (const [width, slow] of [[390, false], [800, false], [1280, false], [390, true], [1280, true]]) {
      const { cls, shifts } = await measureLayoutShift(suite.browser, `${suite.server.origin}${TMP_URL}/${file}`, { width, slow });
      if (cls > 0.01) found.push(`${file} at ${width} px${slow ? ', Slow 4G' : ''}: CLS ${cls.toFixed(3)} ${JSON.stringify(shifts)}`);
    }
    return found;
  }

  // Layout-shift entries (the Layout Instability API) are Chromium's: these run there only.
  if (suite.name === 'chromium') {
    it('the Squarespace code keeps the page still: layout shift ≤ 0.01 at 390, 800, 1280 px, also on Slow 4G (Chromium)', async () => {
      const [header, block] = await codeFor('squarespace');
      const body = `<main><h1>About our practice</h1>\n${block.text}<p>Thank you for reading.</p></main>`;
      assert.deepEqual(await shiftsOf(`cls-squarespace-${suite.name}.html`, header.text, body), []);
    });

    it('the plain-HTML code pasted at the top of <body> keeps the page still: layout shift ≤ 0.01 (Chromium)', async () => {
      const [html] = await codeFor('html');
      // Where the builder says to paste it: first in <body>, so the quick exit (first in
      // <es-practice>, after the snippet's own <script> and <style>) is the first thing on the page.
      const body = `${html.text}<main><h1>About our practice</h1><p>We offer individual and couples therapy.</p></main>`;
      assert.deepEqual(await shiftsOf(`cls-html-${suite.name}.html`, '', body), []);
    });
  }

  it('leaving from the preview stays inside the preview, and the preview comes back', async () => {
    const run = await openPage(suite.browser, builderUrl());
    const { page } = run;
    const builder = page.url();
    await waitForPreview(page, () => document.getElementById('preview').contentDocument?.querySelector('es-quick-exit')?.shadowRoot?.querySelector('button'));
    await page.evaluate(() => document.getElementById('preview').contentDocument.querySelector('es-quick-exit').shadowRoot.querySelector('button').click());
    await page.waitForFunction(() => document.getElementById('preview').contentDocument?.location.pathname.endsWith('/exit-preview.html'), { timeout: 5000 });
    assert.equal(page.url(), builder, 'the builder itself stayed');
    await page.waitForFunction(() => !document.getElementById('reload-row').hidden, { timeout: 5000 });
    await page.click('#reload-preview');
    await waitForPreview(page, () => document.getElementById('preview').contentDocument?.querySelectorAll('es-practice > *').length === 4);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), [], 'the exit page was not requested');
    // Chromium reports the element's try at the whole tab, which the preview's sandbox refuses on purpose.
    const refusedTop = /^console\.error: Unsafe attempt to initiate navigation .* sandboxed/s;
    assert.deepEqual(run.errors.filter((e) => !refusedTop.test(e)), []);
    await page.close();
  });

  it('the page shipped in the package works from dist/builder/: its script, its reserves, its preview', async () => {
    const shipped = await readFile(join(TMP, 'dist/builder/preview.html'), 'utf8');
    assert.ok(shipped.includes('src="../cdn/emotional-safety.js"') && shipped.includes('href="reserve.css"'));
    const run = await openPage(suite.browser, `${suite.server.origin}${TMP_URL}/dist/builder/`);
    const { page } = run;
    await waitForPreview(page, () => document.getElementById('preview').contentDocument?.querySelectorAll('es-practice > *').length === 4);
    const report = await previewReport(page);
    assert.ok(report.elements.every((el) => el.defined), 'every element defined');
    // With no contact details yet, the call to action hides itself, as it says it does.
    assert.ok(report.elements.filter((el) => el.tag !== 'es-contact-cta').every((el) => el.text.length > 10), 'the preview renders');
    assert.match((await codeParts(page))[0].text, /<style>\n {2}es-quick-exit:not\(:defined\)/, 'the reserves are in the code');
    assert.ok(run.requests.some((r) => r.url.endsWith(`${TMP_URL}/dist/cdn/emotional-safety.js`)));
    assert.deepEqual(run.errors, []);
    assert.deepEqual(foreignRequests(run.requests, suite.server.origin), []);
    await page.close();
  });

  it('is accessible: no axe violations, light and dark, and no sideways scroll at 320 px', async () => {
    const run = await openPage(suite.browser, builderUrl());
    const { page } = run;
    await fillForm(page, { origin: suite.server.origin, contactUrl: 'javascript:alert(1)' });
    assert.deepEqual(await axe(page), []);
    if (suite.name === 'chromium') {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      assert.deepEqual(await axe(page), [], 'dark');
    } else {
      // No media emulation without CDP: the same form in a browser started dark.
      const dark = await launch(suite.name, { dark: true });
      try {
        const darkRun = await openPage(dark, builderUrl());
        assert.ok(await darkRun.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme in force');
        await fillForm(darkRun.page, { origin: suite.server.origin, contactUrl: 'javascript:alert(1)' });
        assert.deepEqual(await axe(darkRun.page), [], 'dark');
      } finally {
        await dark.close();
      }
    }
    await page.setViewport({ width: 320, height: 640 });
    // The new width has reached the page (its layout), however long the resize took.
    const widths = await waitFor('the 320 px viewport to reach the page', () =>
      page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, innerWidth]),
      { until: ([, , inner]) => inner === 320 },
    );
    assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide in a ${widths[1]} px window`);
    assert.deepEqual(run.errors, []);
    await page.close();
  });
});
