import type { ContentIssue } from '../content/schema-kit.js';

/** Why content could not be shown. Elements turn this into a kind, localised message. */
export type ContentProblem =
  | { code: 'unknown-id'; id: string; available: string[] }
  | { code: 'json'; detail: string }
  | { code: 'fetch'; url: string; detail: string }
  | { code: 'invalid'; issues: ContentIssue[] };
