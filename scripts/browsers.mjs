/**
 * Finds the browsers the tests run in. Nothing here downloads or installs a browser (on a
 * fresh machine `.ci/run` installs Debian's): the system's Chromium and Firefox ESR are
 * used, and when one is missing we stop with the exact command to run or the variable to set.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
};

/** Returns the executable path of `name` ('chromium' or 'firefox'), or throws saying how to install it. */
export function findBrowser(name) {
  const { env, paths, apt } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to "${fromEnv}", but there is no file there. Point it at a ${name} executable.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `The tests need ${name}, and none was found. Install it (Debian/Ubuntu: "sudo apt-get install -y ${apt}") ` +
      `or set ${env} to the path of a ${name} executable.`,
  );
}

/** Flags for headless Chromium on a closed network, as root or not. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
