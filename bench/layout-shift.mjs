/**
 * Cumulative layout shift of the demo practice page while the script loads and the
 * elements upgrade, on a throttled connection (slow 4G-like: 150 ms RTT, 1.6 Mbps).
 * Goal: 0.00. Prints the figure and the shifted nodes, if any.
 */
import { requireBuild, launchChromium, serveRepository } from './lib.mjs';
import { readLayoutShifts, recordLayoutShifts } from '../scripts/layout-shift.mjs';

requireBuild();
const server = await serveRepository();
const browser = await launchChromium();
const results = [];

for (const [label, width] of [['desktop', 1280], ['phone', 390]]) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await recordLayoutShifts(page);
  await page.goto(`${server.origin}/demo/`, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { cls, shifts } = await readLayoutShifts(page);
  results.push({ label, width, cls, shifts });
  await page.close();
}

await browser.close();
await server.close();
for (const { label, width, cls, shifts } of results) {
  console.log(`layout shift, demo page, ${label} (${width} px, throttled): CLS ${cls.toFixed(3)}`);
  for (const s of shifts) console.log(`  shift ${s.value.toFixed(4)} from ${s.sources.join(', ')}`);
}
