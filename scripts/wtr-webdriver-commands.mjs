/**
 * The browser commands the unit tests use (test/commands.ts), in every engine.
 *
 * For Chromium and Firefox (puppeteer) each command is handed to the stock plugin of
 * @web/test-runner-commands. For WebKit (the webdriver launcher, see scripts/webkit.mjs)
 * the stock plugins fall short: they cannot hold a key down or set the viewport, and
 * their typing goes through webdriverio's `keys()`, which loses characters in
 * WebKitWebDriver ("first thought" arrives as "first hought"). Here the same commands are
 * done with W3C WebDriver actions, one key down and up after another, which arrive intact.
 *
 * The commands are named `es:<stock name>` because the stock plugins run before any
 * plugin of the config and throw for a browser type they do not handle.
 */
import { emulateMediaPlugin, sendKeysPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';

const STOCK = { 'send-keys': sendKeysPlugin(), 'set-viewport': setViewportPlugin(), 'emulate-media': emulateMediaPlugin() };

/** Puppeteer's key names (what the tests write) → WebDriver's key values. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(name);
  if (code) return (code[1] ?? code[2]).toLowerCase();
  if ([...name].length === 1) return name;
  throw new Error(`es:send-keys: no WebDriver key for "${name}" (add it to scripts/wtr-webdriver-commands.mjs).`);
}

/** One input source for the whole session, so a key held down stays down across commands. */
const keyboard = (actions) => [{ type: 'key', id: 'es-keyboard', actions }];

async function sendKeys(driver, payload) {
  if ('type' in payload) {
    for (const char of payload.type) {
      // As in puppeteer, a line break is the Enter key.
      const value = char === '\n' || char === '\r' ? KEYS.Enter : char;
      await driver.performActions(keyboard([{ type: 'keyDown', value }, { type: 'keyUp', value }]));
    }
  } else if ('press' in payload) {
    const value = keyValue(payload.press);
    await driver.performActions(keyboard([{ type: 'keyDown', value }, { type: 'keyUp', value }]));
  } else if ('down' in payload) {
    await driver.performActions(keyboard([{ type: 'keyDown', value: keyValue(payload.down) }]));
  } else if ('up' in payload) {
    await driver.performActions(keyboard([{ type: 'keyUp', value: keyValue(payload.up) }]));
  } else {
    throw new Error('es:send-keys needs one of type, press, down or up.');
  }
  return true;
}

/** The viewport (the page's inner size) made exactly `width` × `height` by sizing the window around it. */
async function setViewport(driver, { width, height }) {
  const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight] = await inner();
    if (innerWidth === width && innerHeight === height) return true;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + width - innerWidth, rect.height + height - innerHeight);
    // A resize reaches the page a frame later.
    await driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
  const [innerWidth, innerHeight] = await inner();
  if (innerWidth === width && innerHeight === height) return true;
  throw new Error(`es:set-viewport: WebKit's window gives a ${innerWidth}×${innerHeight} viewport, not ${width}×${height}.`);
}

export function webdriverCommandsPlugin() {
  return {
    name: 'es-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('es:')) return undefined;
      const name = command.slice(3);
      if (!STOCK[name]) return undefined;
      if (session.browser.type !== 'webdriver') return STOCK[name].executeCommand({ command: name, payload, session });
      const driver = session.browser.driver;
      if (name === 'send-keys') return sendKeys(driver, payload);
      if (name === 'set-viewport') return setViewport(driver, payload);
      // WebKitWebDriver has no media emulation; test/commands.ts says which engines can.
      throw new Error('es:emulate-media: WebKitWebDriver cannot emulate media (see canEmulateMedia in test/commands.ts).');
    },
  };
}
