import type { ResourceList } from '../schemas.js';

/**
 * The international directory of helplines. It is the one outside address in the
 * built-in content, on purpose: a link the reader may choose to follow, never a request
 * the page makes. Find A Helpline lists free, confidential services by country.
 */
export const HELPLINE_DIRECTORY_URL = 'https://findahelpline.com/';

/** Anywhere else: the local emergency number, and a directory to find a line nearby. */
export const intlResources: ResourceList = {
  id: 'intl',
  lang: 'en',
  lastReviewed: '2026-11-22',
  resources: [
    {
      id: 'emergency',
      kind: 'emergency',
      name: 'Your local emergency number',
      description: 'If you or someone else is in danger right now, call your local emergency number (112 works from mobile phones in many countries).',
    },
    {
      id: 'find-a-helpline',
      kind: 'crisis',
      name: 'Find A Helpline',
      description: 'A directory of free, confidential crisis and support lines in many countries.',
      contacts: [{ type: 'web', value: HELPLINE_DIRECTORY_URL, label: 'Find a helpline near you' }],
    },
  ],
};
