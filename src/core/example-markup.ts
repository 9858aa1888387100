import type { Example } from './example.js';

/** An attribute value with the characters that could end it or start markup escaped. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attributes as markup: `true` is a bare boolean attribute, `false` is left out. */
function attributeMarkup(attributes: Record<string, string | boolean>): string {
  let markup = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) markup += ` ${name}`;
    else if (value !== false) markup += ` ${name}="${escapeAttribute(value)}"`;
  }
  return markup;
}

/**
 * An example as a string of HTML, for stories, tests and pages: the element with its
 * attributes (escaped) and children, after its `before` markup, inside its provider and
 * its narrow column when it has them. The children and `before` are markup already, as
 * the example's author wrote them.
 */
export function exampleMarkup(tag: string, example: Example): string {
  let markup = `${example.before ?? ''}<${tag}${attributeMarkup(example.attributes)}>${example.inner ?? ''}</${tag}>`;
  if (example.provider) markup = `<es-practice${attributeMarkup(example.provider)}>${markup}</es-practice>`;
  if (example.column === 'narrow') markup = `<div class="es-example-narrow" style="max-inline-size: 20rem">${markup}</div>`;
  return markup;
}
