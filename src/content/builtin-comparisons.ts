/** The built-in comparisons, for <es-safety-compare>: importing this module registers them. */
import { safeVsUnsafe } from './comparisons/safe-vs-unsafe.js';
import { isVsIsNot } from './comparisons/is-vs-is-not.js';
import { registerBuiltinSets } from './registry.js';
import type { ComparisonSet } from './schemas.js';

export const builtinComparisonSets: Readonly<Record<string, ComparisonSet>> = {
  [safeVsUnsafe.id]: safeVsUnsafe,
  [isVsIsNot.id]: isVsIsNot,
};
registerBuiltinSets('comparison-set', builtinComparisonSets);

export const DEFAULT_COMPARISON_SET_ID = safeVsUnsafe.id;
