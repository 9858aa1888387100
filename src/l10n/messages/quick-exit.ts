import type { Translation } from './common.js';

/** Messages of <es-quick-exit>. Keys start with "quickExit.". */
export const en = {} as const;

export const es = {} satisfies Translation<typeof en>;
