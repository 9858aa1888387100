import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/contact-cta/contact-cta.js';

type Args = { href?: string; label?: string; phone?: string; theme?: string; lang?: string };

const meta: Meta<Args> = {
  title: 'Elements/Contact CTA',
  component: 'es-contact-cta',
  argTypes: {
    href: { control: 'text' },
    label: { control: 'text' },
    phone: { control: 'text' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
  },
  render: (args) => html`<es-contact-cta
    href=${ifDefined(args.href || undefined)}
    label=${ifDefined(args.label || undefined)}
    phone=${ifDefined(args.phone || undefined)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></es-contact-cta>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Talk with Harbour Counselling", from the practice settings Storybook wraps every story in. */
export const FromProvider: Story = {};

/** Its own link, label and phone number win over the provider. */
export const OwnAttributes: Story = {
  args: { href: 'https://harbour-counselling.example/book', label: 'Book a first conversation', phone: '020 7946 0000' },
};

/** A phone number only. */
export const PhoneOnly: Story = {
  render: () => html`<es-practice name="Harbour Counselling" phone="020 7946 0000"><es-contact-cta></es-contact-cta></es-practice>`,
};

/** With its own line above the button, through the default slot. */
export const CustomLead: Story = {
  render: () => html`<es-contact-cta>Would it help to talk this through with someone?</es-contact-cta>`,
};

/** A `javascript:` link is refused (see the console); the provider's link is used instead. */
export const RefusedHref: Story = { args: { href: 'javascript:alert(1)' } };

/**
 * Nothing to link to: the element hides itself rather than show a button that goes
 * nowhere (this story is empty on purpose; the console says what to set).
 */
export const NothingConfigured: Story = {
  render: () => html`<es-practice><es-contact-cta></es-contact-cta></es-practice>`,
};

export const SpanishUI: Story = { args: { lang: 'es' } };

export const Dark: Story = { args: { theme: 'dark' } };
