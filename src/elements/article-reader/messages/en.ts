/** Messages of <es-article-reader>. Keys start with "reader.". */
export const en = {
  'reader.readingTime': { one: '{count} min read', other: '{count} min read' },
  'reader.readingTimeRange': '{fast}–{slow} min read',
  'reader.contentNote': 'Content note:',
  'reader.contents': 'Contents',
  'reader.contentsOf': 'Contents: {title}',
  'reader.progress': 'Read so far: about {percent}%',
  'reader.termSeparator': ': ',
  'reader.comfort': 'Reading comfort',
  'reader.textSize': 'Text size',
  'reader.size.0': 'Small',
  'reader.size.1': 'Standard',
  'reader.size.2': 'Large',
  'reader.size.3': 'Larger',
  'reader.size.4': 'Largest',
  'reader.scheme': 'Colours',
  'reader.scheme.default': 'As the site',
  'reader.scheme.light': 'Light',
  'reader.scheme.dark': 'Dark',
  'reader.scheme.sepia': 'Sepia',
  'reader.scheme.contrast': 'High contrast',
  'reader.keptForVisit': 'These settings last until you leave or reload this page. Nothing is saved.',
  'reader.keptOnDevice': 'These settings are saved on this device, so they are here next time you visit. Unticking erases them.',
  'reader.keep': 'Keep these settings on this device',
  'reader.listen': 'Listen',
  'reader.listenLabel': 'Listen to this article',
  'reader.pause': 'Pause',
  'reader.resume': 'Resume',
  'reader.stop': 'Stop',
  'reader.nowReading': 'Reading aloud: {section}',
  'reader.beingRead': '(being read aloud)',
} as const;

type ArticleReaderMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../../../core/l10n/catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends ArticleReaderMessages {}
}
