/** Messages of <es-safety-compare>. */
export const en = {
  'compare.safeLabel': 'Emotionally safe',
  'compare.unsafeLabel': 'Not safe',
  /** Read before every item, so each line carries its side ("Not safe: Reactivity"). */
  'compare.sidePrefix': '{label}:',
  'compare.hint': 'Take your time with each pattern. When you feel ready, show what safety looks like instead.',
  'compare.controls': 'Show or hide every answer',
  /**
   * A face-down card's visible word: short, because eleven cards said the whole sentence
   * one under another (a wall of identical buttons). The side's heading beside it
   * ("Emotionally safe") and the hint above say what is shown; the name says the rest.
   */
  'compare.reveal': 'Show',
  'compare.conceal': 'Hide',
  /** Each reveal button's name: its visible words, then the pattern of its row. */
  'compare.revealFor': 'Show what safety looks like instead of {pattern}',
  'compare.concealFor': 'Hide what safety looks like instead of {pattern}',
  'compare.showAll': 'Show all',
  'compare.hideAll': 'Hide all',
  'compare.allShown': { one: 'The safe side is showing now.', other: 'All {count} safe sides are showing now.' },
  'compare.allHidden': 'The safe sides are hidden again.',
  'compare.aboutHeading': 'About this',
  'compare.more': 'More about this',
  /** The explanation's name: its visible words, then what it is about. */
  'compare.moreAbout': 'More about this: {topic}',
  'compare.source': 'From “{section}”, in “{article}”.',
} as const;

type SafetyCompareMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../../../core/l10n/catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends SafetyCompareMessages {}
}
