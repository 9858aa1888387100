import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/quick-exit/quick-exit.js';
import type { EsQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { setQuickExitNavigation } from '../src/elements/quick-exit/navigation.js';
import { exitCoordinator } from '../src/elements/quick-exit/exit-coordinator.js';

/**
 * In Storybook the quick exit must not take the story away: its navigation is replaced
 * (the same hook the tests use) by one that shows the cover for a moment, says where it
 * would have gone, and puts a fresh quick exit back. On a real page it calls
 * `location.replace`.
 */
setQuickExitNavigation((url) => {
  const el = document.querySelector<EsQuickExit>('es-quick-exit');
  const log = document.querySelector('#quick-exit-log');
  setTimeout(() => {
    if (log) log.textContent = `It would now have left for ${url}, with location.replace (so Back does not return here).`;
    el?.replaceWith(el.cloneNode(true));
    // The story page stays: as if the reader had never left.
    exitCoordinator().forget();
  }, 1200);
});

type Args = { href?: string; position?: string; 'clear-stored'?: boolean; theme?: string; lang?: string };

const meta: Meta<Args> = {
  title: 'Elements/Quick exit',
  component: 'es-quick-exit',
  args: { position: 'top', 'clear-stored': false },
  parameters: {
    // The bar sits in the page's top layer, and exits on one page act as one: each story
    // gets a page (an iframe) of its own in the docs.
    docs: { story: { inline: false, iframeHeight: 240 } },
  },
  argTypes: {
    href: { control: 'text' },
    position: { control: 'inline-radio', options: ['top', 'bottom'] },
    'clear-stored': { control: 'boolean' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'es'] },
  },
  render: (args) => html`<es-quick-exit
      href=${ifDefined(args.href || undefined)}
      position=${ifDefined(args.position)}
      ?clear-stored=${args['clear-stored']}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      ><a href=${args.href || 'https://www.bbc.com/weather'}>Leave this page</a></es-quick-exit
    >
    <p>Click “Leave this page”, or press Shift three times on its own. In this story the page is covered for a moment and
      then comes back instead of leaving.</p>
    <p id="quick-exit-log" role="status"></p>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A bar across the top, above the page, going to the neutral default page (a weather page). */
export const Default: Story = {};

/** In the bottom corner instead. */
export const Bottom: Story = { args: { position: 'bottom' } };

/** Also erases everything the package stored on this device (such as reflection notes) before leaving. */
export const ClearStored: Story = { args: { 'clear-stored': true } };

/** Its own destination, winning over `<es-practice exit-url>`. */
export const CustomHref: Story = { args: { href: 'https://en.wikipedia.org/wiki/Cloud' } };

/** A `javascript:` address is refused (see the console) and the default is used. */
export const RefusedHref: Story = { args: { href: 'javascript:alert(1)' } };

/** The interface in Spanish. */
export const SpanishUI: Story = { args: { lang: 'es' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** At 280 px, the narrowest screen it is made for. */
export const Narrow: Story = {
  parameters: {
    viewport: {
      options: { narrowest: { name: 'Narrowest (280 px)', styles: { width: '280px', height: '720px' }, type: 'mobile' } },
    },
  },
  globals: { viewport: { value: 'narrowest', isRotated: false } },
};
