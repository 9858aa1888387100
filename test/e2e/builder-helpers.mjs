/**
 * What the snippet builder's suites share (test/e2e/builder.e2e.mjs, the page in a browser,
 * and test/e2e/builder-snippet.e2e.mjs, builder/snippet.js on its own): the scratch space
 * served by the harness's server, the reserve fixture and a hostile name, and what a
 * therapist does on the page with the keyboard, with what the preview and the code show.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { ROOT } from './harness.mjs';

/** The tree the harness's server serves (E2E_ROOT: a trial build laid out like the repository). */
export const SERVED = process.env.E2E_ROOT || ROOT;
/** Scratch space, git-ignored and served by the harness's server. */
export const TMP = join(SERVED, 'bench/.tmp/builder-e2e');
export const TMP_URL = '/bench/.tmp/builder-e2e';
export const RESERVE = join(SERVED, 'src/embed/reserve.css');
/** Used when src/embed/reserve.css is not there yet: the shape it has (es-…:not(:defined) rules). */
export const RESERVE_FIXTURE = `/* fixture */
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

export const HOSTILE_NAME = 'Sam "><script>window.__pwned=1</script>';

/** The builder and its shipped copy get the strict CSP `npm start` serves everything with. */
export const strictFor = (pathname) =>
  pathname.startsWith('/builder/') || pathname.startsWith(`${TMP_URL}/dist/builder/`) ? { 'Content-Security-Policy': STRICT_CSP } : {};

/** Types into a field with the keyboard, replacing what was there. */
export async function typeInto(page, selector, text) {
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
export async function choosePlatform(page, value) {
  await page.focus('input[name=platform]:checked');
  for (let i = 0; i < 4; i++) {
    if ((await page.$eval('input[name=platform]:checked', (el) => el.value)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.$eval('input[name=platform]:checked', (el) => el.value), value);
}

/** What a reader sees in the preview: each element's attributes and shown text. */
export async function previewReport(page) {
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
export async function waitForPreview(page, predicate, arg) {
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
export async function axe(page) {
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
export function hostPage(head, body) {
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
export async function fillForm(page, { origin, platform = 'html', name = 'Harbour Counselling', contactUrl = 'https://harbour.example/contact' } = {}) {
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
export function codeParts(page) {
  return page.$$eval('#parts .part', (parts) => parts.map((part) => ({ id: part.dataset.part, text: part.querySelector('textarea').value })));
}
