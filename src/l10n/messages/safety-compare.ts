import type { Translation } from './common.js';

/** Messages of <es-safety-compare>. */
export const en = {
  'compare.safeLabel': 'Emotionally safe',
  'compare.unsafeLabel': 'Not safe',
  /** Read before every item, so each line carries its side ("Not safe: Reactivity"). */
  'compare.sidePrefix': '{label}:',
  'compare.hint': 'Take your time with each pattern. When you feel ready, show what safety looks like instead.',
  'compare.controls': 'Show or hide every answer',
  'compare.reveal': 'Show what safety looks like',
  'compare.conceal': 'Hide what safety looks like',
  'compare.showAll': 'Show all',
  'compare.hideAll': 'Hide all',
  'compare.allShown': { one: 'The safe side is showing now.', other: 'All {count} safe sides are showing now.' },
  'compare.allHidden': 'The safe sides are hidden again.',
  'compare.aboutHeading': 'About this',
  'compare.more': 'More about this',
  'compare.source': 'From “{section}”, in “{article}”.',
} as const;

export const es = {
  'compare.safeLabel': 'Emocionalmente seguro',
  'compare.unsafeLabel': 'No seguro',
  'compare.sidePrefix': '{label}:',
  'compare.hint': 'Tómate tu tiempo con cada patrón. Cuando sientas que es el momento, mira cómo se ve la seguridad en su lugar.',
  'compare.controls': 'Mostrar u ocultar todas las respuestas',
  'compare.reveal': 'Mostrar cómo se ve la seguridad',
  'compare.conceal': 'Ocultar cómo se ve la seguridad',
  'compare.showAll': 'Mostrar todo',
  'compare.hideAll': 'Ocultar todo',
  'compare.allShown': { one: 'Ya se ve el lado seguro.', other: 'Ya se ven los {count} lados seguros.' },
  'compare.allHidden': 'Los lados seguros vuelven a estar ocultos.',
  'compare.aboutHeading': 'Sobre esto',
  'compare.more': 'Más sobre esto',
  'compare.source': 'De «{section}», en «{article}».',
} satisfies Translation<typeof en>;
