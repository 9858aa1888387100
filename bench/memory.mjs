/**
 * Memory: creates and removes 10 000 elements (a mix of every registered tag, in
 * batches inside an <es-practice>), forces garbage collection, and compares the heap
 * and the DOM counters before and after. Prints the figures; exits non-zero when the
 * heap grew by more than the tolerance. Chromium only (CDP's HeapProfiler and Memory
 * domains); the e2e suite (test/e2e/memory.e2e.mjs) runs the same measurement.
 *
 *   node bench/memory.mjs [--count 10000] [--batch 250]      (after `npx rollup -c`)
 */
import { fileURLToPath } from 'node:url';
import { candidateTags, launch, openPage, registeredTags, startE2EServer } from '../test/e2e/harness.mjs';

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

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const server = await startE2EServer();
  const browser = await launch('chromium');
  try {
    const result = await measureMemory(browser, server.origin, { count: arg('--count', 10000), batch: arg('--batch', 250) });
    console.log(`memory: created and removed ${result.made} elements (${result.tags.join(', ')}) in ${result.seconds.toFixed(1)} s`);
    console.log(`  JS heap after GC:  before ${mb(result.before.used)}, after ${mb(result.after.used)}, growth ${mb(result.growthBytes)} (tolerance ${mb(TOLERANCE_BYTES)})`);
    console.log(`  DOM nodes:         before ${result.before.nodes}, after ${result.after.nodes}`);
    console.log(`  event listeners:   before ${result.before.listeners}, after ${result.after.listeners}`);
    if (result.errors.length) console.log(`  page errors: ${result.errors.join('; ')}`);
    process.exitCode = result.growthBytes < TOLERANCE_BYTES && !result.errors.length ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}
