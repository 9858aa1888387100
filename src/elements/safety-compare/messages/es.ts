/** Spanish messages for safety-compare; loaded on demand with the element (its .messages.ts module). */
import type { Translation } from '../../../core/l10n/messages/common.js';
import type { en } from './en.js';

export const es = {
  'compare.safeLabel': 'Emocionalmente seguro',
  'compare.unsafeLabel': 'No seguro',
  'compare.sidePrefix': '{label}:',
  'compare.hint': 'Tómate tu tiempo con cada patrón. Cuando sientas que es el momento, mira cómo se ve la seguridad en su lugar.',
  'compare.controls': 'Mostrar u ocultar todas las respuestas',
  'compare.reveal': 'Mostrar',
  'compare.conceal': 'Ocultar',
  'compare.revealFor': 'Mostrar cómo se ve la seguridad en lugar de {pattern}',
  'compare.concealFor': 'Ocultar cómo se ve la seguridad en lugar de {pattern}',
  'compare.showAll': 'Mostrar todo',
  'compare.hideAll': 'Ocultar todo',
  'compare.allShown': { one: 'Ya se ve el lado seguro.', other: 'Ya se ven los {count} lados seguros.' },
  'compare.allHidden': 'Los lados seguros vuelven a estar ocultos.',
  'compare.aboutHeading': 'Sobre esto',
  'compare.more': 'Más sobre esto',
  'compare.moreAbout': 'Más sobre esto: {topic}',
  'compare.source': 'De «{section}», en «{article}».',
} satisfies Translation<typeof en>;
