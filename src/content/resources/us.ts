import type { ResourceList } from '../schemas.js';
import { emergencyServices } from './emergency.js';

/** United States. Numbers as given in the practice's brief; before each release a person checks them
 * against each service's own published numbers and updates `lastReviewed`. */
export const usResources: ResourceList = {
  id: 'us',
  lang: 'en',
  lastReviewed: '2026-11-22',
  resources: [
    emergencyServices('911'),
    {
      id: '988-lifeline',
      kind: 'crisis',
      name: '988 Suicide & Crisis Lifeline',
      description: 'Free and confidential, 24 hours a day, by call or text.',
      contacts: [
        { type: 'call', value: '988' },
        { type: 'text', value: '988' },
      ],
    },
    {
      id: 'national-domestic-violence-hotline',
      kind: 'domestic-abuse',
      name: 'National Domestic Violence Hotline',
      description: 'Confidential support for anyone affected by abuse, 24 hours a day.',
      contacts: [{ type: 'call', value: '1-800-799-7233' }],
    },
  ],
};
