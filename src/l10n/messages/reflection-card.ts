import type { Translation } from './common.js';

/** Messages of <es-reflection-card>. Keys start with "reflectionCard.". */
export const en = {} as const;

export const es = {} satisfies Translation<typeof en>;
