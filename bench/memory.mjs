/**
 * Memory: creates and removes 10 000 elements (a mix of every registered tag, in
 * batches inside an <es-practice>), forces garbage collection, and compares the heap
 * and the DOM counters before and after. Prints the figures; exits non-zero when the
 * heap grew by more than the tolerance. Chromium only (CDP's HeapProfiler and Memory
 * domains); the e2e suite (test/e2e/memory.e2e.mjs) runs the same measurement, from
 * test/e2e/measure-memory.mjs.
 *
 *   node bench/memory.mjs [--count 10000] [--batch 250]      (after `npx rollup -c`)
 */
import { fileURLToPath } from 'node:url';
import { launch, startE2EServer } from '../test/e2e/harness.mjs';
import { TOLERANCE_BYTES, measureMemory } from '../test/e2e/measure-memory.mjs';

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
