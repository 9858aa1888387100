/** The built-in support lists, for <es-support-resources>: importing this module registers them. */
import { usResources } from './resources/us.js';
import { caResources } from './resources/ca.js';
import { gbResources } from './resources/gb.js';
import { auResources } from './resources/au.js';
import { intlResources } from './resources/intl.js';
import { registerBuiltinSets } from './registry.js';
import type { ResourceList } from './schemas.js';

/** Support and crisis contacts, by region: the ids match `<es-support-resources region>`. */
export const builtinResourceLists: Readonly<Record<string, ResourceList>> = {
  [usResources.id]: usResources,
  [caResources.id]: caResources,
  [gbResources.id]: gbResources,
  [auResources.id]: auResources,
  [intlResources.id]: intlResources,
};
registerBuiltinSets('resource-list', builtinResourceLists);

export const DEFAULT_RESOURCE_LIST_ID = intlResources.id;
