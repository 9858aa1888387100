/**
 * Churn: the time to create, render and remove one element, by tag, when a page adds them
 * in groups of 25 and of 250 (a single-page site swapping views; a careless site with a tag
 * in every block). Per-element time should barely depend on the group's size: a figure
 * that grows with it means the elements do work for one another (once, quick exits laid
 * the page out once per exit per exit: 308 ms each in groups of 250). Chromium, the
 * memory page's `churn` (test/e2e/pages/memory.js); median of 3 runs, ms per element.
 *
 *   node bench/churn.mjs      (after `npm run build`)
 */
import { launch, openPage, registeredTags, startE2EServer } from '../test/e2e/harness.mjs';
import { median, requireBuild } from './lib.mjs';

requireBuild();
const COUNT = 250;
const server = await startE2EServer();
const browser = await launch('chromium');
try {
  const { page } = await openPage(browser, `${server.origin}/test/e2e/pages/memory.html`);
  await page.evaluate(() => customElements.whenDefined('es-quick-exit'));
  const tags = (await registeredTags(page)).filter((tag) => tag !== 'es-practice');
  const perElement = async (list, group) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      await page.evaluate((t, g, n) => window.churn(n, g, t), ['es-practice', ...list], group, COUNT);
      runs.push((Date.now() - started) / COUNT);
    }
    return median(runs);
  };
  // Warm up: compile the code and fill the template caches.
  await page.evaluate((t) => window.churn(100, 25, t), ['es-practice', ...tags]);
  console.log(`ms per element, created, rendered and removed (${COUNT} of each, median of 3):`);
  console.log(`${'tag'.padEnd(24)}${'groups of 25'.padStart(14)}${'groups of 250'.padStart(15)}`);
  for (const [label, list] of [...tags.map((tag) => [tag, [tag]]), ['every tag, mixed', tags]]) {
    const small = await perElement(list, 25);
    const large = await perElement(list, 250);
    console.log(`${label.padEnd(24)}${small.toFixed(2).padStart(14)}${large.toFixed(2).padStart(15)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
