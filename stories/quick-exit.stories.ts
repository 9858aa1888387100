import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/quick-exit/quick-exit.js';
import type { EsQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import { setQuickExitNavigation } from '../src/elements/quick-exit/navigation.js';
import { exitCoordinator } from '../src/elements/quick-exit/exit-coordinator.js';
import { quickExitExamples as examples } from '../src/elements/quick-exit/quick-exit.examples.js';
import { metaFor, storyOf } from './from-manifest.js';

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

/** What to try, and where the story says it would have gone. */
const withInstructions: Decorator = (story) => html`${story()}
  <p>Click “Leave this page”, or press Shift three times on its own. In this story the page is covered for a moment and
    then comes back instead of leaving.</p>
  <p id="quick-exit-log" role="status"></p>`;

// Each story is one of src/elements/quick-exit/quick-exit.examples.ts, its controls from the manifest.
const meta: Meta = {
  title: 'Elements/Quick exit',
  ...metaFor(examples),
  decorators: [withInstructions],
  parameters: {
    // The bar sits in the page's top layer, and exits on one page act as one: each story
    // gets a page (an iframe) of its own in the docs.
    docs: { story: { inline: false, iframeHeight: 240 } },
  },
};
export default meta;

/** At 280 px, the narrowest screen it is made for. */
const narrowest: StoryObj = {
  parameters: {
    viewport: {
      options: { narrowest: { name: 'Narrowest (280 px)', styles: { width: '280px', height: '720px' }, type: 'mobile' } },
    },
  },
  globals: { viewport: { value: 'narrowest', isRotated: false } },
};

export const Default: StoryObj = storyOf(examples, 'Default');
export const Bottom: StoryObj = storyOf(examples, 'Bottom');
export const ClearStored: StoryObj = storyOf(examples, 'ClearStored');
export const CustomHref: StoryObj = storyOf(examples, 'CustomHref');
export const RefusedHref: StoryObj = storyOf(examples, 'RefusedHref');
export const OddPosition: StoryObj = storyOf(examples, 'OddPosition');
export const SpanishUI: StoryObj = storyOf(examples, 'SpanishUI');
export const Dark: StoryObj = storyOf(examples, 'Dark');
export const Narrow: StoryObj = storyOf(examples, 'Narrow', narrowest);
