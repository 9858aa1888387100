import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';

type Args = {
  name?: string;
  'contact-url'?: string;
  phone?: string;
  region?: string;
  'exit-url'?: string;
  locale?: string;
  theme?: string;
};

/**
 * `<es-practice>` shares a practice's settings with every element inside it. Change a
 * control and watch the call to action, the support lines, the language and the theme
 * follow, with no attribute on the elements themselves.
 */
const meta: Meta<Args> = {
  title: 'Elements/Practice (provider)',
  component: 'es-practice',
  args: {
    name: 'Harbour Counselling',
    'contact-url': 'mailto:hello@harbour-counselling.example',
    phone: '+44 20 7946 0000',
    region: 'gb',
    locale: 'en',
  },
  argTypes: {
    region: { control: 'select', options: ['us', 'ca', 'gb', 'au', 'intl'] },
    locale: { control: 'select', options: ['en', 'es'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: (args) => html`<es-practice
    name=${ifDefined(args.name)}
    contact-url=${ifDefined(args['contact-url'])}
    phone=${ifDefined(args.phone)}
    region=${ifDefined(args.region)}
    exit-url=${ifDefined(args['exit-url'])}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
  >
    <es-contact-cta></es-contact-cta>
    <es-support-resources heading-level="3"></es-support-resources>
    <es-safety-compare set="is-vs-is-not"></es-safety-compare>
  </es-practice>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SharesSettings: Story = {};

export const SpanishAndDark: Story = { args: { locale: 'es', theme: 'dark', region: 'us' } };

/** An attribute on an element wins over the provider: here the comparison stays in English. */
export const ElementAttributesWin: Story = {
  args: { locale: 'es' },
  render: (args) => html`<es-practice locale=${ifDefined(args.locale)} name=${ifDefined(args.name)} contact-url=${ifDefined(args['contact-url'])}>
    <es-contact-cta></es-contact-cta>
    <es-safety-compare lang="en"></es-safety-compare>
  </es-practice>`,
};
