/**
 * Rendering versus the limit: the same content — 100 comparisons and 20 articles — as
 * plain static HTML and as elements, in one browser process, alternating, several runs.
 * Prints time to rendered (everything laid out and painted) and to idle, as medians, and
 * the elements/static ratio. Goal: ≤ 1.5×.
 *
 * A page of more than 20 comparisons skips laying out those far off screen
 * (content-visibility: auto; src/elements/safety-compare/crowd.ts and
 * --es-content-visibility); the static page, as written by hand, does not. So the
 * elements are also measured with that turned off, to show what it is worth.
 *
 * BENCH_RUNS, BENCH_COMPARISONS and BENCH_ARTICLES change the defaults (21, 100, 20).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium, median, requireBuild, serveRepository } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const COMPARISONS = Number(process.env.BENCH_COMPARISONS ?? 100);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20);
const DIR = 'bench/.tmp/render';

requireBuild();
mkdirSync(DIR, { recursive: true });
// The built content entry, as an app in Node imports it (a bundle of src/ would carry the
// browser build of Lit, which needs a DOM).
const content = await import(pathToFileURL('dist/content.js').href);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const articleIds = Object.keys(content.builtinArticles);
const compare = content.builtinComparisonSets['safe-vs-unsafe'];

function staticComparison() {
  return `<table><caption>${escape(compare.title)}</caption><thead><tr><th scope="col">Emotionally safe</th><th scope="col">Not safe</th></tr></thead><tbody>${compare.rows
    .map((r) => `<tr><th scope="row">${escape(r.safe)}</th><td>${escape(r.unsafe)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function staticBlock(block) {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escape(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'terms':
      return `<dl>${block.items.map((i) => `<dt>${escape(i.term)}:</dt><dd>${escape(i.description)}</dd>`).join('')}</dl>`;
    case 'quote':
      return `${block.lead ? `<p>${escape(block.lead)}</p>` : ''}<blockquote><p>${escape(block.text)}</p></blockquote>`;
  }
}

function staticArticle(article) {
  const toc = article.sections.map((s) => `<li><a href="#${s.id}">${escape(s.heading)}</a></li>`).join('');
  return `<article><h2>${escape(article.title)}</h2><nav aria-label="Contents"><ol>${toc}</ol></nav>${(article.intro ?? [])
    .map(staticBlock)
    .join('')}${article.sections
    .map((s) => `<section><h3 id="${s.id}">${escape(s.heading)}</h3>${s.blocks.map(staticBlock).join('')}</section>`)
    .join('')}</article>`;
}

const measure = `<script type="module">
  const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('es-')))];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  await Promise.all([...document.querySelectorAll(tags.join(',') || 'none')].map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.__rendered = performance.now();
  requestIdleCallback(() => { window.__idle = performance.now(); });
</script>`;

const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render bench</title>${head}</head><body>${body}${measure}</body></html>`;

const staticBody = [
  ...Array.from({ length: COMPARISONS }, staticComparison),
  ...Array.from({ length: ARTICLES }, (_, i) => staticArticle(content.builtinArticles[articleIds[i % articleIds.length]])),
].join('\n');
const elementsBody = [
  ...Array.from({ length: COMPARISONS }, () => '<es-safety-compare></es-safety-compare>'),
  ...Array.from({ length: ARTICLES }, (_, i) => `<es-article-reader article="${articleIds[i % articleIds.length]}"></es-article-reader>`),
].join('\n');
writeFileSync(`${DIR}/static.html`, page(staticBody));
const script = '<script type="module" src="/dist/cdn/emotional-safety.js"></script>';
writeFileSync(`${DIR}/elements.html`, page(elementsBody, script));
writeFileSync(`${DIR}/elements-visible.html`, page(elementsBody, `${script}<style>:root { --es-content-visibility: visible; }</style>`));

const server = await serveRepository();
const browser = await launchChromium();
const KINDS = ['static', 'elements', 'elements-visible'];
const times = Object.fromEntries(KINDS.map((kind) => [kind, { rendered: [], idle: [] }]));
for (let run = 0; run < RUNS + 1; run++) {
  // A different order each run, so that no page always follows the heaviest one.
  for (const kind of KINDS.map((_, i) => KINDS[(i + run) % KINDS.length])) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${server.origin}/${DIR}/${kind}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__idle !== undefined, { timeout: 60000 });
    const { rendered, idle } = await tab.evaluate(() => ({ rendered: window.__rendered, idle: window.__idle }));
    if (run > 0) {
      // The first run of each warms the browser's caches and is not counted.
      times[kind].rendered.push(rendered);
      times[kind].idle.push(idle);
    }
    await tab.close();
  }
}
await browser.close();
await server.close();

const fmt = (ms) => `${ms.toFixed(0)} ms`.padStart(7);
const result = (kind) => ({ rendered: median(times[kind].rendered), idle: median(times[kind].idle) });
const s = result('static');
console.log(`rendering, ${COMPARISONS} comparisons + ${ARTICLES} articles, median of ${RUNS} runs (Chromium):`);
console.log(`  static HTML:                        rendered ${fmt(s.rendered)}, idle ${fmt(s.idle)}`);
for (const [kind, name] of [
  ['elements', 'elements:                         '],
  ['elements-visible', 'elements, off-screen laid out too:'],
]) {
  const e = result(kind);
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log(`  ${name} rendered ${fmt(e.rendered)}, idle ${fmt(e.idle)}  (${ratio(e.rendered, s.rendered)} / ${ratio(e.idle, s.idle)} of static)`);
}
console.log('  goal: elements ≤ 1.5× static');
console.log('  each run, rendered (ms):');
for (const kind of KINDS) console.log(`    ${kind.padEnd(17)} ${times[kind].rendered.map((ms) => Math.round(ms)).join(' ')}`);
