/**
 * WebKit (Safari's engine) for the tests: Debian's WebKitGTK, driven through
 * WebKitWebDriver, which starts WebKitGTK's MiniBrowser. MiniBrowser has no headless mode,
 * so the driver runs inside a virtual display (`xvfb-run -a`). Nothing here downloads a
 * browser and nothing here installs one (`.ci/run` does, on a fresh machine): when the
 * Debian packages are missing, we stop with the command that installs them.
 *
 * `startWebKitDriver()` starts the driver on a free port and returns `{ port, stop }`;
 * `webkitCapabilities()` is the W3C session request both the unit tests and the
 * end-to-end suite send to it.
 */
import { execSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * A settings folder of its own for each driver: GTK reads gtk-3.0/gtk.css from it
 * (scripts/webkit-gtk.css), and whatever else the browser keeps there (PulseAudio's
 * runtime link, caches) stays out of the work tree.
 */
function gtkConfig() {
  const dir = mkdtempSync(join(tmpdir(), 'es-webkit-gtk-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  copyFileSync(fileURLToPath(new URL('./webkit-gtk.css', import.meta.url)), join(dir, 'gtk-3.0', 'gtk.css'));
  return dir;
}
const APT_PACKAGES = 'webkit2gtk-driver xvfb xauth';
const MINIBROWSER_PATHS = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].filter(Boolean);

const which = (command) => {
  try {
    return execSync(`command -v ${command}`, { stdio: 'pipe', shell: '/bin/sh' }).toString().trim() || null;
  } catch {
    return null;
  }
};

/** The driver, the virtual display and the browser, or an error naming the packages to install. */
export function findWebKit() {
  const found = {
    driver: process.env.WEBKIT_WEBDRIVER_PATH || which('WebKitWebDriver'),
    xvfbRun: which('xvfb-run'),
    xauth: which('xauth'),
    miniBrowser: MINIBROWSER_PATHS.find((path) => existsSync(path)),
  };
  const missing = [!found.driver && 'WebKitWebDriver', !found.xvfbRun && 'xvfb-run', !found.xauth && 'xauth', !found.miniBrowser && 'MiniBrowser'].filter(Boolean);
  if (missing.length) {
    throw new Error(
      `The WebKit tests need ${missing.join(', ')}, and none was found. Install them ` +
        `(Debian/Ubuntu: "sudo apt-get install -y ${APT_PACKAGES}"), or set WEBKIT_WEBDRIVER_PATH / MINIBROWSER_PATH.`,
    );
  }
  return found;
}

/**
 * The session request for WebKitWebDriver. `dark: true` starts MiniBrowser in its dark mode,
 * which is what `prefers-color-scheme: dark` reports to pages (WebDriver cannot emulate media);
 * `javascript: false` starts it with the pages' scripts off (the driver's own still run).
 */
export function webkitCapabilities(miniBrowser = findWebKit().miniBrowser, { dark = false, javascript = true } = {}) {
  return {
    browserName: 'MiniBrowser',
    // Without this webdriverio asks for WebDriver BiDi, and WebKitWebDriver answers
    // "Failed to match capabilities".
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', ...(dark ? ['--dark-mode'] : []), ...(javascript ? [] : ['--enable-javascript=false'])] },
  };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `xvfb-run -a WebKitWebDriver --port=<free port>` in its own process group and
 * waits until the driver answers /status (up to `timeout` ms). `stop()` ends that group
 * (xvfb-run, Xvfb, the driver and the browsers it started), and is also called when this
 * process exits.
 */
export async function startWebKitDriver({ timeout = 30000 } = {}) {
  const { driver, xvfbRun, miniBrowser } = findWebKit();
  const port = await freePort();
  const config = gtkConfig();
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // GTK reads gtk-3.0/gtk.css from here: MiniBrowser's toolbar shrinks, so a test can make
    // the viewport as narrow as 320 px (otherwise the window stops at 447 px).
    env: { ...process.env, XDG_CONFIG_HOME: config },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(config, { recursive: true, force: true });
  };
  process.once('exit', stop);

  const deadline = Date.now() + timeout;
  for (;;) {
    if (exited) throw new Error(`WebKitWebDriver stopped before it was ready:\n${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms:\n${stderr}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return { port, miniBrowser, stop };
}
