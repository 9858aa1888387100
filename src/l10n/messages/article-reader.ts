import type { Translation } from './common.js';

/** Messages of <es-article-reader>. Keys start with "articleReader.". */
export const en = {} as const;

export const es = {} satisfies Translation<typeof en>;
