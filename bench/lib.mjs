/**
 * Shared pieces of the benchmarks: the built script must exist, one static server for
 * the repository, and headless Chromium from the system (scripts/chromium.mjs, which the
 * tests use too).
 */
import { existsSync } from 'node:fs';
import { startServer } from '../scripts/static-server.mjs';

export { launchChromium } from '../scripts/chromium.mjs';

export const CDN_FILE = 'dist/cdn/emotional-safety.js';

export function requireBuild() {
  if (!existsSync(CDN_FILE)) {
    console.error(`No build found (${CDN_FILE}): run "npm run build" first.`);
    process.exit(1);
  }
}

export function serveRepository(options = {}) {
  return startServer({ root: '.', ...options });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
