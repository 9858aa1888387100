/**
 * The content model and the built-in content, for developers who want to read, extend or
 * validate it: `import { builtinArticles, validateContent } from 'emotional-safety-elements/content.js'`.
 */
export * from './schemas.js';
export * from './builtins.js';
export { articleText, blockText } from './plain-text.js';
export { HELPLINE_DIRECTORY_URL } from './resources/intl.js';
export { checkContent, formatPath, type ContentIssue, type CheckResult, type PathSegment } from './schema-kit.js';
export { validateContent } from './validate.js';
