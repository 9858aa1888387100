import type { Translation } from './common.js';

/** Messages of <es-support-resources>. Keys start with "supportResources.". */
export const en = {} as const;

export const es = {} satisfies Translation<typeof en>;
