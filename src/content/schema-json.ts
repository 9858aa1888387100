/**
 * The content schemas written out as JSON Schema (draft 2020-12), for scripts/generate.mjs,
 * which publishes them as `schema/*.schema.json`. It walks the structure each schema-kit
 * builder keeps (`kind`, `format`, `item`, `shape`, …) and takes the words (titles and
 * descriptions) from a `describe` function, normally schema-docs.ts's. Nothing in the
 * elements imports this file: JSON Schema is for the people writing content, not for
 * the browsers showing it.
 */
import { FORMAT_PATTERNS, type AnySchema, type Schema, type TextFormat } from './schema-kit.js';

export type JsonSchema = { [key: string]: unknown };

/** The words for one schema: a title and description, and a description per field of a group. */
export interface SchemaDoc {
  title?: string;
  description?: string;
  fields?: { readonly [field: string]: string | undefined };
}

export type Describe = (schema: Schema<unknown>) => SchemaDoc | undefined;

const FORMAT_JSON: Record<TextFormat, JsonSchema> = {
  id: { pattern: FORMAT_PATTERNS.id.source },
  date: { format: 'date', pattern: FORMAT_PATTERNS.date.source },
};

/**
 * `schema` as JSON Schema. `description` is what the enclosing group says of this field;
 * it wins over the schema's own description, being the more specific of the two. Keys come
 * in a fixed order (the words last on plain values, before `properties` on groups) so
 * that the published files only change when the model does.
 */
export function toJsonSchema(schema: Schema<unknown>, describe: Describe = () => undefined, description?: string): JsonSchema {
  const s = schema as AnySchema;
  const doc = describe(s);
  const said = description ?? doc?.description;
  const words = said ? { description: said } : {};
  switch (s.kind) {
    case 'optional':
      return toJsonSchema(s.of, describe, description);
    case 'text':
      return {
        type: 'string',
        minLength: 1,
        ...(s.format ? FORMAT_JSON[s.format] : {}),
        ...words,
      };
    case 'yes-no':
      return { type: 'boolean', ...words };
    case 'one-of':
      return { enum: [...s.values], ...words };
    case 'list':
      return {
        type: 'array',
        items: toJsonSchema(s.item, describe),
        minItems: 1,
        ...words,
      };
    case 'group': {
      const fields = Object.entries(s.shape);
      return {
        type: 'object',
        ...(doc?.title ? { title: doc.title } : {}),
        ...words,
        properties: Object.fromEntries(fields.map(([key, field]) => [key, toJsonSchema(field, describe, doc?.fields?.[key])])),
        required: fields.filter(([, field]) => !field.optional).map(([key]) => key),
      };
    }
    case 'variant':
      return {
        ...words,
        // Each variant is its group with `type` pinned to its name, as the first property.
        oneOf: Object.entries(s.variants).map(([type, variant]) => {
          const json = toJsonSchema(variant, describe);
          const properties = { type: { const: type }, ...(json.properties as object) };
          return { ...json, properties, required: ['type', ...((json.required as string[]) ?? [])] };
        }),
      };
  }
}
