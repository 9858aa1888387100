import type { Translation } from './common.js';

/**
 * Messages of <es-reflection-card>. Keys start with "reflection.". Written for a reader
 * who may be anxious: plain, unhurried, never telling them what they should feel.
 */
export const en = {
  'reflection.label': 'Reflection',
  'reflection.singleTitle': 'A moment to reflect',
  'reflection.framing': 'There are no right or wrong answers. Reflect without blame or judgment, at your own pace.',
  'reflection.position': 'Prompt {current} of {total}',
  'reflection.announce': 'Prompt {current} of {total}: {text}',
  'reflection.navLabel': 'Prompts',
  'reflection.previous': 'Previous',
  'reflection.next': 'Next',
  'reflection.skip': 'Skip for now',
  'reflection.skipped': 'You have set this reflection aside. You can come back to it whenever you like.',
  'reflection.resume': 'Come back to the reflection',
  'reflection.noteLabel': 'Your note (optional)',
  'reflection.privacy.memory': 'Your notes stay on this page only, and disappear when you leave or reload it.',
  'reflection.privacy.kept': 'Your notes are kept on this device until you untick the box or clear them.',
  'reflection.keep': 'Keep my notes on this device',
  'reflection.keepHint': 'Anyone who uses this device and browser could read them. Unticking erases them.',
  'reflection.clear': 'Clear my notes',
  'reflection.download': 'Download my notes',
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

export const es = {
  'reflection.label': 'Reflexión',
  'reflection.singleTitle': 'Un momento para reflexionar',
  'reflection.framing': 'No hay respuestas correctas ni incorrectas. Reflexiona sin culpa ni juicio, a tu propio ritmo.',
  'reflection.position': 'Pregunta {current} de {total}',
  'reflection.announce': 'Pregunta {current} de {total}: {text}',
  'reflection.navLabel': 'Preguntas',
  'reflection.previous': 'Anterior',
  'reflection.next': 'Siguiente',
  'reflection.skip': 'Dejarlo para otro momento',
  'reflection.skipped': 'Has dejado esta reflexión a un lado. Puedes volver a ella cuando quieras.',
  'reflection.resume': 'Volver a la reflexión',
  'reflection.noteLabel': 'Tu nota (opcional)',
  'reflection.privacy.memory': 'Tus notas se quedan solo en esta página y desaparecen al salir o recargarla.',
  'reflection.privacy.kept': 'Tus notas se guardan en este dispositivo hasta que desmarques la casilla o las borres.',
  'reflection.keep': 'Guardar mis notas en este dispositivo',
  'reflection.keepHint': 'Cualquier persona que use este dispositivo y navegador podría leerlas. Al desmarcarla se borran.',
  'reflection.clear': 'Borrar mis notas',
  'reflection.download': 'Descargar mis notas',
  'reflection.downloadHint': 'El archivo se crea en tu navegador y se guarda en las descargas de este dispositivo.',
  'reflection.notice.kept': 'Tus notas ahora se guardan en este dispositivo.',
  'reflection.notice.unkept': 'Tus notas ya no se guardan en este dispositivo. Se quedan en esta página hasta que salgas.',
  'reflection.notice.cleared': 'Tus notas se han borrado.',
  'reflection.notice.unavailable':
    'Este navegador no permite que esta página guarde nada en tu dispositivo (una ventana privada puede hacerlo), así que tus notas se quedan solo en esta página.',
  'reflection.notice.corrupted':
    'No se pudieron leer las notas guardadas antes en este dispositivo, así que por ahora tus notas se quedan solo en esta página.',
  'reflection.notice.writeFailed':
    'No se pudieron guardar tus notas en este dispositivo, así que se quedan solo en esta página. No se ha perdido nada de lo que escribiste.',
  'reflection.file.name': 'mis-notas.txt',
  'reflection.file.prompt': '{current}. {text}',
  'reflection.file.empty': '(sin nota)',
} satisfies Translation<typeof en>;
