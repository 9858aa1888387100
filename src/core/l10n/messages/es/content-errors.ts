/** Spanish explanations of content problems; loaded on demand with the problem view (core/content-problem-details.ts). */
import type { Translation } from '../common.js';
import type { en } from '../content-errors.js';

export const es = {
  'content.error.unknownId': 'No hay ningún {kind} integrado llamado «{id}». Los integrados son: {available}.',
  'content.error.json': 'El {kind} no es JSON válido: {detail}',
  'content.error.fetch': 'No se pudo cargar el {kind} de «{url}» ({detail}).',
  'content.error.invalid': 'El {kind} no sigue el formato de contenido:',
  'content.error.more': { one: '…y 1 problema más.', other: '…y {count} problemas más.' },
  'content.kind.article': 'artículo',
  'content.kind.prompt-set': 'conjunto de preguntas',
  'content.kind.comparison-set': 'conjunto de comparaciones',
  'content.kind.resource-list': 'lista de recursos',
  'content.issue.missing': 'Falta «{path}»: debería ser {expected}.',
  'content.issue.type': '«{path}» debería ser {expected}, pero es {received}.',
  'content.issue.empty': '«{path}» está vacío: debería ser {expected} con contenido.',
  'content.issue.one-of': '«{path}» es «{received}», pero debería ser uno de: {allowed}.',
  'content.issue.format.id': '«{path}» es «{received}»: los identificadores usan solo minúsculas, dígitos y guiones, como «mi-seccion».',
  'content.issue.format.date': '«{path}» es «{received}»: las fechas se escriben AAAA-MM-DD, como 2026-01-31.',
  'content.issue.duplicate': '«{path}» repite el identificador «{received}»: cada identificador se usa una sola vez.',
  'content.root': 'el contenido',
  'content.value.text': 'texto',
  'content.value.list': 'una lista',
  'content.value.group': 'un grupo de campos (un objeto JSON)',
  'content.value.yes-no': 'true o false',
  'content.value.number': 'un número',
  'content.value.nothing': 'vacío (null)',
} satisfies Translation<typeof en>;
