import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/safety-compare/safety-compare.js';
import { builtinComparisonSets } from '../src/content/index.js';

type Args = { set?: string; 'safe-label'?: string; 'unsafe-label'?: string; theme?: string };

const meta: Meta<Args> = {
  title: 'Elements/Safety compare',
  component: 'es-safety-compare',
  args: { set: 'safe-vs-unsafe' },
  argTypes: {
    set: { control: 'select', options: Object.keys(builtinComparisonSets) },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: (args) => html`<es-safety-compare
    set=${ifDefined(args.set)}
    safe-label=${ifDefined(args['safe-label'])}
    unsafe-label=${ifDefined(args['unsafe-label'])}
    theme=${ifDefined(args.theme)}
  ></es-safety-compare>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SafeVsUnsafe: Story = {};

export const IsVsIsNot: Story = { args: { set: 'is-vs-is-not' } };

export const CustomLabels: Story = { args: { 'safe-label': 'Feels safe', 'unsafe-label': 'Feels unsafe' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const UnknownSet: Story = { args: { set: 'no-such-set' } };
