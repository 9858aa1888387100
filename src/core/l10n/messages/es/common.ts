/** Spanish messages for every element; loaded on demand (see `lazyCatalogues` in ../../catalogue.ts). */
import type { Translation, en } from '../common.js';

export const es = {
  'content.loading': 'Cargando…',
  'content.error.title': 'Esta parte de la página no se pudo mostrar.',
  'list.separator': ', ',
  'date.long': '{day} de {month} de {year}',
  'date.months': 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
} satisfies Translation<typeof en>;
