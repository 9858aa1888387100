/**
 * The moment the reader chooses to leave (the quick exit), told to every part of the
 * package on the page: anything that makes sound or moves stops at once and stays stopped.
 * A window event rather than a module variable, so that a second copy of the package on
 * the same page (the npm build beside the script tag) hears it too.
 */
export const LEAVING_EVENT = 'emotional-safety-elements:leaving';

let leaving = false;

/** True once the reader has chosen to leave this page. */
export function isLeaving(): boolean {
  return leaving;
}

/** Says that the reader is leaving: every listener stops what it was doing. */
export function announceLeaving(): void {
  leaving = true;
  window.dispatchEvent(new Event(LEAVING_EVENT));
}

/** Calls `stop` when the reader leaves; returns the function that stops listening. */
export function onLeaving(stop: () => void): () => void {
  const listener = () => {
    leaving = true;
    stop();
  };
  window.addEventListener(LEAVING_EVENT, listener);
  return () => window.removeEventListener(LEAVING_EVENT, listener);
}
