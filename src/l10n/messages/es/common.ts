/** Spanish messages for every element; loaded on demand with the rest of the Spanish catalogue. */
import type { Translation, en } from '../common.js';

export const es = {
  'content.loading': 'Cargando…',
  'content.error.title': 'Esta parte de la página no se pudo mostrar.',
  'list.separator': ', ',
} satisfies Translation<typeof en>;
