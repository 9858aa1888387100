import type { Resource } from '../schemas.js';

/**
 * The first entry of every region's list: its emergency number, in the same plain words
 * everywhere (one place to change them).
 */
export function emergencyServices(number: string): Resource {
  return {
    id: 'emergency',
    kind: 'emergency',
    name: 'Emergency services',
    description: 'If you or someone else is in danger right now.',
    contacts: [{ type: 'call', value: number }],
  };
}
