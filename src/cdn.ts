/**
 * The script-tag build (dist/cdn/emotional-safety.js): one self-contained file that
 * registers every element with everything it can need — Lit, both built-in articles,
 * every prompt and comparison set, the Spanish interface and the content validator.
 * A CMS may rename it or put it in a dated upload folder; nothing is fetched from
 * beside it (rollup inlines what the npm build loads on demand), so it works alone
 * under any name and path.
 *
 * Every element is defined in the same task, so a page's elements render in one go
 * and the host text after them moves once, not once per element. The provider comes
 * first (its settings reach the elements inside it), then the quick exit.
 */
export { EsPractice } from './elements/practice/practice.js';
export { EsQuickExit } from './elements/quick-exit/quick-exit.js';
export * from './index.js';
