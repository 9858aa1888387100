import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/support-resources/support-resources.js';
import { builtinResourceLists } from '../src/content/index.js';

type Args = { region?: string; src?: string; 'heading-level'?: number; heading?: string; 'hide-heading'?: boolean; theme?: string; lang?: string };

const meta: Meta<Args> = {
  title: 'Elements/Support resources',
  component: 'es-support-resources',
  args: { region: 'intl' },
  argTypes: {
    region: { control: 'select', options: Object.keys(builtinResourceLists) },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    heading: { control: 'text' },
    'hide-heading': { control: 'boolean' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
  },
  render: (args) => html`<es-support-resources
    region=${ifDefined(args.region)}
    src=${ifDefined(args.src || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    heading=${ifDefined(args.heading || undefined)}
    ?hide-heading=${Boolean(args['hide-heading'])}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></es-support-resources>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Anywhere: the local emergency number, and a link to an international helpline directory. */
export const International: Story = {};

export const UnitedStates: Story = { args: { region: 'us' } };

export const Canada: Story = { args: { region: 'ca' } };

export const UnitedKingdom: Story = { args: { region: 'gb' } };

export const Australia: Story = { args: { region: 'au' } };

/** Under the page's own heading: the element's is left out, the region keeps its name, the services are h3. */
export const UnderThePagesHeading: Story = {
  args: { region: 'gb', 'hide-heading': true, 'heading-level': 2 },
  render: (args) => html`<h2>If you need support now</h2>
    <es-support-resources region=${ifDefined(args.region)} hide-heading heading-level=${ifDefined(args['heading-level'])}></es-support-resources>`,
};

/** A practice's own entries, given inline, shown with the built-in ones by kind. */
export const WithPracticeEntries: Story = {
  args: { region: 'gb' },
  render: (args) => html`<es-support-resources region=${ifDefined(args.region)} theme=${ifDefined(args.theme)}>
    <script type="application/json">
      {
        "id": "harbour-extra",
        "lastReviewed": "2026-10-01",
        "resources": [
          {
            "id": "out-of-hours",
            "kind": "support",
            "name": "Harbour Counselling out-of-hours line",
            "description": "For existing clients, evenings and weekends.",
            "contacts": [{ "type": "call", "value": "020 7946 0000" }]
          }
        ]
      }
    </script>
  </es-support-resources>`,
};

/** What a designer sees when their own entries do not follow the format: the built-in help stays. */
export const InvalidPracticeEntries: Story = {
  args: { region: 'gb' },
  render: (args) => html`<es-support-resources region=${ifDefined(args.region)}>
    <script type="application/json">
      { "id": "ours", "resources": [{ "id": "x", "kind": "hotline", "name": "X" }] }
    </script>
  </es-support-resources>`,
};

/** The interface in Spanish; the entries keep their own language. */
export const SpanishUI: Story = { args: { region: 'us', lang: 'es' } };

export const Dark: Story = { args: { region: 'au', theme: 'dark' } };
