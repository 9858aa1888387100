/**
 * Cumulative layout shift of the demo practice page while the script loads and the
 * elements upgrade, on a throttled connection (slow 4G-like: 150 ms RTT, 1.6 Mbps).
 * Goal: 0.00. Prints the figure and the shifted nodes, if any.
 */
import { requireBuild, launchChromium, serveRepository } from './lib.mjs';

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
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.origin}/demo/`, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shifts = await page.evaluate(() => window.__shifts);
  const cls = shifts.reduce((sum, s) => sum + s.value, 0);
  results.push({ label, width, cls, shifts });
  await page.close();
}

await browser.close();
await server.close();
for (const { label, width, cls, shifts } of results) {
  console.log(`layout shift, demo page, ${label} (${width} px, throttled): CLS ${cls.toFixed(3)}`);
  for (const s of shifts) console.log(`  shift ${s.value.toFixed(4)} from ${s.sources.join(', ')}`);
}
