import { html, type TemplateResult } from 'lit';
import type { ContentProblem } from './content-problem.js';
import type { LocalizeController } from './localize-controller.js';
import type { ContentKind } from '../content/schemas.js';

type Details = typeof import('./content-problem-details.js');

let details: Details | undefined;
let loading: Promise<void> | undefined;

/**
 * Fetches the detailed explanations of content problems (and their messages). Most pages
 * never have a problem, so this code stays out of the script until one does; the content
 * controller calls it as soon as content fails, and `updateComplete` waits for it.
 */
export function loadProblemDetails(): Promise<void> {
  loading ??= import('./content-problem-details.js').then(
    (module) => void (details = module),
    () => undefined,
  );
  return loading;
}

/**
 * The kind, in-place explanation shown when content cannot be used. It names what is
 * wrong so a designer can fix it; the rest of the page carries on. Until the details
 * have arrived (or if they cannot be fetched) it says, gently, that this part could not
 * be shown.
 */
export function renderContentProblem(problem: ContentProblem, kind: ContentKind, l: LocalizeController): TemplateResult {
  if (details) return details.renderContentProblemDetails(problem, kind, l);
  return html`<div class="error" part="error">
    <p><strong>${l.t('content.error.title')}</strong></p>
  </div>`;
}
