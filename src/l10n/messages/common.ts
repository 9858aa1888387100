/**
 * Messages shared by every element: loading and content errors. Content errors are
 * written for the web designer who made the content, in plain words, naming the field.
 */
export const en = {
  'content.loading': 'Loading…',
  'content.error.title': 'This part of the page could not be shown.',
  'content.error.unknownId': 'There is no built-in {kind} called “{id}”. The built-in ones are: {available}.',
  'content.error.json': 'The {kind} is not valid JSON: {detail}',
  'content.error.fetch': 'The {kind} at “{url}” could not be loaded ({detail}).',
  'content.error.invalid': 'The {kind} does not follow the content format:',
  'content.error.more': { one: '…and 1 more problem.', other: '…and {count} more problems.' },
  'content.kind.article': 'article',
  'content.kind.prompt-set': 'prompt set',
  'content.kind.comparison-set': 'comparison set',
  'content.issue.missing': '“{path}” is missing: it should be {expected}.',
  'content.issue.type': '“{path}” should be {expected}, but it is {received}.',
  'content.issue.empty': '“{path}” is empty: it should be {expected} with something in it.',
  'content.issue.one-of': '“{path}” is “{received}”, but it should be one of: {allowed}.',
  'content.issue.format.id': '“{path}” is “{received}”: ids use only lower-case letters, digits and hyphens, like “my-section”.',
  'content.issue.format.link': '“{path}” is “{received}”: links must start with https:, http:, mailto: or tel:.',
  'content.issue.format.date': '“{path}” is “{received}”: dates are written as YYYY-MM-DD, like 2026-01-31.',
  'content.issue.duplicate': '“{path}” repeats the id “{received}”: each id must be used once.',
  'content.root': 'the content',
  'content.value.text': 'text',
  'content.value.list': 'a list',
  'content.value.group': 'a group of fields (a JSON object)',
  'content.value.yes-no': 'true or false',
  'content.value.number': 'a number',
  'content.value.nothing': 'empty (null)',
  'list.separator': ', ',
} as const;

export const es = {
  'content.loading': 'Cargando…',
  'content.error.title': 'Esta parte de la página no se pudo mostrar.',
  'content.error.unknownId': 'No hay ningún {kind} integrado llamado «{id}». Los integrados son: {available}.',
  'content.error.json': 'El {kind} no es JSON válido: {detail}',
  'content.error.fetch': 'No se pudo cargar el {kind} de «{url}» ({detail}).',
  'content.error.invalid': 'El {kind} no sigue el formato de contenido:',
  'content.error.more': { one: '…y 1 problema más.', other: '…y {count} problemas más.' },
  'content.kind.article': 'artículo',
  'content.kind.prompt-set': 'conjunto de preguntas',
  'content.kind.comparison-set': 'conjunto de comparaciones',
  'content.issue.missing': 'Falta «{path}»: debería ser {expected}.',
  'content.issue.type': '«{path}» debería ser {expected}, pero es {received}.',
  'content.issue.empty': '«{path}» está vacío: debería ser {expected} con contenido.',
  'content.issue.one-of': '«{path}» es «{received}», pero debería ser uno de: {allowed}.',
  'content.issue.format.id': '«{path}» es «{received}»: los identificadores usan solo minúsculas, dígitos y guiones, como «mi-seccion».',
  'content.issue.format.link': '«{path}» es «{received}»: los enlaces deben empezar por https:, http:, mailto: o tel:.',
  'content.issue.format.date': '«{path}» es «{received}»: las fechas se escriben AAAA-MM-DD, como 2026-01-31.',
  'content.issue.duplicate': '«{path}» repite el identificador «{received}»: cada identificador se usa una sola vez.',
  'content.root': 'el contenido',
  'content.value.text': 'texto',
  'content.value.list': 'una lista',
  'content.value.group': 'un grupo de campos (un objeto JSON)',
  'content.value.yes-no': 'true o false',
  'content.value.number': 'un número',
  'content.value.nothing': 'vacío (null)',
  'list.separator': ', ',
} satisfies Translation<typeof en>;

/** A translation must cover the same keys; plural messages stay plural. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : { one?: string; other: string } };
