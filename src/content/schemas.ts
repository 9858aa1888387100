/**
 * The content model, defined once. The TypeScript types below are inferred from these
 * schemas, the elements validate against them, and `npm run schema` publishes them as
 * JSON Schema under `schema/` for practices writing their own content.
 */
import { group, list, oneOf, optional, text, variant, yesNo, type Infer } from './schema-kit.js';
import { CONTACT_TYPES, RESOURCE_KINDS } from './vocabulary.js';

const id = (description: string) => text({ format: 'id', description });

/** Where a built-in item comes from: an article and one of its sections. */
export const SourceRefSchema = group(
  {
    article: id('Id of the article the item comes from.'),
    section: id('Id of the section within that article.'),
  },
  { description: 'The article section this item is drawn from, so every item can be traced to its source.' },
);

const paragraph = group({ text: text({ description: 'The paragraph, as plain text.' }) });
const bulletList = group({
  ordered: optional(yesNo('Numbered list when true; bullet points otherwise.')),
  items: list(text(), { description: 'Each list item, as plain text.' }),
});
const terms = group({
  items: list(
    group({
      term: text({ description: 'The term, shown in bold.' }),
      description: text({ description: 'What the term means.' }),
    }),
    { description: 'Terms with their descriptions.' },
  ),
});
const quote = group({
  lead: optional(text({ description: 'Words that introduce the quote, shown just before it.' })),
  text: text({ description: 'The quoted words, including their quotation marks if wanted.' }),
  cite: optional(text({ description: 'Who or what is quoted.' })),
});

export const BlockSchema = variant(
  { paragraph, list: bulletList, terms, quote },
  'One block of an article: a paragraph, a list, a list of terms with descriptions, or a quote.',
);

export const SectionSchema = group({
  id: id('Stable id of the section, used for links such as page#section-id.'),
  heading: text({ description: 'The section heading.' }),
  blocks: list(BlockSchema, { description: 'The content of the section, in reading order.' }),
});

export const ArticleSchema = group(
  {
    id: id('Stable id of the article.'),
    title: text({ description: 'The article title.' }),
    lang: optional(text({ description: 'Language of the article, as a BCP 47 tag such as "en".' })),
    summary: optional(text({ description: 'One or two sentences describing the article.' })),
    contentNote: optional(
      text({ description: 'A gentle note shown before the text about difficult topics it mentions.' }),
    ),
    readingLevel: optional(text({ description: 'Reading level, for example "general" or "grade 8".' })),
    author: optional(text({ description: 'Who wrote the article.' })),
    published: optional(text({ format: 'date', description: 'When the article was first published (YYYY-MM-DD).' })),
    lastReviewed: optional(text({ format: 'date', description: 'When the article was last reviewed (YYYY-MM-DD).' })),
    nextReview: optional(text({ format: 'date', description: 'When the article is due for review (YYYY-MM-DD).' })),
    intro: optional(list(BlockSchema, { description: 'Blocks shown before the first section.' })),
    sections: list(SectionSchema, { uniqueIds: true, description: 'The sections of the article, in order.' }),
  },
  {
    title: 'Article',
    description: 'A long-form article for <es-article-reader>.',
  },
);

export const PromptSchema = group({
  id: id('Stable id of the prompt.'),
  text: text({ description: 'The reflection prompt, as plain text.' }),
  source: optional(SourceRefSchema),
});

export const PromptSetSchema = group(
  {
    id: id('Stable id of the prompt set.'),
    title: text({ description: 'Title of the set, shown above the prompts.' }),
    lang: optional(text({ description: 'Language of the prompts, as a BCP 47 tag.' })),
    intro: optional(text({ description: 'A short line introducing the prompts.' })),
    prompts: list(PromptSchema, { uniqueIds: true, description: 'The prompts, shown one at a time.' }),
  },
  { title: 'Prompt set', description: 'Reflection prompts for <es-reflection-card>.' },
);

export const ComparisonRowSchema = group({
  id: id('Stable id of the row.'),
  safe: text({ description: 'What it looks like when it is emotionally safe.' }),
  unsafe: text({ description: 'The unsafe pattern it contrasts with.' }),
  explanation: optional(text({ description: 'A short explanation, shown on request.' })),
  source: optional(SourceRefSchema),
});

export const ComparisonSetSchema = group(
  {
    id: id('Stable id of the comparison set.'),
    title: text({ description: 'Title of the comparison, used as the table caption.' }),
    lang: optional(text({ description: 'Language of the comparison, as a BCP 47 tag.' })),
    description: optional(text({ description: 'A sentence introducing the comparison.' })),
    safeLabel: optional(text({ description: 'Heading of the safe column.' })),
    unsafeLabel: optional(text({ description: 'Heading of the unsafe column.' })),
    rows: list(ComparisonRowSchema, { uniqueIds: true, description: 'The contrasts, one per row.' }),
  },
  { title: 'Comparison set', description: 'A safe-versus-unsafe comparison for <es-safety-compare>.' },
);

export { RESOURCE_KINDS, CONTACT_TYPES };

export const ResourceContactSchema = group({
  type: oneOf(CONTACT_TYPES, 'How to reach it: "call" (a phone number), "text" (a number for text messages) or "web" (an https: address).'),
  value: text({ description: 'The phone number as people write it ("0808 2000 247"), or the web address.' }),
  label: optional(text({ description: 'Words for the link instead of the default ("Call 988", "Text 988", "Visit example.org").' })),
});

export const ResourceSchema = group({
  id: id('Stable id of the entry.'),
  kind: oneOf(
    RESOURCE_KINDS,
    'What sort of help: "emergency" (always listed first), "crisis", "domestic-abuse" or "support".',
  ),
  name: text({ description: 'The name of the service, such as "Samaritans".' }),
  description: optional(text({ description: 'One plain sentence: who it is for, when it is open.' })),
  contacts: optional(list(ResourceContactSchema, { description: 'Ways to reach the service, in order.' })),
});

export const ResourceListSchema = group(
  {
    id: id('Stable id of the list.'),
    lang: optional(text({ description: 'Language of the entries, as a BCP 47 tag.' })),
    lastReviewed: optional(text({ format: 'date', description: 'When the entries were last checked (YYYY-MM-DD), shown under the list.' })),
    resources: list(ResourceSchema, { uniqueIds: true, description: 'The entries; they are shown by kind, emergency first.' }),
  },
  {
    title: 'Resource list',
    description: 'Support and crisis contacts for <es-support-resources>: a region’s built-in list, or a practice’s own entries added to it.',
  },
);

export const BLOCK_TYPES = ['paragraph', 'list', 'terms', 'quote'] as const;

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
