/**
 * Loads every story of the static Storybook build (storybook-static/) in headless
 * Chromium, in the light and dark themes, and runs axe (WCAG 2.2 A/AA) on each.
 * Exits non-zero when any story has a violation. Run by .ci/run after build-storybook.
 *
 *   node scripts/storybook-axe.mjs [--only <story-id-substring>]
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';
import { startServer } from './static-server.mjs';

const ROOT = 'storybook-static';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'];
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;

const server = await startServer({ root: ROOT });
const { origin } = server;

const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));

const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
await page.setViewport({ width: 1024, height: 800 });
let failures = 0;
let checked = 0;

/** Renders one story in one theme; returns its axe violations. Throws when it does not render. */
async function check(url) {
  const errors = [];
  const onError = (error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    // Wait until the story has rendered and every element inside has finished updating.
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 10000 });
    await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('es-'));
      await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    if (errors.length) throw new Error(errors[0]);
    await page.addScriptTag({ path: AXE_PATH });
    return await page.evaluate(async (tags) => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
    }, TAGS);
  } finally {
    page.off('pageerror', onError);
  }
}

for (const story of stories) {
  for (const theme of THEMES) {
    checked++;
    const label = `${story.title} / ${story.name} (${theme})`;
    try {
      const violations = await check(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
      // A line every ten checks, so a CI log never sits silent for minutes.
      if (checked % 10 === 0) console.log(`  ${checked} of ${stories.length * THEMES.length} checked`);
      if (!violations.length) continue;
      failures++;
      console.log(`✗ ${label}`);
      for (const v of violations) console.log(`    ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
    } catch (error) {
      failures++;
      console.log(`✗ ${label}: the story did not render: ${error.message.split('\n')[0]}`);
    }
  }
}

await browser.close();
await server.close();

console.log(`\naxe on Storybook: ${stories.length} stories × ${THEMES.length} themes = ${checked} checks, ${failures} with violations.`);
process.exit(failures ? 1 : 0);
