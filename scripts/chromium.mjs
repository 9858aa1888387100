/**
 * Headless Chromium from the system (see scripts/browsers.mjs), for everything that drives
 * it through puppeteer: the end-to-end suite (test/e2e/harness.mjs), the benchmarks
 * (bench/lib.mjs) and the WordPress plugin's test.
 */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

/** Launches headless Chromium with CHROMIUM_ARGS, then `extraArgs`. */
export async function launchChromium(extraArgs = []) {
  return puppeteer.launch({ executablePath: findBrowser('chromium'), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}
