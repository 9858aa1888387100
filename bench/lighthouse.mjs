/**
 * Lighthouse on the demo practice page, with the system's Chromium: performance,
 * accessibility, best practices and SEO, each printed. Goal: 100 each.
 * The page is served as `npm start` serves it (strict CSP, 127.0.0.1 only).
 *
 * A single Lighthouse run varies (its simulated first paint depends on whether the
 * browser painted before or after the script ran, which on 127.0.0.1 is a race), so it
 * runs several times and reports the median run as Lighthouse's own computeMedianRun
 * picks it, as Lighthouse's documentation on variability advises; every run's
 * performance score is printed too. BENCH_LIGHTHOUSE_RUNS changes the default (5).
 */
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { STRICT_CSP } from '../scripts/static-server.mjs';
import { launchChromium, requireBuild, serveRepository } from './lib.mjs';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

requireBuild();
const server = await serveRepository({ headers: () => ({ 'Content-Security-Policy': STRICT_CSP }) });
const runs = [];
for (let run = 0; run < RUNS; run++) {
  const browser = await launchChromium(['--remote-debugging-port=0']);
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(`${server.origin}/demo/`, { port, output: 'json', logLevel: 'error', onlyCategories: categories }, undefined);
  runs.push(result.lhr);
  await browser.close();
}
await server.close();

const score = (lhr, id) => Math.round(lhr.categories[id].score * 100);
const lhr = computeMedianRun(runs);
console.log(`Lighthouse ${lhr.lighthouseVersion}, demo page (${lhr.configSettings.formFactor}, simulated throttling), median of ${RUNS} runs:`);
for (const id of categories) {
  const category = lhr.categories[id];
  console.log(`  ${category.title.padEnd(16)} ${score(lhr, id)}`);
  if (category.score < 1) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`      - ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
}
console.log(`  performance in each run: ${runs.map((r) => score(r, 'performance')).join(' ')}`);
