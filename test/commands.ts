/**
 * The browser commands the tests use, the same in Chromium, Firefox and WebKit. Keys, the
 * viewport and media go through scripts/wtr-webdriver-commands.mjs, which hands them to
 * @web/test-runner-commands in Chromium and Firefox and does them with WebDriver actions
 * in WebKit; the mouse commands work everywhere as they are.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Media, SendKeysPayload, Viewport } from '@web/test-runner-commands';

export { resetMouse, sendMouse } from '@web/test-runner-commands';

/** The engine the tests run in (WebKitGTK's user agent names Safari, and not Chrome). */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/**
 * Whether the browser can be told to match other media (print, reduced motion): only
 * Chromium, over CDP. Firefox under WebDriver BiDi and WebKitWebDriver have no such
 * command, so tests check those engines another way (and say how).
 */
export const canEmulateMedia = engine === 'chromium';

export const sendKeys = (payload: SendKeysPayload) => executeServerCommand('es:send-keys', payload) as Promise<void>;
export const setViewport = (viewport: Viewport) => executeServerCommand('es:set-viewport', viewport) as Promise<void>;
export const emulateMedia = (media: Media) => executeServerCommand('es:emulate-media', media) as Promise<void>;
