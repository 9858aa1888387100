/**
 * Stories made from data: the controls come from custom-elements.json (the manifest
 * `npm run analyze` writes from each class's JSDoc), and each story is one of its
 * element's examples (src/elements/<name>/<name>.examples.ts), so no story file lists
 * attributes by hand and the stories, the examples test and the pages show the same
 * configurations.
 */
import type { ArgTypes, Args, Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifest from '../custom-elements.json';
import type { ElementExamples, Example } from '../src/core/example.js';
import { exampleMarkup } from '../src/core/example-markup.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  description?: string;
  default?: string;
  deprecated?: string | boolean;
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

/** The attributes the manifest gives a tag, the deprecated ones left out. */
function attributesOf(tag: string): ManifestAttribute[] {
  for (const module of manifest.modules as { declarations?: ManifestDeclaration[] }[]) {
    const declaration = module.declarations?.find((d) => d.tagName === tag);
    if (declaration) return (declaration.attributes ?? []).filter((a) => !a.deprecated);
  }
  throw new Error(`custom-elements.json describes no <${tag}>`);
}

type Kind = { control: 'boolean' } | { control: 'number' } | { control: 'text' } | { control: 'select'; options: (string | undefined)[] };

/** The control for a type as the manifest writes it: `boolean`, `number`, `string`, or a union of string literals. */
function controlFor(typeText = 'string'): Kind {
  const parts = typeText.split('|').map((part) => part.trim());
  const real = parts.filter((part) => part !== 'undefined' && part !== 'null');
  if (real.length && real.every((part) => /^'[^']*'$/.test(part))) {
    const options = real.map((part) => part.slice(1, -1));
    return { control: 'select', options: real.length < parts.length ? [undefined, ...options] : options };
  }
  if (real.length === 1 && real[0] === 'boolean') return { control: 'boolean' };
  if (real.length === 1 && real[0] === 'number') return { control: 'number' };
  return { control: 'text' };
}

/** HTML's own `lang`, which every element follows: not in the manifest, so added here. */
const LANG: ManifestAttribute = { name: 'lang', type: { text: 'string' }, description: 'Language of the interface (HTML’s own `lang`), e.g. `en` or `es`.' };

const controlsOf = (tag: string) => new Map([...attributesOf(tag), LANG].map((a) => [a.name, { attribute: a, kind: controlFor(a.type?.text) }]));

/** The argTypes of a tag's attributes, each with the control its type calls for. */
export function argTypesFor(tag: string): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const [name, { attribute, kind }] of controlsOf(tag)) {
    argTypes[name] = {
      name,
      description: attribute.description,
      control: kind.control,
      ...('options' in kind ? { options: kind.options } : {}),
      table: { category: 'attributes', ...(attribute.default ? { defaultValue: { summary: attribute.default } } : {}) },
    };
  }
  return argTypes;
}

/** An example's attributes as args: numbers as numbers, for a number control. */
function argsOf(tag: string, example: Example): Args {
  const controls = controlsOf(tag);
  const args: Args = {};
  for (const [name, value] of Object.entries(example.attributes)) {
    const numeric = controls.get(name)?.kind.control === 'number' && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
    args[name] = numeric ? Number(value) : value;
  }
  return args;
}

/** Args back as attributes: unset and empty ones left out, numbers written as text. */
function attributesOfArgs(tag: string, args: Args): Record<string, string | boolean> {
  const controls = controlsOf(tag);
  const attributes: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!controls.has(name) || value === undefined || value === null || value === '') continue;
    attributes[name] = typeof value === 'boolean' ? value : String(value);
  }
  return attributes;
}

/**
 * The element follows the width of its own column, not the screen: an example with
 * `column: 'narrow'` is put in a 20rem (320 px) sidebar-like column on an otherwise wide page.
 */
export const inNarrowColumn: Decorator = (story) => html`<style>
    .narrow-column {
      max-inline-size: 20rem;
      border: 1px dashed color-mix(in srgb, currentColor 40%, transparent);
    }
  </style>
  <div class="narrow-column">${story()}</div>`;

/**
 * Renders the story's example with its attributes taken from the args. An example's own
 * provider takes the toolbar's theme, locale and region where it sets none, as the
 * provider Storybook puts round every story does.
 */
function renderFor(tag: string) {
  return (args: Args, context: StoryContext) => {
    const example = context.parameters.example as Example;
    const { globals } = context;
    const provider = example.provider && {
      ...(globals.theme && globals.theme !== 'page' ? { theme: String(globals.theme) } : {}),
      ...(globals.locale ? { locale: String(globals.locale) } : {}),
      ...(globals.region ? { region: String(globals.region) } : {}),
      ...example.provider,
    };
    // The narrow column is the decorator's, with its outline.
    const markup = exampleMarkup(tag, { ...example, column: undefined, provider, attributes: attributesOfArgs(tag, args) });
    return html`${unsafeHTML(markup)}`;
  };
}

/**
 * The meta of an element's stories: its controls from the manifest, its render from the
 * examples. Spread into the story file's own meta, which Storybook reads as written
 * (`{ title: '…', ...metaFor(examples) }`).
 */
export function metaFor(examples: ElementExamples): Pick<Meta, 'component' | 'argTypes' | 'render'> {
  return { component: examples.tag, argTypes: argTypesFor(examples.tag), render: renderFor(examples.tag) };
}

/** The story of one example, by its name; `more` adds to it (a viewport, say). */
export function storyOf(examples: ElementExamples, name: string, more: StoryObj = {}): StoryObj {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) throw new Error(`<${examples.tag}> has no example named ${name}`);
  return {
    ...more,
    args: { ...argsOf(examples.tag, example), ...more.args },
    decorators: [...(example.column === 'narrow' ? [inNarrowColumn] : []), ...(more.decorators ? [more.decorators].flat() : [])],
    parameters: { ...more.parameters, example, docs: { description: { story: example.description } } },
  };
}
