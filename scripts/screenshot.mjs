/**
 * Development aid: opens a page in headless Chromium and saves a screenshot, printing
 * console messages and Content-Security-Policy violations.
 *   node scripts/screenshot.mjs <url> <out.png> [--width 1024] [--dark] [--full]
 */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

const [url, out = 'screenshot.png'] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const widthIndex = process.argv.indexOf('--width');
const width = widthIndex > 0 ? Number(process.argv[widthIndex + 1]) : 1024;
const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.evaluateOnNewDocument(() => {
  document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
});
await page.setViewport({ width, height: 900 });
if (process.argv.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
await page.goto(url, { waitUntil: 'networkidle0' });
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
console.log(`saved ${out}`);
