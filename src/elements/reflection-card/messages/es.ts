/** Spanish messages for reflection-card; loaded on demand with the element (its .messages.ts module). */
import type { Translation } from '../../../core/l10n/messages/common.js';
import type { en } from './en.js';

export const es = {
  'reflection.singleTitle': 'Un momento para reflexionar',
  'reflection.framing': 'No hay respuestas correctas ni incorrectas. Reflexiona sin culpa ni juicio, a tu propio ritmo.',
  'reflection.position': 'Pregunta {current} de {total}',
  'reflection.announce': 'Pregunta {current} de {total}: {text}',
  'reflection.navLabel': 'Preguntas',
  'reflection.previous': 'Anterior',
  'reflection.next': 'Siguiente',
  'reflection.skip': 'Dejarlo para otro momento',
  'reflection.skipHint': 'Oculta estas preguntas. Puedes volver a mostrarlas cuando quieras.',
  'reflection.skipped': 'Has dejado esta reflexión a un lado. Puedes volver a ella cuando quieras.',
  'reflection.resume': 'Volver a la reflexión',
  'reflection.noteLabel': 'Tu nota (opcional)',
  'reflection.privacy.memory': 'Tus notas se quedan solo en esta página y desaparecen al salir o recargarla.',
  'reflection.privacy.kept': 'Tus notas se guardan en este dispositivo hasta que desmarques la casilla o las borres.',
  'reflection.keep': 'Guardar mis notas en este dispositivo',
  'reflection.keepHint': 'Cualquier persona que use este dispositivo y navegador podría leerlas. Al desmarcarla se borran.',
  'reflection.clear': 'Borrar mis notas',
  'reflection.download': 'Descargar mis notas',
  'reflection.nothingYet': 'No hay notas que descargar ni borrar.',
  'reflection.nothingToDownload': 'No hay notas que descargar.',
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
