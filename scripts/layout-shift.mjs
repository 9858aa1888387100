/**
 * Cumulative layout shift of one page load, as Chromium reports it (the `layout-shift`
 * entries a PerformanceObserver sees, without those after input), with the nodes that
 * moved. Shared by the bench (figures) and the end-to-end tests (limits).
 *
 *   const { cls, shifts } = await measureLayoutShift(browser, url, { width: 390, slow: true });
 *
 * `slow` emulates Slow 4G (562.5 ms RTT, 1.44 Mbps down, as Lighthouse's mobile profile)
 * and a phone's CPU (4× slower). The page is given `settle` ms after the network is idle.
 */
export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 800, height: 1000 },
  { width: 1280, height: 800 },
];

export async function measureLayoutShift(browser, url, { width = 390, height, slow = false, settle = 500 } = {}) {
  const page = await browser.newPage();
  try {
    const viewport = VIEWPORTS.find((v) => v.width === width) ?? { width, height: height ?? 900 };
    await page.setViewport({ width, height: height ?? viewport.height });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 562.5,
        downloadThroughput: (1.4744 * 1024 * 1024) / 8,
        uploadThroughput: (675 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await recordLayoutShifts(page);
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
    await new Promise((resolve) => setTimeout(resolve, settle));
    return await readLayoutShifts(page);
  } finally {
    await page.close();
  }
}

/** Records the page's layout shifts from its first byte on (call before `goto`). */
export async function recordLayoutShifts(page) {
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((s) => {
            const node = s.node;
            const name = node?.nodeName?.toLowerCase() ?? '?';
            return `${name}${node?.id ? `#${node.id}` : ''} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far (after two frames, so the last one is reported) and their sum. */
export async function readLayoutShifts(page) {
  const shifts = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__shifts ?? [])))),
  );
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}
