/**
 * Lighthouse on the demo practice page, with the system's Chromium: performance,
 * accessibility, best practices and SEO, each printed. Goal: 100 each.
 * The page is served as `npm start` serves it (strict CSP, 127.0.0.1 only).
 */
import lighthouse from 'lighthouse';
import { STRICT_CSP } from '../scripts/static-server.mjs';
import { launchChromium, requireBuild, serveRepository } from './lib.mjs';

requireBuild();
const server = await serveRepository({ headers: () => ({ 'Content-Security-Policy': STRICT_CSP }) });
const browser = await launchChromium(['--remote-debugging-port=0']);
const port = Number(new URL(browser.wsEndpoint()).port);

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const result = await lighthouse(
  `${server.origin}/demo/`,
  { port, output: 'json', logLevel: 'error', onlyCategories: categories },
  undefined,
);
await browser.close();
await server.close();

const lhr = result.lhr;
console.log(`Lighthouse ${lhr.lighthouseVersion}, demo page (${lhr.configSettings.formFactor}, simulated throttling):`);
for (const id of categories) {
  const category = lhr.categories[id];
  console.log(`  ${category.title.padEnd(16)} ${Math.round(category.score * 100)}`);
  if (category.score < 1) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`      - ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
}
