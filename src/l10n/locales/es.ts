/** The Spanish catalogue, loaded on demand (see `lazyCatalogues` in ../catalogue.ts). */
import { es as common } from '../messages/es/common.js';
import { es as contentErrors } from '../messages/es/content-errors.js';
import { es as articleReader } from '../messages/es/article-reader.js';
import { es as reflectionCard } from '../messages/es/reflection-card.js';
import { es as safetyCompare } from '../messages/es/safety-compare.js';
import { es as quickExit } from '../messages/es/quick-exit.js';
import { es as supportResources } from '../messages/es/support-resources.js';
import { es as contactCta } from '../messages/es/contact-cta.js';
import type { Messages } from '../catalogue.js';

export const es: Messages = {
  ...common,
  ...contentErrors,
  ...articleReader,
  ...reflectionCard,
  ...safetyCompare,
  ...quickExit,
  ...supportResources,
  ...contactCta,
};
