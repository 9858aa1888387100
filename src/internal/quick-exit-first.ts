/**
 * Imported first by the script-tag build: the quick exit (and `<es-practice>`, whose
 * settings it reads) are defined and painted before every other element. See `defineFirst`.
 */
import { defineFirst } from './define.js';

defineFirst(['es-practice', 'es-quick-exit', 'es-quick-exit-skip']);
