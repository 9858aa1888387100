/** The Spanish catalogue, loaded on demand (see `lazyCatalogues` in ../catalogue.ts). */
import { es as common } from '../messages/common.js';
import { es as articleReader } from '../messages/article-reader.js';
import { es as reflectionCard } from '../messages/reflection-card.js';
import { es as safetyCompare } from '../messages/safety-compare.js';
import { es as quickExit } from '../messages/quick-exit.js';
import { es as supportResources } from '../messages/support-resources.js';
import { es as contactCta } from '../messages/contact-cta.js';
import type { Messages } from '../catalogue.js';

export const es: Messages = {
  ...common,
  ...articleReader,
  ...reflectionCard,
  ...safetyCompare,
  ...quickExit,
  ...supportResources,
  ...contactCta,
};
