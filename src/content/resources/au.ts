import type { ResourceList } from '../schemas.js';
import { emergencyServices } from './emergency.js';

/** Australia. Numbers as given in the practice's brief; before each release a person checks them
 * against each service's own published numbers and updates `lastReviewed`. */
export const auResources: ResourceList = {
  id: 'au',
  lang: 'en',
  lastReviewed: '2026-11-22',
  resources: [
    emergencyServices('000'),
    {
      id: 'lifeline',
      kind: 'crisis',
      name: 'Lifeline',
      description: 'Crisis support, 24 hours a day.',
      contacts: [{ type: 'call', value: '13 11 14' }],
    },
    {
      id: '1800respect',
      kind: 'domestic-abuse',
      name: '1800RESPECT',
      description: 'Confidential support for anyone affected by domestic, family or sexual violence, 24 hours a day.',
      contacts: [{ type: 'call', value: '1800 737 732' }],
    },
  ],
};
