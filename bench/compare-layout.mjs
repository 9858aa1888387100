/**
 * <es-safety-compare> laid out in full (as for printing, find-in-page or
 * `--es-content-visibility: visible`): the cost of N comparisons against the same table as
 * static HTML, at two sizes, so that growth faster than linear shows. Then a full-page
 * capture of a page of default comparisons, counting the ones that come out blank.
 *
 * It bundles the element from src/ (no `npm run build` needed), so it measures the
 * working tree. Prints, does not assert.
 *
 *   node bench/compare-layout.mjs
 *
 * BENCH_SRC (default src), BENCH_RUNS (default 7) and BENCH_SIZES (default "250,1000") change the defaults.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium, median, serveRepository } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = (process.env.BENCH_SIZES ?? '250,1000').split(',').map(Number);
const DIR = 'bench/.tmp/compare-layout';

mkdirSync(DIR, { recursive: true });
await build({
  // BENCH_SRC: another checkout's src/ (e.g. `git archive HEAD src | tar -x -C /tmp/before`), to compare.
  entryPoints: [`${process.env.BENCH_SRC ?? 'src'}/elements/safety-compare/safety-compare.ts`],
  nodePaths: [`${process.cwd()}/node_modules`],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: `${DIR}/safety-compare.js`,
  logLevel: 'error',
});
await build({ entryPoints: ['src/content/comparisons/safe-vs-unsafe.ts'], bundle: true, format: 'esm', outfile: `${DIR}/content.mjs`, logLevel: 'error' });
const content = await import(pathToFileURL(`${DIR}/content.mjs`).href);
const compare = content.safeVsUnsafe;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const staticComparison = () =>
  `<div><h2>${escape(compare.title)}</h2><table><thead><tr><th scope="col">Emotionally safe</th><th scope="col">Not safe</th></tr></thead><tbody>${compare.rows
    .map((r) => `<tr><th scope="row">${escape(r.safe)}</th><td>${escape(r.unsafe)}</td></tr>`)
    .join('')}</tbody></table></div>`;

const measure = `<script type="module">
  if (document.querySelector('es-safety-compare')) await customElements.whenDefined('es-safety-compare');
  await Promise.all([...document.querySelectorAll('es-safety-compare')].map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.__rendered = performance.now();
</script>`;
const script = '<script type="module" src="./safety-compare.js"></script>';
const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compare layout bench</title>${head}</head><body style="max-width: 48rem">${body}${measure}</body></html>`;

for (const n of SIZES) {
  writeFileSync(`${DIR}/static-${n}.html`, page(Array.from({ length: n }, staticComparison).join('\n')));
  writeFileSync(
    `${DIR}/elements-${n}.html`,
    page('<es-safety-compare></es-safety-compare>\n'.repeat(n), `${script}<style>:root { --es-content-visibility: visible; }</style>`),
  );
}
writeFileSync(`${DIR}/capture.html`, page('<es-safety-compare></es-safety-compare>\n'.repeat(12), script));

const server = await serveRepository();
const browser = await launchChromium();

async function run(file) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await tab.goto(`${server.origin}/${DIR}/${file}`, { waitUntil: 'load', timeout: 0 });
  await tab.waitForFunction(() => window.__rendered !== undefined, { timeout: 0 });
  const rendered = await tab.evaluate(() => window.__rendered);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  await tab.close();
  return { rendered, layout: m.LayoutDuration * 1000, style: m.RecalcStyleDuration * 1000, layouts: m.LayoutCount, styles: m.RecalcStyleCount };
}

const results = {};
for (let i = 0; i < RUNS + 1; i++) {
  for (const n of SIZES) {
    for (const kind of i % 2 ? ['elements', 'static'] : ['static', 'elements']) {
      const r = await run(`${kind}-${n}.html`);
      process.stderr.write(`  run ${i} ${kind}-${n}: ${r.rendered.toFixed(0)} ms\n`);
      if (i === 0) continue; // warms the caches
      const into = (results[`${kind}-${n}`] ??= { rendered: [], layout: [], style: [] });
      into.rendered.push(r.rendered);
      into.layout.push(r.layout);
      into.style.push(r.style);
    }
  }
}

// Full-page capture of a page of comparisons with the default content-visibility: how
// many of them come out blank (no ink where the comparison is).
const tab = await browser.newPage();
await tab.setViewport({ width: 1000, height: 700 });
await tab.goto(`${server.origin}/${DIR}/capture.html`, { waitUntil: 'load' });
await tab.waitForFunction(() => window.__rendered !== undefined);
const shot = await tab.screenshot({ fullPage: true, encoding: 'base64' });
const blank = await tab.evaluate(async (png) => {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = new OffscreenCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const scale = img.width / document.documentElement.clientWidth;
  let count = 0;
  for (const el of document.querySelectorAll('es-safety-compare')) {
    const box = el.getBoundingClientRect();
    const y = (box.top + scrollY) * scale;
    const data = ctx.getImageData(box.left * scale, y, box.width * scale, box.height * scale).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128) ink++;
    if (ink === 0) count++;
  }
  return { count, of: document.querySelectorAll('es-safety-compare').length };
}, shot);
await tab.close();
await browser.close();
await server.close();

const fmt = (ms) => `${ms.toFixed(0)} ms`.padStart(8);
console.log(`<es-safety-compare> laid out in full (--es-content-visibility: visible), median of ${RUNS} runs (Chromium):`);
for (const n of SIZES) {
  const s = results[`static-${n}`];
  const e = results[`elements-${n}`];
  const ratio = median(e.rendered) / median(s.rendered);
  console.log(
    `  ${String(n).padStart(5)} comparisons: static rendered ${fmt(median(s.rendered))}, elements rendered ${fmt(median(e.rendered))} (${ratio.toFixed(2)}×); ` +
      `elements style ${fmt(median(e.style))}, layout ${fmt(median(e.layout))} (static ${fmt(median(s.style))}, ${fmt(median(s.layout))})`,
  );
}
if (SIZES.length > 1) {
  const [a, b] = [SIZES[0], SIZES.at(-1)];
  const growth = (kind) => median(results[`${kind}-${b}`].rendered) / median(results[`${kind}-${a}`].rendered);
  console.log(`  growth from ${a} to ${b} (${(b / a).toFixed(0)}× as many): static ${growth('static').toFixed(2)}×, elements ${growth('elements').toFixed(2)}×`);
}
console.log(`full-page capture, 12 comparisons, default content-visibility: ${blank.count} of ${blank.of} blank`);
