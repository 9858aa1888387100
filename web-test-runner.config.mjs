import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browsers.mjs';

/**
 * Unit tests in real browsers: Chromium by default (`npm test`), Chromium and Firefox ESR
 * with TEST_BROWSERS=chromium,firefox (`npm run test:all`). Browsers come from the
 * system; see scripts/browsers.mjs.
 */
const wanted = (process.env.TEST_BROWSERS || 'chromium').split(',').map((name) => name.trim());

const browsers = wanted.map((name) =>
  name === 'chromium'
    ? chromeLauncher({
        launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: CHROMIUM_ARGS },
      })
    : chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
      }),
);

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: {
    config: { timeout: 10000 },
  },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  filterBrowserLogs: ({ args }) =>
    // Expected warnings from error-state tests would drown the report.
    !(typeof args[0] === 'string' && (args[0].startsWith('emotional-safety-elements:') || args[0].startsWith('Lit is in dev mode'))),
};
