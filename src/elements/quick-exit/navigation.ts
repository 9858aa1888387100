import { exitCoordinator } from './exit-coordinator.js';

/**
 * How the quick exit leaves the page. It is one small replaceable function so that tests
 * and Storybook can watch the exit happen without the test page or the story really
 * navigating away; on a real site nothing replaces it.
 */
export type QuickExitNavigation = (url: string) => void;

/** True when this page is shown inside a frame of another page (an embed). */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/**
 * True when this page is in a frame whose `sandbox` withholds top navigation (neither
 * `allow-top-navigation` nor `allow-top-navigation-by-user-activation`). Readable only when
 * the frame is of the same origin as its parent; otherwise false, and the browser decides.
 * Why ask at all: WebKit lets a same-origin sandboxed frame replace the top window through
 * `top.location` where Chromium and Firefox refuse, so the snippet builder's preview (which
 * must stay in the builder) took the whole tab away in Safari.
 */
function sandboxKeepsTop(): boolean {
  try {
    // The parent's element, from the parent's realm: `instanceof HTMLIFrameElement` here is false.
    const frame = window.frameElement as HTMLIFrameElement | null;
    if (frame?.localName !== 'iframe' || !frame.hasAttribute('sandbox')) return false;
    return !frame.sandbox.contains('allow-top-navigation') && !frame.sandbox.contains('allow-top-navigation-by-user-activation');
  } catch {
    return false;
  }
}

/**
 * `location.replace`: the new page takes this page's place in the session history, so
 * the Back button does not bring it back (the well-known "Exit this page" buttons set
 * `location.href`, which leaves the page one Back press away). Inside a frame, the whole
 * tab leaves: the top window is replaced when the browser allows it (a cross-origin frame
 * may, once the reader has interacted with it; a sandboxed one without
 * `allow-top-navigation` may not, in every engine), otherwise the frame itself.
 */
const replaceLocation: QuickExitNavigation = (url) => {
  if (isFramed() && !sandboxKeepsTop()) {
    try {
      window.top!.location.replace(url);
      return;
    } catch {
      // Not permitted: leave at least this frame. "How this works" says so when framed.
    }
  }
  window.location.replace(url);
};

let current: QuickExitNavigation = replaceLocation;

/**
 * For tests and stories only: makes the quick exit call `navigation` instead of
 * `location.replace`, and forgets any earlier departure (a page that really left is gone,
 * a watched one stays). Call it with no argument to restore the real behaviour.
 */
export function setQuickExitNavigation(navigation?: QuickExitNavigation): void {
  current = navigation ?? replaceLocation;
  exitCoordinator().forget();
}

/** Leaves for `url` the way the page is currently set to (normally `location.replace`). */
export function navigateAway(url: string): void {
  current(url);
}
