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
 * The pure part, builder/snippet.js, is unit-tested first (no browser).
 *
 * Run: E2E_BROWSERS=chromium node --test test/e2e/builder.e2e.mjs   (after npx rollup -c)
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { before, describe, it } from 'node:test';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { measureLayoutShift } from '../../scripts/layout-shift.mjs';
import { ROOT, describeEachBrowser, elementReport, foreignRequests, launch, openPage, settle, waitFor } from './harness.mjs';
import {
  acceptUrl,
  check,
  defaultChoices,
  elementTags,
  escapeAttribute,
  htmlSnippet,
  reserveRules,
  snippetParts,
  wixSheet,
  wordpressBlocks,
} from '../../builder/snippet.js';

const run = promisify(execFile);

/** The tree the harness's server serves (E2E_ROOT: a trial build laid out like the repository). */
const SERVED = process.env.E2E_ROOT || ROOT;
/** Scratch space, git-ignored and served by the harness's server. */
const TMP = join(SERVED, 'bench/.tmp/builder-e2e');
const TMP_URL = '/bench/.tmp/builder-e2e';
const RESERVE = join(SERVED, 'src/embed/reserve.css');
/** Used when src/embed/reserve.css is not there yet: the shape it has (es-…:not(:defined) rules). */
const RESERVE_FIXTURE = `/* fixture */
es-quick-exit:not(:defined) { display: flex; min-height: 3.3rem; }
es-article-reader:not(:defined),
es-safety-compare:not(:defined) { display: block; min-height: 100vh; }
es-reflection-card:not(:defined) { display: block; min-height: 22em; }
@media (min-width: 40em) {
  es-safety-compare:not(:defined) { min-height: 42em; }
  es-safety-compare[set='is-vs-is-not']:not(:defined) { min-height: 31em; }
}
:is(es-article-reader, es-safety-compare, es-contact-cta):not(:defined):not(:first-child) { margin-block-start: 1.5em; }
es-practice:not(:defined) { display: block; }
`;

const HOSTILE_NAME = 'Sam "><script>window.__pwned=1</script>';

// ---------------------------------------------------------------------------------------
// builder/snippet.js: options in, text out
// ---------------------------------------------------------------------------------------

describe('builder/snippet.js', () => {
  const reserveCss = RESERVE_FIXTURE;
  const choices = {
    ...defaultChoices(),
    name: 'Harbour Counselling',
    contactUrl: 'mailto:hello@example.com',
    phone: '+44 20 7946 0000',
    region: 'gb',
    exitUrl: 'https://example.org/weather',
    scriptUrl: 'https://www.example.com/files/emotional-safety.js',
    articleReader: true,
    article: 'rebuilding-safety-and-trust',
    reflectionCard: true,
    journal: true,
    persist: true,
    compareSet: 'is-vs-is-not',
    reserveCss,
  };

  it('escapes attribute values and accepts only http(s), mailto and tel links', () => {
    assert.equal(escapeAttribute(`a"b<c>&'d`), 'a&quot;b&lt;c&gt;&amp;&#39;d');
    assert.equal(acceptUrl('https://example.com/x', ['https:']), 'https://example.com/x');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'https://', '//evil.example', 'example.com']) {
      assert.equal(acceptUrl(bad, ['https:', 'http:', 'mailto:', 'tel:']), null, bad);
    }
    const { values, problems } = check({ ...choices, contactUrl: 'javascript:alert(1)', exitUrl: 'data:text/html,hi', scriptUrl: 'javascript:x' });
    assert.deepEqual(values, { contactUrl: '', exitUrl: '', scriptUrl: '' });
    assert.match(problems.contactUrl, /https:\/\/.*mailto:.*tel:/);
    assert.match(problems.exitUrl, /https:\/\//);
    assert.match(problems.scriptUrl, /https:\/\//);
    assert.match(check({ ...choices, contactUrl: 'hello@example.com' }).problems.contactUrl, /mailto:hello@example\.com/);
    assert.equal(check({ ...choices, scriptUrl: '/js/emotional-safety.js' }).values.scriptUrl, '/js/emotional-safety.js');
    assert.equal(check({ ...choices, contactUrl: 'tel:+442079460000' }).values.contactUrl, 'tel:+442079460000');
  });

  it('writes readable HTML: the script tag, the reserves, <es-practice> with the settings, the quick exit first with its link', () => {
    const text = htmlSnippet(choices);
    const lines = text.trim().split('\n');
    assert.ok(lines.length > 10 && lines.every((line) => line.length <= 100), 'multi-line, no long lines');
    assert.equal(lines[0], '<script type="module" src="https://www.example.com/files/emotional-safety.js"></script>');
    for (const part of ['name="Harbour Counselling"', 'contact-url="mailto:hello@example.com"', 'phone="+44 20 7946 0000"', 'region="gb"', 'exit-url="https://example.org/weather"', 'locale="en"']) {
      assert.ok(text.includes(part), part);
    }
    assert.ok(!text.includes('theme='), 'no theme: the elements follow the site');
    const tags = [...text.matchAll(/<(es-[a-z-]+)/g)].map((m) => m[1]);
    assert.deepEqual(tags, ['es-practice', 'es-quick-exit', 'es-article-reader', 'es-reflection-card', 'es-safety-compare', 'es-support-resources', 'es-contact-cta']);
    assert.ok(text.includes('<es-quick-exit><a href="https://example.org/weather">Leave this page</a></es-quick-exit>'));
    assert.ok(text.includes('<es-article-reader article="rebuilding-safety-and-trust"></es-article-reader>'));
    assert.ok(text.includes('<es-reflection-card journal persist></es-reflection-card>'));
    assert.ok(text.includes('<es-safety-compare set="is-vs-is-not"></es-safety-compare>'));
    assert.match(text, /<style>\n {2}es-quick-exit:not\(:defined\) \{\n {4}display: flex;/);
    assert.ok(text.indexOf('<style>') < text.indexOf('<es-practice'));
    // Spanish: the fallback link speaks the page's language.
    assert.ok(htmlSnippet({ ...choices, locale: 'es' }).includes('>Salir de esta página</a>'));
    // No exit page given: the element's neutral default, never an empty link.
    assert.ok(htmlSnippet({ ...choices, exitUrl: '' }).includes('<a href="https://www.bbc.com/weather">'));
  });

  it('escapes a hostile name and leaves out a javascript: link', () => {
    const text = htmlSnippet({ ...choices, name: HOSTILE_NAME, contactUrl: 'javascript:alert(1)' });
    assert.ok(text.includes('name="Sam &quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"'));
    assert.ok(!text.includes('javascript:'));
    assert.equal(text.match(/<script/g).length, 1, 'only the module script tag');
  });

  it('keeps only the reserve rules of the chosen elements (and the provider)', () => {
    const only = reserveRules(reserveCss, ['es-practice', 'es-safety-compare']);
    assert.match(only, /^es-safety-compare:not\(:defined\) \{/m);
    assert.match(only, /@media \(min-width: 40em\) \{\n {2}es-safety-compare:not\(:defined\) \{\n {4}min-height: 42em;/);
    assert.match(only, /es-practice:not\(:defined\)/);
    assert.doesNotMatch(only, /es-article-reader|es-quick-exit|es-reflection-card/);
    assert.match(only, /^:is\(es-safety-compare\):not\(:defined\):not\(:first-child\) \{/m, ':is() lists narrowed to the chosen elements');
    assert.match(only, /is-vs-is-not/, 'without the snippet’s attributes, every set’s rule');
    const safeSet = new Map([['es-safety-compare', [['set', 'safe-vs-unsafe']]]]);
    assert.doesNotMatch(reserveRules(reserveCss, ['es-safety-compare'], '', safeSet), /is-vs-is-not/, 'only the rules for the chosen set');
    assert.doesNotMatch(reserveRules(reserveCss, ['es-reflection-card']), /:is\(/, 'an :is() with no chosen element is dropped');
    assert.equal(reserveRules(reserveCss, ['es-support-resources']), '');
    assert.deepEqual(elementTags('es-practice:not(:defined) > :not(:first-child):not(es-quick-exit)'), ['es-practice']);
    assert.deepEqual(elementTags("es-safety-compare[set='is-vs-is-not']:not(:defined)"), ['es-safety-compare']);
    const none = htmlSnippet({ ...choices, reserveCss: '' });
    assert.ok(!none.includes('<style>'), 'no reserve file, no empty <style>');
  });

  it('splits Squarespace into the header (script, reserves, quick exit) and a Code Block', () => {
    const [header, block] = snippetParts(choices, 'squarespace');
    assert.match(header.text, /^<script type="module"/);
    assert.ok(header.text.includes('<es-quick-exit><a href="https://example.org/weather">Leave this page</a></es-quick-exit>'));
    assert.ok(!block.text.includes('es-quick-exit'));
    assert.match(block.text, /^<es-practice\n {2}name="Harbour Counselling"/);
  });

  it('lists each Wix Custom Element with the practice settings on it, and WordPress blocks in camelCase', () => {
    const sheet = wixSheet(choices);
    assert.match(sheet, /Server URL \(for every element\): https:\/\/www\.example\.com\/files\/emotional-safety\.js/);
    assert.match(sheet, /Tag Name: es-quick-exit\n {3}Attribute href = https:\/\/example\.org\/weather/);
    assert.match(sheet, /Tag Name: es-support-resources\n {3}Attribute region = gb/);
    assert.match(sheet, /Attribute href = mailto:hello@example\.com\n {3}Attribute label = Talk with Harbour Counselling/);
    const blocks = wordpressBlocks({ ...choices, article: 'rebuilding-safety-and-trust' });
    assert.ok(blocks.includes('<!-- wp:emotional-safety/reflection-card {"journal":true,"persist":true} /-->'));
    assert.ok(blocks.includes('<!-- wp:emotional-safety/safety-compare {"set":"is-vs-is-not"} /-->'));
    assert.ok(!blocks.includes('quick-exit'), 'the quick exit is the settings page’s, on every page');
    const [settings] = snippetParts(choices, 'wordpress');
    assert.match(settings.text, /^Settings → Emotional safety\n/);
    assert.match(settings.text, /every page of the site”: ticked/);
    assert.match(settings.text, /Support lines for: United Kingdom/);
  });
});

// ---------------------------------------------------------------------------------------
// The page, in Chromium and Firefox
// ---------------------------------------------------------------------------------------

/** The builder and its shipped copy get the strict CSP `npm start` serves everything with. */
const strictFor = (pathname) =>
  pathname.startsWith('/builder/') || pathname.startsWith(`${TMP_URL}/dist/builder/`) ? { 'Content-Security-Policy': STRICT_CSP } : {};

/** Types into a field with the keyboard, replacing what was there. */
async function typeInto(page, selector, text) {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** Ticks or unticks a checkbox with Space. */
async function setTicked(page, selector, wanted) {
  const now = await page.$eval(selector, (el) => el.checked);
  if (now === wanted) return;
  await page.focus(selector);
  await page.keyboard.press(' ');
  assert.equal(await page.$eval(selector, (el) => el.checked), wanted, `${selector} ticked`);
}

/**
 * Chooses the option of a <select> whose text starts with `startOfText`, with the arrow keys
 * on the closed list, as a keyboard user would. (Not type-ahead: WebKit opens the list's
 * pop-up menu on a space typed more than a moment after the last letter, and the pop-up is
 * outside the page.)
 */
async function chooseOption(page, selector, startOfText, value) {
  await page.focus(selector);
  const { from, to } = await page.$eval(selector, (el, start) => ({ from: el.selectedIndex, to: [...el.options].findIndex((o) => o.text.startsWith(start)) }), startOfText);
  assert.ok(to >= 0, `${selector} has an option starting "${startOfText}"`);
  for (let i = from; i !== to; i += Math.sign(to - from)) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await page.keyboard.press('Tab');
  assert.equal(await page.$eval(selector, (el) => el.value), value, `${selector} = ${value}`);
}

/** Moves the platform radio group with the arrow keys until `value` is chosen. */
async function choosePlatform(page, value) {
  await page.focus('input[name=platform]:checked');
  for (let i = 0; i < 4; i++) {
    if ((await page.$eval('input[name=platform]:checked', (el) => el.value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.$eval('input[name=platform]:checked', (el) => el.value), value);
}

/** What a reader sees in the preview: each element's attributes and shown text. */
async function previewReport(page) {
  return page.evaluate(() => {
    const doc = document.getElementById('preview').contentDocument;
    const shown = (el) => (el.shadowRoot ? el.shadowRoot.textContent : '').replace(/\s+/g, ' ').trim();
    const practice = doc.querySelector('es-practice');
    return {
      practice: practice ? Object.fromEntries([...practice.attributes].map((a) => [a.name, a.value])) : null,
      elements: [...doc.querySelectorAll('es-practice > *')].map((el) => ({
        tag: el.localName,
        defined: Boolean(doc.defaultView.customElements.get(el.localName)),
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        text: shown(el),
        links: el.shadowRoot ? [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => [a.textContent.trim(), a.getAttribute('href')]) : [],
        light: [...el.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
        hasTextarea: Boolean(el.shadowRoot?.querySelector('textarea')),
      })),
      // (Not the WebKit adapter's hooks, which its test server puts first in every page.)
      scripts: [...doc.querySelectorAll('script')].filter((script) => !script.src.includes('/bench/.tmp/e2e-webkit/')).length,
      pwned: Boolean(doc.defaultView.__pwned || window.__pwned),
    };
  });
}

/** Waits until the preview's elements have caught up with the form and finished rendering. */
async function waitForPreview(page, predicate, arg) {
  await page.waitForFunction(predicate, { timeout: 10000 }, arg);
  await page.evaluate(async () => {
    const doc = document.getElementById('preview').contentDocument;
    const els = [...doc.querySelectorAll('es-practice, es-practice > *')];
    await Promise.all([...new Set(els.map((el) => el.localName))].map((tag) => doc.defaultView.customElements.whenDefined(tag)));
    for (let round = 0; round < 5; round++) {
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      if (els.every((el) => !el.isUpdatePending)) break;
    }
  });
}

/**
 * axe (WCAG 2.2 A/AA) on the builder page itself. The preview frame holds the package's
 * elements, which the demo-page suite checks; axe would need to be injected into it.
 */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ url: '/bench/.tmp/e2e-vendor/axe.min.js' });
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { exclude: [['#preview']] },
      { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4).join(', ')}`);
  });
}

/** A plain host page: nothing but the pasted code and some text, no CSS of its own. */
function hostPage(head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A therapist's page</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}


/** Fills the whole form with the keyboard, as a therapist would. */
async function fillForm(page, { origin, platform = 'html', name = 'Harbour Counselling', contactUrl = 'https://harbour.example/contact' } = {}) {
  await setTicked(page, '#quickExit', true);
  await setTicked(page, '#articleReader', true);
  await chooseOption(page, '#article', 'How', 'rebuilding-safety-and-trust');
  await setTicked(page, '#reflectionCard', true);
  await setTicked(page, '#journal', true);
  await setTicked(page, '#persist', true);
  await setTicked(page, '#safetyCompare', true);
  await chooseOption(page, '#compareSet', 'What', 'is-vs-is-not');
  await setTicked(page, '#supportResources', true);
  await setTicked(page, '#contactCta', true);
  await typeInto(page, '#name', name);
  await typeInto(page, '#contactUrl', contactUrl);
  await typeInto(page, '#phone', '+44 20 7946 0000');
  await chooseOption(page, '#region', 'United K', 'gb');
  await typeInto(page, '#exitUrl', 'https://example.org/weather');
  await choosePlatform(page, platform);
  await typeInto(page, '#scriptUrl', `${origin}/dist/cdn/emotional-safety.js`);
  await page.keyboard.press('Tab');
}

/** The code shown for the platform, part by part. */
function codeParts(page) {
  return page.$$eval('#parts .part', (parts) => parts.map((part) => ({ id: part.dataset.part, text: part.querySelector('textarea').value })));
}

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
