import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { copyableSource } from '../stories/copyable-source.js';

// Autodocs (attributes, properties, events, slots, parts, CSS properties) come from the
// custom-elements manifest that `npm run analyze` writes from the JSDoc on each class.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme given by <es-practice>',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['page', 'light', 'dark', 'auto'], dynamicTitle: true },
    },
    locale: {
      description: 'UI language given by <es-practice>',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'es'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    region: {
      description: 'Support-line region given by <es-practice>',
      toolbar: { title: 'Region', icon: 'location', items: ['intl', 'us', 'ca', 'gb', 'au'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'page', locale: 'en', dir: 'ltr', region: 'intl' },
  decorators: [
    (story, { globals }) => html`<es-practice
      name="Harbour Counselling"
      contact-url="mailto:hello@harbour-counselling.example"
      theme=${ifDefined(globals.theme === 'page' ? undefined : globals.theme)}
      locale=${globals.locale}
      region=${globals.region}
      lang=${globals.locale}
      dir=${globals.dir}
      >${story()}</es-practice
    >`,
  ],
  parameters: {
    viewport: {
      options: {
        narrow: { name: 'Narrowest phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Guides', ['Embed on your site', 'Theming', 'Writing your own content', 'Accessibility and safety'], 'Elements'] },
    },
    // Accessibility violations fail the story's test rather than only showing in the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { source: { transform: copyableSource } },
    layout: 'padded',
  },
};

export default preview;
