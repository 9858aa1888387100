/**
 * The content model, defined once. The TypeScript types below are inferred from these
 * schemas, the elements validate against them, and `npm run generate` publishes them as
 * JSON Schema under `schema/`, for practices writing their own content, with the titles
 * and field descriptions of schema-docs.ts (kept apart so the browser never downloads them).
 */
import { group, list, oneOf, optional, text, variant, yesNo, type Infer } from './schema-kit.js';
import { CONTACT_TYPES, RESOURCE_KINDS } from './vocabulary.js';

const id = () => text({ format: 'id' });

/** Where a built-in item comes from: an article and one of its sections. */
export const SourceRefSchema = group({
  article: id(),
  section: id(),
});

export const BlockSchema = variant({
  paragraph: group({ text: text() }),
  list: group({
    ordered: optional(yesNo()),
    items: list(text()),
  }),
  terms: group({
    items: list(group({ term: text(), description: text() })),
  }),
  quote: group({
    lead: optional(text()),
    text: text(),
    cite: optional(text()),
  }),
});

export const SectionSchema = group({
  id: id(),
  heading: text(),
  blocks: list(BlockSchema),
});

export const ArticleSchema = group({
  id: id(),
  title: text(),
  lang: optional(text()),
  summary: optional(text()),
  contentNote: optional(text()),
  readingLevel: optional(text()),
  author: optional(text()),
  published: optional(text({ format: 'date' })),
  lastReviewed: optional(text({ format: 'date' })),
  nextReview: optional(text({ format: 'date' })),
  intro: optional(list(BlockSchema)),
  sections: list(SectionSchema, { uniqueIds: true }),
});

export const PromptSchema = group({
  id: id(),
  text: text(),
  source: optional(SourceRefSchema),
});

export const PromptSetSchema = group({
  id: id(),
  title: text(),
  lang: optional(text()),
  intro: optional(text()),
  prompts: list(PromptSchema, { uniqueIds: true }),
});

export const ComparisonRowSchema = group({
  id: id(),
  safe: text(),
  unsafe: text(),
  explanation: optional(text()),
  source: optional(SourceRefSchema),
});

export const ComparisonSetSchema = group({
  id: id(),
  title: text(),
  lang: optional(text()),
  description: optional(text()),
  safeLabel: optional(text()),
  unsafeLabel: optional(text()),
  rows: list(ComparisonRowSchema, { uniqueIds: true }),
});

export { RESOURCE_KINDS, CONTACT_TYPES };

export const ResourceContactSchema = group({
  type: oneOf(CONTACT_TYPES),
  value: text(),
  label: optional(text()),
});

export const ResourceSchema = group({
  id: id(),
  kind: oneOf(RESOURCE_KINDS),
  name: text(),
  description: optional(text()),
  contacts: optional(list(ResourceContactSchema)),
});

export const ResourceListSchema = group({
  id: id(),
  lang: optional(text()),
  lastReviewed: optional(text({ format: 'date' })),
  resources: list(ResourceSchema, { uniqueIds: true }),
});

export type SourceRef = Infer<typeof SourceRefSchema>;
export type Block = Infer<typeof BlockSchema>;
export type Section = Infer<typeof SectionSchema>;
export type Article = Infer<typeof ArticleSchema>;
export type Prompt = Infer<typeof PromptSchema>;
export type PromptSet = Infer<typeof PromptSetSchema>;
export type ComparisonRow = Infer<typeof ComparisonRowSchema>;
export type ComparisonSet = Infer<typeof ComparisonSetSchema>;
export type ResourceContact = Infer<typeof ResourceContactSchema>;
export type Resource = Infer<typeof ResourceSchema>;
export type ResourceList = Infer<typeof ResourceListSchema>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The kinds of content, by name, as the loading controller and the schema files know them. */
export const CONTENT_SCHEMAS = {
  article: ArticleSchema,
  'prompt-set': PromptSetSchema,
  'comparison-set': ComparisonSetSchema,
  'resource-list': ResourceListSchema,
} as const;
export type ContentKind = keyof typeof CONTENT_SCHEMAS;
/** The content of each kind, by the kind's name. */
export type ContentByKind = { [K in ContentKind]: Infer<(typeof CONTENT_SCHEMAS)[K]> };
