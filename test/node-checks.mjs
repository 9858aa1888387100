/**
 * The checks of the Node-side suites (test/consumers/check.mjs, test/ssr/check.mjs) as
 * node:test tests: each `check` is one test in the TAP report, and a failed one makes the
 * process exit with 1 once the others have run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

/** One test named `name` that passes when `ok`; on failure `detail` (tool output) is the message. */
export function check(name, ok, detail = '') {
  test(name, () => assert.ok(ok, String(detail || name)));
}

/**
 * A step the rest depends on (packing, installing): passes as a test, or ends the run at
 * once with `detail`, since nothing after it could mean anything.
 */
export function need(name, ok, detail = '') {
  if (ok) return check(name, true);
  console.error(`not ok - ${name}\n${String(detail).replace(/^/gm, '    ')}`);
  process.exit(1);
}
