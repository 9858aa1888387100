import { checkContent, type CheckResult, type Schema } from './schema-kit.js';
import { CONTENT_SCHEMAS, type ContentByKind, type ContentKind } from './schemas.js';

/** Checks parsed JSON against the schema of one kind of content. */
export function validateContent<K extends ContentKind>(kind: K, value: unknown): CheckResult<ContentByKind[K]> {
  const schema = CONTENT_SCHEMAS[kind] as Schema<unknown> as Schema<ContentByKind[K]>;
  return checkContent(schema, value);
}
