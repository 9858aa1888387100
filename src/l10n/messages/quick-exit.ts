import type { Translation } from './common.js';

/** Messages of <es-quick-exit>. Keys start with "quickExit.". */
export const en = {
  'quickExit.label': 'Leave this page',
  'quickExit.skip': 'Skip to “Leave this page”',
  'quickExit.progress': {
    one: 'Press Shift 1 more time to leave this page.',
    other: 'Press Shift {count} more times to leave this page.',
  },
  'quickExit.howItWorks': 'How this works',
  'quickExit.how.leave': 'This button takes you at once to an everyday website and hides this page while it loads.',
  'quickExit.how.shift': 'You can also press the Shift key three times in a row, on its own.',
  'quickExit.how.back': 'The Back button will not bring this page back.',
  'quickExit.how.clearNotes': 'It also erases any notes you kept on this device with this site.',
  'quickExit.how.limits':
    'It cannot erase your browser history: this page may still be listed there. A private or incognito window keeps no history once you close it.',
  'quickExit.how.device':
    'If someone may check your phone or computer, a device they do not use, such as a friend’s phone or a library computer, is safer.',
} as const;

export const es = {
  'quickExit.label': 'Salir de esta página',
  'quickExit.skip': 'Ir a «Salir de esta página»',
  'quickExit.progress': {
    one: 'Pulsa Mayúsculas 1 vez más para salir de esta página.',
    other: 'Pulsa Mayúsculas {count} veces más para salir de esta página.',
  },
  'quickExit.howItWorks': 'Cómo funciona',
  'quickExit.how.leave': 'Este botón te lleva al instante a un sitio web cotidiano y oculta esta página mientras carga.',
  'quickExit.how.shift': 'También puedes pulsar la tecla Mayúsculas tres veces seguidas, sola.',
  'quickExit.how.back': 'El botón Atrás no volverá a mostrar esta página.',
  'quickExit.how.clearNotes': 'También borra las notas que guardaste en este dispositivo con este sitio.',
  'quickExit.how.limits':
    'No puede borrar el historial del navegador: esta página puede seguir apareciendo en él. Una ventana privada o de incógnito no guarda historial al cerrarla.',
  'quickExit.how.device':
    'Si alguien puede revisar tu teléfono o tu ordenador, es más seguro usar un dispositivo que esa persona no use, como el teléfono de una amistad o un ordenador de una biblioteca.',
} satisfies Translation<typeof en>;
