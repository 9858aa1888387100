import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browsers.mjs';
import { startWebKitDriver, webkitCapabilities } from './scripts/webkit.mjs';
import { webdriverCommandsPlugin } from './scripts/wtr-webdriver-commands.mjs';

/**
 * Unit tests in real browsers: Chromium by default (`npm test`); TEST_BROWSERS picks
 * others (`npm run test:all` = chromium,firefox,webkit). Browsers come from the system:
 * see scripts/browsers.mjs (Chromium, Firefox ESR) and scripts/webkit.mjs (WebKitGTK,
 * whose WebKitWebDriver is started here in a virtual display and stopped at exit).
 */
const wanted = (process.env.TEST_BROWSERS || 'chromium').split(',').map((name) => name.trim());

async function launcher(name) {
  if (name === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: findBrowser('chromium'), headless: true, args: CHROMIUM_ARGS },
    });
  }
  if (name === 'firefox') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    });
  }
  if (name === 'webkit') {
    const driver = await startWebKitDriver();
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(driver.miniBrowser),
    });
  }
  throw new Error(`TEST_BROWSERS: unknown browser "${name}" (chromium, firefox, webkit).`);
}

const browsers = await Promise.all(wanted.map(launcher));

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
  plugins: [webdriverCommandsPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  filterBrowserLogs: ({ args }) =>
    // Expected warnings from error-state tests would drown the report.
    !(typeof args[0] === 'string' && (args[0].startsWith('emotional-safety-elements:') || args[0].startsWith('Lit is in dev mode'))),
};
