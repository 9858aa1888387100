import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';

/**
 * Examples for the "Writing your own content" guide: the same element given valid and
 * invalid JSON, so designers see exactly the message a mistake produces.
 */
export const VALID_SET = {
  $schema: 'https://example.com/schema/comparison-set.schema.json',
  id: 'our-comparison',
  title: 'What we hope you feel in our sessions',
  rows: [
    { id: 'pace', safe: 'Going at your pace', unsafe: 'Being rushed' },
    { id: 'heard', safe: 'Being heard', unsafe: 'Being talked over' },
  ],
};

export const INVALID_SET = {
  id: 'Our Comparison',
  title: 'What we hope you feel in our sessions',
  rows: [{ id: 'pace', safe: 'Going at your pace' }],
};

const meta: Meta = {
  title: 'Guides/Writing your own content examples',
  tags: ['!autodocs'],
  // The two JSON examples are data for the guide, not stories.
  excludeStories: /_SET$/,
};
export default meta;

export const Valid: StoryObj = {
  render: () => html`<es-safety-compare
    ><script type="application/json">
      ${JSON.stringify(VALID_SET)}
    </script></es-safety-compare
  >`,
};

export const Invalid: StoryObj = {
  render: () => html`<es-safety-compare
    ><script type="application/json">
      ${JSON.stringify(INVALID_SET)}
    </script></es-safety-compare
  >`,
};
