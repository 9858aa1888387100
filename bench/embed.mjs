/**
 * Layout shift of the ways the package is put on a page, as Chromium reports it, at 390,
 * 800 and 1280 px, on a fast connection and on Slow 4G with a 4× slower CPU:
 * - the README's snippet on a plain page, and on the Squarespace route (its top block
 *   under Code Injection → Header): goal CLS ≤ 0.01;
 * - bare tags with no CSS at all (every element inside <es-practice>, the host's text
 *   after them): the elements render together, so the host text moves once — how far
 *   depends on how much of it was on screen before the script ran.
 * The pages are the end-to-end suite's (test/e2e/embed-pages.mjs), written from the README.
 *
 *   node bench/embed.mjs      (after `npm run build`)
 */
import { launchChromium, requireBuild, serveRepository } from './lib.mjs';
import { VIEWPORTS, measureLayoutShift } from '../scripts/layout-shift.mjs';
import { writeEmbedPages } from '../test/e2e/embed-pages.mjs';

requireBuild();
await writeEmbedPages();
const server = await serveRepository();
const browser = await launchChromium();
const PAGES = [
  ['README snippet, plain page', '/bench/.tmp/embed/readme-snippet.html'],
  ['README snippet, Squarespace route', '/bench/.tmp/embed/squarespace.html'],
  ['bare tags, no CSS', '/test/e2e/pages/embed/bare.html'],
];
try {
  console.log(`${'page'.padEnd(36)}${'connection'.padEnd(14)}${VIEWPORTS.map((v) => `${v.width} px`.padStart(18)).join('')}`);
  for (const [label, path] of PAGES) {
    for (const slow of [false, true]) {
      const cells = [];
      for (const { width } of VIEWPORTS) {
        const { cls, shifts } = await measureLayoutShift(browser, `${server.origin}${path}`, { width, slow });
        cells.push(`${cls.toFixed(3)} (${shifts.length} shift${shifts.length === 1 ? '' : 's'})`.padStart(18));
      }
      console.log(`${label.padEnd(36)}${(slow ? 'Slow 4G, 4×' : 'fast').padEnd(14)}${cells.join('')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
