import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at `level` (1–6), shared by the elements that fit their headings to the
 * page's outline. With an id it is focusable by script (unless `focusable` is false), so
 * a deep link can move focus to it. One literal template per level keeps tag names out
 * of bindings.
 */
export function heading(
  level: number,
  content: unknown,
  id?: string,
  part = 'heading',
  className?: string,
  focusable = Boolean(id),
): TemplateResult {
  const i = id ?? nothing;
  const c = className ?? nothing;
  const t = focusable ? '-1' : nothing;
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 id=${i} part=${part} class=${c} tabindex=${t}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} part=${part} class=${c} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${part} class=${c} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${part} class=${c} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${part} class=${c} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${part} class=${c} tabindex=${t}>${content}</h6>`;
  }
}
