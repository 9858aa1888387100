import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/index.js';

/**
 * A live playground for the `--es-*` tokens, used by the "Theming" guide. Every control
 * sets one custom property on a wrapper; the elements inside pick it up.
 */
const TOKENS = {
  '--es-color-text': '#2b2a33',
  '--es-color-surface': '#fbf8f4',
  '--es-color-accent': '#3f6b5a',
  '--es-color-safe': '#1c6547',
  '--es-color-unsafe': '#8c3547',
  '--es-color-muted': '#4b535d',
  '--es-color-border': '#737b86',
  '--es-color-focus': '#3f6b5a',
  '--es-font-body': 'Georgia, serif',
  '--es-font-heading': 'Georgia, serif',
  '--es-radius': '0.75rem',
  '--es-max-width': '40rem',
  '--es-space': '1rem',
} as const;

type Args = Record<keyof typeof TOKENS, string>;

const meta: Meta<Args> = {
  title: 'Guides/Theming playground',
  tags: ['!autodocs'],
  args: { ...TOKENS },
  argTypes: Object.fromEntries(
    Object.keys(TOKENS).map((name) => [name, { control: name.startsWith('--es-color') ? 'color' : 'text' }]),
  ),
  render: (args) => html`<div class="playground" style=${styleMap(args)}>
    <es-safety-compare></es-safety-compare>
  </div>`,
};
export default meta;

export const Playground: StoryObj<Args> = {};

/** The elements with no token set: they take the page's font and colours. */
export const InheritsThePage: StoryObj<Args> = {
  render: () => html`<div style="font-family: 'Trebuchet MS', sans-serif; color: #23395b">
    <es-safety-compare></es-safety-compare>
  </div>`,
};
