/**
 * The memory measurement, shared by the e2e suite (test/e2e/memory.e2e.mjs) and the
 * benchmark (bench/memory.mjs): in test/e2e/pages/memory.html, creates and removes
 * elements (a mix of every registered tag, in batches inside an <es-practice>), forces
 * garbage collection, and compares the heap and the DOM counters before and after.
 * Chromium only (CDP's HeapProfiler and Memory domains).
 */
import { candidateTags, openPage, registeredTags } from './harness.mjs';

/** Growth allowed after 10 000 elements and a full collection: less than 2 MB. */
export const TOLERANCE_BYTES = 2 * 1024 * 1024;

async function collect(cdp) {
  // Several passes: weak references and finalizers free more on the second and third.
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((done) => setTimeout(done, 50));
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/**
 * Measures the heap around creating and removing `count` elements. `browser` is a
 * launched Chromium; `origin` the e2e server's. `retain` leaks on purpose (a control).
 * `onProgress(made, count)` is called after each batch.
 */
export async function measureMemory(browser, origin, { count = 10000, batch = 250, retain = false, onProgress } = {}) {
  const run = await openPage(browser, `${origin}/test/e2e/pages/memory.html`);
  const { page } = run;
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  // Wait for every tag the script registers (up to a few seconds) before taking the list.
  const candidates = await candidateTags();
  await page.evaluate(
    (list) => Promise.race([Promise.all(list.map((tag) => customElements.whenDefined(tag))), new Promise((done) => setTimeout(done, 3000))]),
    candidates,
  );
  const tags = await registeredTags(page);
  // Warm up: the first elements compile code and fill Lit's template caches, which stay by design.
  await page.evaluate((b, t) => window.churn(b * 4, b, t), batch, tags);
  const before = await collect(cdp);
  const started = Date.now();
  // One browser call a batch, not one for all: a single long call outlives the protocol's
  // time limit on a busy machine, and between batches the caller can show progress.
  let made = 0;
  while (made < count) {
    made += await page.evaluate((n, b, t, r) => window.churn(n, b, t, r), Math.min(batch, count - made), batch, tags, retain);
    onProgress?.(made, count);
  }
  const seconds = (Date.now() - started) / 1000;
  const afterRun = await collect(cdp);
  await page.close();
  return {
    tags,
    made,
    seconds,
    before,
    after: afterRun,
    growthBytes: afterRun.used - before.used,
    errors: run.errors,
  };
}
