/** Messages of <es-quick-exit>. Keys start with "quickExit.". */
export const en = {
  'quickExit.label': 'Leave this page',
  'quickExit.progress': {
    one: 'Press Shift 1 more time to leave this page.',
    other: 'Press Shift {count} more times to leave this page.',
  },
  'quickExit.reset': 'Shift count started over. Press Shift 3 times in a row to leave this page.',
  /** The tab's title while the next page loads: nothing that names this one. */
  'quickExit.neutralTitle': 'Loading…',
  'quickExit.howItWorks': 'How this works',
  'quickExit.how.leave': 'This button takes you at once to an everyday website and hides this page while it loads.',
  'quickExit.how.shift': 'You can also press the Shift key three times in a row, on its own.',
  'quickExit.how.back': 'The Back button will not bring this page back.',
  'quickExit.how.clearStored': 'It also erases what you kept on this device with this site: notes and reading settings.',
  'quickExit.how.framed':
    'This part of the page is shown inside another website. If leaving does not take the whole page away, close the tab.',
  'quickExit.how.limits':
    'It cannot erase your browser history: this page may still be listed there. A private or incognito window keeps no history once you close it.',
  'quickExit.how.device':
    'If someone may check your phone or computer, a device they do not use, such as a friend’s phone or a library computer, is safer.',
} as const;

type QuickExitMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../../../core/l10n/catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends QuickExitMessages {}
}
