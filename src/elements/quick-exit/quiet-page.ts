import { announceLeaving } from '../../core/page-leaving.js';

/**
 * Everything that happens to the page in the moment the reader leaves, before the next
 * page arrives (which can take seconds on a slow connection): nothing of it should be
 * heard, read in the tab strip, printed or sent on.
 */
export function quietPage(neutralTitle: string): void {
  // The package's own speech (the reader's "Listen") stops and stays stopped…
  announceLeaving();
  // …and so does any speech the page started, and its audio and video.
  try {
    globalThis.speechSynthesis?.cancel();
  } catch {
    // No speech synthesis: nothing to silence.
  }
  for (const media of document.querySelectorAll<HTMLMediaElement>('audio, video')) {
    try {
      media.pause();
      media.muted = true;
    } catch {
      // A media element that cannot pause is left to the navigation.
    }
  }
  // The tab strip and the window switcher show the title: nothing that names the page.
  document.title = neutralTitle;
  withoutReferrer();
}

/** The page being left is nobody else's business: no Referer on the way out. */
function withoutReferrer(): void {
  if (document.querySelector('meta[name="referrer"][content="no-referrer"]')) return;
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  document.head.append(meta);
}
