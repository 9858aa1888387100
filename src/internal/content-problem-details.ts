import { html, type TemplateResult } from 'lit';
import type { ContentProblem } from '../controllers/content-controller.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { ContentKind } from '../content/schemas.js';
import type { ContentIssue } from '../content/schema-kit.js';
import { formatPath } from '../content/vocabulary.js';
import { addBuiltinMessages, type MessageKey } from '../l10n/index.js';
import { en as contentErrorMessages } from '../l10n/messages/content-errors.js';

// The explanations arrive with this module (see content-problem.ts).
addBuiltinMessages('en', contentErrorMessages);

const MAX_ISSUES = 5;

function issueText(issue: ContentIssue, l: LocalizeController): string {
  const path = issue.path.length ? formatPath(issue.path) : l.t('content.root');
  switch (issue.code) {
    case 'missing':
    case 'empty':
      return l.t(`content.issue.${issue.code}`, { path, expected: l.t(`content.value.${issue.expected}`) });
    case 'type':
      return l.t('content.issue.type', {
        path,
        expected: l.t(`content.value.${issue.expected}`),
        received: l.t(`content.value.${issue.received}`),
      });
    case 'one-of':
      return l.t('content.issue.one-of', { path, received: issue.received, allowed: l.list(issue.allowed) });
    case 'format':
      return l.t(`content.issue.format.${issue.format}` as MessageKey, { path, received: issue.received });
    case 'duplicate':
      return l.t('content.issue.duplicate', { path, received: issue.received });
  }
}

/**
 * The kind, in-place explanation shown when content cannot be used. It names what is
 * wrong so a designer can fix it; the rest of the page carries on.
 */
export function renderContentProblemDetails(
  problem: ContentProblem,
  kind: ContentKind,
  l: LocalizeController,
): TemplateResult {
  const kindName = l.t(`content.kind.${kind}`);
  let summary: string;
  let issues: ContentIssue[] = [];
  switch (problem.code) {
    case 'unknown-id':
      summary = l.t('content.error.unknownId', { kind: kindName, id: problem.id, available: l.list(problem.available) });
      break;
    case 'json':
      summary = l.t('content.error.json', { kind: kindName, detail: problem.detail });
      break;
    case 'fetch':
      summary = l.t('content.error.fetch', { kind: kindName, url: problem.url, detail: problem.detail });
      break;
    case 'invalid':
      summary = l.t('content.error.invalid', { kind: kindName });
      issues = problem.issues;
  }
  const shown = issues.slice(0, MAX_ISSUES);
  const more = issues.length - shown.length;
  return html`<div class="error" part="error">
    <p><strong>${l.t('content.error.title')}</strong></p>
    <p>${summary}</p>
    ${shown.length
      ? html`<ul>
          ${shown.map((issue) => html`<li>${issueText(issue, l)}</li>`)}
        </ul>`
      : ''}
    ${more > 0 ? html`<p>${l.t('content.error.more', { count: more })}</p>` : ''}
  </div>`;
}
