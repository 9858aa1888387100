/**
 * 8. Memory: creating and removing 10 000 elements (a mix of every registered tag)
 *    leaves no growing heap, DOM or listener count after garbage collection. The
 *    measurement is test/e2e/measure-memory.mjs's (bench/memory.mjs runs it too).
 *    Chromium only: it needs CDP (HeapProfiler, Runtime.getHeapUsage,
 *    Memory.getDOMCounters), which Firefox does not offer, and Firefox has no
 *    performance.memory either.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TOLERANCE_BYTES, measureMemory } from './measure-memory.mjs';
import { launch, startE2EServer } from './harness.mjs';

describe('memory: 10 000 elements created and removed leave no growing heap (Chromium)', () => {
  let server;
  let browser;
  before(async () => {
    server = await startE2EServer();
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('returns the heap, DOM nodes and listeners to where they were', async () => {
    const result = await measureMemory(browser, server.origin, {
      count: 10000,
      onProgress: (made, count) => made % 2000 === 0 && console.log(`memory: ${made} of ${count} elements created and removed`),
    });
    assert.equal(result.made, 10000);
    assert.ok(result.tags.length >= 3, `mixed tags: ${result.tags}`);
    assert.deepEqual(result.errors, []);
    assert.ok(result.growthBytes < TOLERANCE_BYTES, `the heap grew by ${result.growthBytes} bytes`);
    assert.ok(result.after.nodes <= result.before.nodes + 10, `DOM nodes ${result.before.nodes} → ${result.after.nodes}`);
    assert.ok(result.after.listeners <= result.before.listeners, `listeners ${result.before.listeners} → ${result.after.listeners}`);
  });

  it('would notice a leak: keeping 2 000 removed elements referenced grows the heap past the tolerance (control)', async () => {
    const result = await measureMemory(browser, server.origin, { count: 2000, retain: true });
    assert.ok(result.growthBytes > TOLERANCE_BYTES, `a real leak of 2 000 elements grew the heap by only ${result.growthBytes} bytes`);
  });
});
