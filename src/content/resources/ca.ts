import type { ResourceList } from '../schemas.js';
import { emergencyServices } from './emergency.js';

/** Canada. Numbers as given in the practice's brief; before each release a person checks them
 * against each service's own published numbers and updates `lastReviewed`. */
export const caResources: ResourceList = {
  id: 'ca',
  lang: 'en',
  lastReviewed: '2026-11-22',
  resources: [
    emergencyServices('911'),
    {
      id: '988-helpline',
      kind: 'crisis',
      name: '988 Suicide Crisis Helpline',
      description: 'Free and confidential, 24 hours a day, by call or text.',
      contacts: [
        { type: 'call', value: '988' },
        { type: 'text', value: '988' },
      ],
    },
  ],
};
