/**
 * Messages of <es-reflection-card>. Keys start with "reflection.". Written for a reader
 * who may be anxious: plain, unhurried, never telling them what they should feel.
 */
export const en = {
  'reflection.singleTitle': 'A moment to reflect',
  'reflection.framing': 'There are no right or wrong answers. Reflect without blame or judgment, at your own pace.',
  'reflection.position': 'Prompt {current} of {total}',
  'reflection.announce': 'Prompt {current} of {total}: {text}',
  'reflection.navLabel': 'Prompts',
  'reflection.previous': 'Previous',
  'reflection.next': 'Next',
  'reflection.skip': 'Skip for now',
  'reflection.skipHint': 'Hides these prompts. You can bring them back at any time.',
  'reflection.skipped': 'You have set this reflection aside. You can come back to it whenever you like.',
  'reflection.resume': 'Come back to the reflection',
  'reflection.noteLabel': 'Your note (optional)',
  'reflection.privacy.memory': 'Your notes stay on this page only, and disappear when you leave or reload it.',
  'reflection.privacy.kept': 'Your notes are kept on this device until you untick the box or clear them.',
  'reflection.keep': 'Keep my notes on this device',
  'reflection.keepHint': 'Anyone who uses this device and browser could read them. Unticking erases them.',
  'reflection.clear': 'Clear my notes',
  'reflection.download': 'Download my notes',
  'reflection.nothingYet': 'There are no notes to download or clear.',
  'reflection.nothingToDownload': 'There are no notes to download.',
  'reflection.downloadHint': 'The file is made in your browser and saved to this device’s downloads.',
  'reflection.notice.kept': 'Your notes are now kept on this device.',
  'reflection.notice.unkept': 'Your notes are no longer kept on this device. They stay on this page until you leave it.',
  'reflection.notice.cleared': 'Your notes have been cleared.',
  'reflection.notice.unavailable':
    'This browser is not letting this page keep anything on your device (a private window can do this), so your notes stay on this page only.',
  'reflection.notice.corrupted':
    'Notes kept on this device earlier could not be read, so your notes stay on this page only for now.',
  'reflection.notice.writeFailed':
    'Your notes could not be kept on this device, so they stay on this page only. Nothing you wrote is lost.',
  'reflection.file.name': 'my-notes.txt',
  'reflection.file.prompt': '{current}. {text}',
  'reflection.file.empty': '(no note)',
} as const;

type ReflectionCardMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../../../core/l10n/catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends ReflectionCardMessages {}
}
