/** Spanish messages for quick-exit; loaded on demand with the element (its .messages.ts module). */
import type { Translation } from '../../../core/l10n/messages/common.js';
import type { en } from './en.js';

export const es = {
  'quickExit.label': 'Salir de esta página',
  'quickExit.progress': {
    one: 'Pulsa Mayúsculas 1 vez más para salir de esta página.',
    other: 'Pulsa Mayúsculas {count} veces más para salir de esta página.',
  },
  'quickExit.reset': 'La cuenta de Mayúsculas empezó de nuevo. Pulsa Mayúsculas 3 veces seguidas para salir de esta página.',
  'quickExit.neutralTitle': 'Cargando…',
  'quickExit.howItWorks': 'Cómo funciona',
  'quickExit.how.leave': 'Este botón te lleva al instante a un sitio web cotidiano y oculta esta página mientras carga.',
  'quickExit.how.shift': 'También puedes pulsar la tecla Mayúsculas tres veces seguidas, sola.',
  'quickExit.how.back': 'El botón Atrás no volverá a mostrar esta página.',
  'quickExit.how.clearStored': 'También borra lo que guardaste en este dispositivo con este sitio: notas y ajustes de lectura.',
  'quickExit.how.framed':
    'Esta parte de la página se muestra dentro de otro sitio web. Si al salir no desaparece toda la página, cierra la pestaña.',
  'quickExit.how.limits':
    'No puede borrar el historial del navegador: esta página puede seguir apareciendo en él. Una ventana privada o de incógnito no guarda historial al cerrarla.',
  'quickExit.how.device':
    'Si alguien puede revisar tu teléfono o tu ordenador, es más seguro usar un dispositivo que esa persona no use, como el teléfono de una amistad o un ordenador de una biblioteca.',
} satisfies Translation<typeof en>;
