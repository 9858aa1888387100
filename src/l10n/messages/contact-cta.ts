import type { Translation } from './common.js';

/** Messages of <es-contact-cta>. Keys start with "contactCta.". */
export const en = {} as const;

export const es = {} satisfies Translation<typeof en>;
