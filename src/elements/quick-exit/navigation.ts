/**
 * How the quick exit leaves the page. It is one small replaceable function so that tests
 * and Storybook can watch the exit happen without the test page or the story really
 * navigating away; on a real site nothing replaces it.
 */
export type QuickExitNavigation = (url: string) => void;

/**
 * `location.replace`: the new page takes this page's place in the session history, so
 * the Back button does not bring it back (the well-known "Exit this page" buttons set
 * `location.href`, which leaves the page one Back press away).
 */
const replaceLocation: QuickExitNavigation = (url) => window.location.replace(url);

let current: QuickExitNavigation = replaceLocation;

/**
 * For tests and stories only: makes the quick exit call `navigation` instead of
 * `location.replace`. Call it with no argument to restore the real behaviour.
 */
export function setQuickExitNavigation(navigation?: QuickExitNavigation): void {
  current = navigation ?? replaceLocation;
}

/** Leaves for `url` the way the page is currently set to (normally `location.replace`). */
export function navigateAway(url: string): void {
  current(url);
}
