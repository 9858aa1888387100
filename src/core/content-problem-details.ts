import { html, type TemplateResult } from 'lit';
import type { ContentProblem } from './content-problem.js';
import type { LocalizeController } from './localize-controller.js';
import type { ContentKind } from '../content/schemas.js';
import type { ContentIssue } from '../content/schema-kit.js';
import { formatPath } from '../content/vocabulary.js';
import { addBuiltinMessages, addLazyMessages, type MessageKey, type MessageParams } from './l10n/index.js';
import { en as contentErrorMessages } from './l10n/messages/content-errors.js';

// The explanations arrive with this module (see content-problem.ts).
addBuiltinMessages('en', contentErrorMessages);
addLazyMessages('es', () => import('./l10n/messages/es/content-errors.js').then((module) => module.es));

const MAX_ISSUES = 5;

function issueText(issue: ContentIssue, l: LocalizeController): string {
  // Each message takes the fields its problem has: kinds of value in words, lists as lists.
  const params: MessageParams = { path: issue.path.length ? formatPath(issue.path) : l.t('content.root') };
  if ('expected' in issue) params.expected = l.t(`content.value.${issue.expected}`);
  if ('received' in issue) params.received = issue.code === 'type' ? l.t(`content.value.${issue.received}`) : issue.received;
  if ('allowed' in issue) params.allowed = l.list(issue.allowed);
  return l.t((issue.code === 'format' ? `content.issue.format.${issue.format}` : `content.issue.${issue.code}`) as MessageKey, params);
}

export function renderContentProblemDetails(
  problem: ContentProblem,
  kind: ContentKind,
  l: LocalizeController,
): TemplateResult {
  // Each summary takes the fields its problem has (`id`, `url`, `detail`), lists as lists.
  const params: MessageParams = { ...(problem as Partial<Record<string, string>>), kind: l.t(`content.kind.${kind}`) };
  if (problem.code === 'unknown-id') params.available = l.list(problem.available);
  const summary = l.t(problem.code === 'unknown-id' ? 'content.error.unknownId' : `content.error.${problem.code}`, params);
  const issues = problem.code === 'invalid' ? problem.issues : [];
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
