/**
 * Explanations of content problems, written for the web designer who made the content,
 * in plain words, naming the field. Loaded on demand with the problem view
 * (src/core/content-problem.ts): pages whose content is fine never download them.
 */
export const en = {
  'content.error.unknownId': 'There is no built-in {kind} called “{id}”. The built-in ones are: {available}.',
  'content.error.json': 'The {kind} is not valid JSON: {detail}',
  'content.error.fetch': 'The {kind} at “{url}” could not be loaded ({detail}).',
  'content.error.invalid': 'The {kind} does not follow the content format:',
  'content.error.more': { one: '…and 1 more problem.', other: '…and {count} more problems.' },
  'content.kind.article': 'article',
  'content.kind.prompt-set': 'prompt set',
  'content.kind.comparison-set': 'comparison set',
  'content.kind.resource-list': 'resource list',
  'content.issue.missing': '“{path}” is missing: it should be {expected}.',
  'content.issue.type': '“{path}” should be {expected}, but it is {received}.',
  'content.issue.empty': '“{path}” is empty: it should be {expected} with something in it.',
  'content.issue.one-of': '“{path}” is “{received}”, but it should be one of: {allowed}.',
  'content.issue.format.id': '“{path}” is “{received}”: ids use only lower-case letters, digits and hyphens, like “my-section”.',
  'content.issue.format.date': '“{path}” is “{received}”: dates are written as YYYY-MM-DD, like 2026-01-31.',
  'content.issue.duplicate': '“{path}” repeats the id “{received}”: each id must be used once.',
  'content.root': 'the content',
  'content.value.text': 'text',
  'content.value.list': 'a list',
  'content.value.group': 'a group of fields (a JSON object)',
  'content.value.yes-no': 'true or false',
  'content.value.number': 'a number',
  'content.value.nothing': 'empty (null)',
} as const;

type ContentErrorMessages = typeof en;

// The catalogue's type learns these keys with the element (see core/l10n/catalogue.ts).
declare module '../catalogue.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface MessageCatalogue extends ContentErrorMessages {}
}
