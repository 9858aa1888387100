/**
 * What a long article costs a reader's device: render time, and the cost of scrolling
 * through all of it with <es-article-reader> watching (long tasks, layouts).
 *
 *   node bench/article-reader.mjs
 *
 * Bundles the reader with esbuild into bench/.tmp/, serves it on 127.0.0.1 from inside
 * this script, generates a 20 000-word article as inline JSON, and drives the system's
 * Chromium with puppeteer-core. Scrolling is done with real wheel input (not script), so
 * any layout forced from JavaScript during the scroll is the reader's: the trace counts
 * layouts and style recalculations that carry a JavaScript stack. That figure must be 0.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../scripts/static-server.mjs';
import { launchChromium } from './lib.mjs';

const OUT = 'bench/.tmp/article-reader-bench';
const WORDS = 20000;
mkdirSync(OUT, { recursive: true });

await build({
  entryPoints: ['src/elements/article-reader/article-reader.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: join(OUT, 'article-reader.js'),
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  logLevel: 'warning',
});

// A deterministic article: 40 sections of 25 paragraphs of 20 words.
const vocabulary =
  'safety trust calm breath listen gentle repair moment body notice space care pace honest boundary connection slowly together patience feeling'.split(' ');
let seed = 7;
const next = () => (seed = (seed * 48271) % 2147483647);
const sentence = (n) => Array.from({ length: n }, () => vocabulary[next() % vocabulary.length]).join(' ');
const sections = [];
let words = 0;
for (let s = 0; words < WORDS; s++) {
  const blocks = [];
  for (let p = 0; p < 25 && words < WORDS; p++) {
    blocks.push({ type: 'paragraph', text: `${sentence(20)}.` });
    words += 20;
  }
  sections.push({ id: `section-${s + 1}`, heading: `Section ${s + 1}: ${sentence(3)}`, blocks });
}
const article = { id: 'long-article', title: 'A very long article', lang: 'en', sections };
writeFileSync(join(OUT, 'article.json'), JSON.stringify(article));
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader bench</title></head><body><main></main></body></html>`,
);

const server = await startServer({ root: OUT });
const origin = server.origin;

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await page.addScriptTag({ url: `${origin}/article-reader.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('es-article-reader'));

  const json = readFileSync(join(OUT, 'article.json'), 'utf8');
  const render = await page.evaluate(async (text) => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
    window.__complete = 0;
    window.__sections = 0;
    const el = document.createElement('es-article-reader');
    el.addEventListener('es-article-complete', () => window.__complete++);
    el.addEventListener('es-section-change', () => window.__sections++);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
    const start = performance.now();
    document.querySelector('main').append(el);
    await el.updateComplete;
    const rendered = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const painted = performance.now();
    return {
      update: rendered - start,
      firstFrame: painted - start,
      height: document.documentElement.scrollHeight,
      paragraphs: el.shadowRoot.querySelectorAll('.body p').length,
    };
  }, json);
  const renderLongTasks = await page.evaluate(() => window.__longTasks.splice(0));

  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'],
  });
  await page.mouse.move(512, 400);
  const steps = Math.ceil(render.height / 600) + 5;
  const scrollStart = Date.now();
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel({ deltaY: 600 });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const scrollMs = Date.now() - scrollStart;
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const after = await metric();
  const scroll = await page.evaluate(() => ({
    longTasks: window.__longTasks.splice(0),
    complete: window.__complete,
    sections: window.__sections,
    scrolledTo: Math.round(scrollY),
    progress: document.querySelector('es-article-reader').shadowRoot.querySelector('progress').value,
  }));

  // A layout or style recalculation with a JavaScript stack from the page was forced by
  // its script. (Chromium's own pages, such as the new-tab page, appear in the trace too.)
  const events = trace.traceEvents ?? trace;
  const forcedBy = (e) => (e.args?.beginData?.stackTrace ?? []).some((frame) => frame.url?.startsWith(origin));
  const forced = (name) => events.filter((e) => e.name === name && forcedBy(e));
  const forcedLayouts = forced('Layout').length;
  const forcedStyles = forced('UpdateLayoutTree').length;
  for (const e of [...forced('Layout'), ...forced('UpdateLayoutTree')]) {
    console.log(`forced ${e.name} from`, e.args.beginData.stackTrace.slice(0, 3).map((f) => `${f.functionName} (${f.url}:${f.lineNumber})`).join(' < '));
  }

  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(`<es-article-reader>: ${WORDS.toLocaleString('en')} words, ${sections.length} sections, ${render.paragraphs} paragraphs, ${render.height.toLocaleString('en')} px tall\n`);
  console.log('render');
  console.log(`  first render (update complete)   ${ms(render.update)}`);
  console.log(`  until the next frame             ${ms(render.firstFrame)}`);
  console.log(`  long tasks while rendering       ${renderLongTasks.length} (${renderLongTasks.map((d) => ms(d)).join(', ') || 'none'})`);
  console.log(`scrolling through the whole article (${steps} wheel steps, ${scrollMs} ms)`);
  console.log(`  long tasks                       ${scroll.longTasks.length}${scroll.longTasks.length ? ` (${scroll.longTasks.map((d) => ms(d)).join(', ')})` : ''}`);
  console.log(`  layouts forced by script         ${forcedLayouts}`);
  console.log(`  style recalcs forced by script   ${forcedStyles}`);
  console.log(`  layouts in all (browser frames)  ${after.LayoutCount - before.LayoutCount}`);
  console.log(`  style recalcs in all             ${after.RecalcStyleCount - before.RecalcStyleCount}`);
  console.log(`  script time                      ${ms((after.ScriptDuration - before.ScriptDuration) * 1000)}`);
  console.log(`  es-section-change events         ${scroll.sections}`);
  console.log(`  es-article-complete events       ${scroll.complete}`);
  console.log(`  progress at the end              ${Math.round(scroll.progress * 100)}%`);
  if (forcedLayouts > 0) console.log('\nWARNING: script forced layout while scrolling; it should be 0.');
  process.exitCode = 0;
} finally {
  await browser.close();
  await server.close();
}
