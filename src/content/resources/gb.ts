import type { ResourceList } from '../schemas.js';
import { emergencyServices } from './emergency.js';

/** United Kingdom. Numbers as given in the practice's brief; before each release a person checks them
 * against each service's own published numbers and updates `lastReviewed`. */
export const gbResources: ResourceList = {
  id: 'gb',
  lang: 'en',
  lastReviewed: '2026-11-22',
  resources: [
    emergencyServices('999'),
    {
      id: 'samaritans',
      kind: 'crisis',
      name: 'Samaritans',
      description: 'Free to call, 24 hours a day, whatever you are going through.',
      contacts: [{ type: 'call', value: '116 123' }],
    },
    {
      id: 'national-domestic-abuse-helpline',
      kind: 'domestic-abuse',
      name: 'National Domestic Abuse Helpline',
      description: 'Free and confidential, 24 hours a day.',
      contacts: [{ type: 'call', value: '0808 2000 247' }],
    },
  ],
};
