import { expect } from '@open-wc/testing';
import { CONTENT_SCHEMAS } from '../src/content/schemas.js';
import type { AnySchema, Schema } from '../src/content/schema-kit.js';
import type { Describe } from '../src/content/schema-json.js';
import { SCHEMA_DOCS, describeSchema } from '../src/content/schema-docs.js';

/** The schema a present value must pass: `optional` looked through. */
function present(schema: Schema<unknown>): AnySchema {
  const s = schema as AnySchema;
  return s.kind === 'optional' ? present(s.of) : s;
}

/** The same, with lists looked through to their items too. */
function unwrap(schema: Schema<unknown>): AnySchema {
  const s = present(schema);
  return s.kind === 'list' ? unwrap(s.item) : s;
}

/** Every group and variant reachable from `root`, each once. */
function reachable(root: Schema<unknown>, found = new Set<AnySchema>()): Set<AnySchema> {
  const s = unwrap(root);
  if (found.has(s)) return found;
  if (s.kind === 'group') {
    found.add(s);
    for (const field of Object.values(s.shape)) reachable(field, found);
  } else if (s.kind === 'variant') {
    found.add(s);
    for (const member of Object.values(s.variants)) reachable(member, found);
  }
  return found;
}

/**
 * "kind: path.to.field" for each field the published schema would leave without words: the
 * field has none of its own and its value is not a group or variant with a description.
 */
function undescribed(describe: Describe): string[] {
  const missing: string[] = [];
  for (const [kind, root] of Object.entries(CONTENT_SCHEMAS)) {
    const seen = new Set<Schema<unknown>>();
    const visit = (schema: Schema<unknown>, path: string) => {
      const s = unwrap(schema);
      if (seen.has(s)) return;
      seen.add(s);
      if (s.kind === 'variant') {
        for (const [type, member] of Object.entries(s.variants)) visit(member, `${path}(${type})`);
      } else if (s.kind === 'group') {
        for (const [key, field] of Object.entries(s.shape)) {
          const own = describe(s)?.fields?.[key];
          // A group or variant's own description is written on the field (not on a list's items).
          const value = present(field);
          const inherited = (value.kind === 'group' || value.kind === 'variant') && describe(value)?.description;
          if (!own && !inherited) missing.push(`${kind}: ${path}${path ? '.' : ''}${key}`);
          visit(field, `${path}${path ? '.' : ''}${key}`);
        }
      }
    };
    visit(root, '');
  }
  return missing;
}

describe('JSON Schema words (src/content/schema-docs.ts)', () => {
  it('describe every field of every kind of content', () => {
    expect(undescribed(describeSchema), 'fields without a description in schema-docs.ts').to.deep.equal([]);
  });

  it('are missed when a field loses its description', () => {
    const without: Describe = (schema) => {
      const doc = describeSchema(schema);
      if (schema !== CONTENT_SCHEMAS.article.shape.sections.item) return doc;
      return { ...doc, fields: { ...doc!.fields, heading: undefined } };
    };
    expect(undescribed(without)).to.deep.equal(['article: sections.heading']);
  });

  it('give every kind of content a title and a description', () => {
    for (const [kind, schema] of Object.entries(CONTENT_SCHEMAS)) {
      expect(describeSchema(schema)?.title, kind).to.be.a('string');
      expect(describeSchema(schema)?.description, kind).to.be.a('string');
    }
  });

  it('are written only for schemas and fields the content model has', () => {
    const all = new Set<AnySchema>();
    for (const root of Object.values(CONTENT_SCHEMAS)) reachable(root, all);
    for (const [schema, doc] of SCHEMA_DOCS) {
      const s = schema as AnySchema;
      expect(all.has(s), `words for a schema no content uses: ${JSON.stringify(doc)}`).to.equal(true);
      const fields = s.kind === 'group' ? Object.keys(s.shape) : [];
      for (const key of Object.keys(doc.fields ?? {})) expect(fields, 'a described field').to.include(key);
    }
  });
});
