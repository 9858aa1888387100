/**
 * The words of the published JSON Schema: a title and description for each kind of
 * content, and a description for each field, written once next to the schema and field
 * they describe. scripts/generate.mjs merges them into `schema/*.schema.json` through
 * schema-json.ts. The elements never import this file, so none of these sentences is in
 * the script a reader downloads; test/schema-docs.test.ts fails when a field has none.
 */
import type { GroupSchema, Schema, Shape, VariantSchema } from './schema-kit.js';
import type { Describe, SchemaDoc } from './schema-json.js';
import {
  ArticleSchema,
  BlockSchema,
  ComparisonRowSchema,
  ComparisonSetSchema,
  PromptSchema,
  PromptSetSchema,
  ResourceContactSchema,
  ResourceListSchema,
  ResourceSchema,
  SectionSchema,
  SourceRefSchema,
} from './schemas.js';

const docs = new Map<Schema<unknown>, SchemaDoc>();

/**
 * Words for a group; `fields` may only name fields it has. A field whose schema is a
 * described group or variant (like `source`) may go without: it is described by that schema.
 */
function describe<S extends Shape>(
  schema: GroupSchema<S>,
  words: { title?: string; description?: string; fields: { readonly [K in keyof S]?: string } },
): void;
function describe<V extends Shape>(schema: VariantSchema<V>, words: { description: string }): void;
function describe(schema: Schema<unknown>, words: SchemaDoc): void {
  docs.set(schema, words);
}

describe(SourceRefSchema, {
  description: 'The article section this item is drawn from, so every item can be traced to its source.',
  fields: {
    article: 'Id of the article the item comes from.',
    section: 'Id of the section within that article.',
  },
});

describe(BlockSchema, {
  description: 'One block of an article: a paragraph, a list, a list of terms with descriptions, or a quote.',
});
describe(BlockSchema.variants.paragraph, {
  fields: { text: 'The paragraph, as plain text.' },
});
describe(BlockSchema.variants.list, {
  fields: {
    ordered: 'Numbered list when true; bullet points otherwise.',
    items: 'Each list item, as plain text.',
  },
});
describe(BlockSchema.variants.terms, {
  fields: { items: 'Terms with their descriptions.' },
});
describe(BlockSchema.variants.terms.shape.items.item, {
  fields: {
    term: 'The term, shown in bold.',
    description: 'What the term means.',
  },
});
describe(BlockSchema.variants.quote, {
  fields: {
    lead: 'Words that introduce the quote, shown just before it.',
    text: 'The quoted words, including their quotation marks if wanted.',
    cite: 'Who or what is quoted.',
  },
});

describe(SectionSchema, {
  fields: {
    id: 'Stable id of the section, used for links such as page#section-id.',
    heading: 'The section heading.',
    blocks: 'The content of the section, in reading order.',
  },
});

describe(ArticleSchema, {
  title: 'Article',
  description: 'A long-form article for <es-article-reader>.',
  fields: {
    id: 'Stable id of the article.',
    title: 'The article title.',
    lang: 'Language of the article, as a BCP 47 tag such as "en".',
    summary: 'One or two sentences describing the article.',
    contentNote: 'A gentle note shown before the text about difficult topics it mentions.',
    readingLevel: 'Reading level, for example "general" or "grade 8".',
    author: 'Who wrote the article.',
    published: 'When the article was first published (YYYY-MM-DD).',
    lastReviewed: 'When the article was last reviewed (YYYY-MM-DD).',
    nextReview: 'When the article is due for review (YYYY-MM-DD).',
    intro: 'Blocks shown before the first section.',
    sections: 'The sections of the article, in order.',
  },
});

describe(PromptSchema, {
  fields: {
    id: 'Stable id of the prompt.',
    text: 'The reflection prompt, as plain text.',
  },
});

describe(PromptSetSchema, {
  title: 'Prompt set',
  description: 'Reflection prompts for <es-reflection-card>.',
  fields: {
    id: 'Stable id of the prompt set.',
    title: 'Title of the set, shown above the prompts.',
    lang: 'Language of the prompts, as a BCP 47 tag.',
    intro: 'A short line introducing the prompts.',
    prompts: 'The prompts, shown one at a time.',
  },
});

describe(ComparisonRowSchema, {
  fields: {
    id: 'Stable id of the row.',
    safe: 'What it looks like when it is emotionally safe.',
    unsafe: 'The unsafe pattern it contrasts with.',
    explanation: 'A short explanation, shown on request.',
  },
});

describe(ComparisonSetSchema, {
  title: 'Comparison set',
  description: 'A safe-versus-unsafe comparison for <es-safety-compare>.',
  fields: {
    id: 'Stable id of the comparison set.',
    title: 'Title of the comparison, used as the table caption.',
    lang: 'Language of the comparison, as a BCP 47 tag.',
    description: 'A sentence introducing the comparison.',
    safeLabel: 'Heading of the safe column.',
    unsafeLabel: 'Heading of the unsafe column.',
    rows: 'The contrasts, one per row.',
  },
});

describe(ResourceContactSchema, {
  fields: {
    type: 'How to reach it: "call" (a phone number), "text" (a number for text messages) or "web" (an https: address).',
    value: 'The phone number as people write it ("0808 2000 247"), or the web address.',
    label: 'Words for the link instead of the default ("Call 988", "Text 988", "Visit example.org").',
  },
});

describe(ResourceSchema, {
  fields: {
    id: 'Stable id of the entry.',
    kind: 'What sort of help: "emergency" (always listed first), "crisis", "domestic-abuse" or "support".',
    name: 'The name of the service, such as "Samaritans".',
    description: 'One plain sentence: who it is for, when it is open.',
    contacts: 'Ways to reach the service, in order.',
  },
});

describe(ResourceListSchema, {
  title: 'Resource list',
  description:
    'Support and crisis contacts for <es-support-resources>: a region’s built-in list, or a practice’s own entries added to it.',
  fields: {
    id: 'Stable id of the list.',
    lang: 'Language of the entries, as a BCP 47 tag.',
    lastReviewed: 'When the entries were last checked (YYYY-MM-DD), shown under the list.',
    resources: 'The entries; they are shown by kind, emergency first.',
  },
});

/** Every schema with words of its own, for the test that no field goes undescribed. */
export const SCHEMA_DOCS: ReadonlyMap<Schema<unknown>, SchemaDoc> = docs;

/** The words for `schema`, for `toJsonSchema(schema, describeSchema)`. */
export const describeSchema: Describe = (schema) => docs.get(schema);
