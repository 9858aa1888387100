/**
 * Finds the browsers the tests run in. Nothing here downloads a browser build: the
 * system's Chromium and Firefox ESR are used. When one is missing and this machine can
 * install Debian packages (root with apt-get), it is installed, and we say so; otherwise
 * we stop with the exact command to run or the variable to set.
 */
import { execSync } from 'node:child_process';
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

function canInstall() {
  try {
    return process.getuid?.() === 0 && execSync('command -v apt-get', { stdio: 'pipe' }).length > 0;
  } catch {
    return false;
  }
}

let aptUpdated = false;

/** Returns the executable path of `name` ('chromium' or 'firefox'), installing it if it can. */
export function findBrowser(name) {
  const { env, paths, apt } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to "${fromEnv}", but there is no file there. Point it at a ${name} executable.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  if (canInstall()) {
    console.log(`[browsers] ${name} was not found: installing Debian's "${apt}" package with apt-get (about 30 s)…`);
    if (!aptUpdated) execSync('apt-get update -qq', { stdio: 'inherit' });
    aptUpdated = true;
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${apt}`, { stdio: 'inherit' });
    const installed = paths.find((path) => existsSync(path));
    if (installed) return installed;
  }
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
