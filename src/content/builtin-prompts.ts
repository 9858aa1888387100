/** The built-in prompt sets, for <es-reflection-card>: importing this module registers them. */
import { emotionalSafetyPrompts } from './prompts/emotional-safety.js';
import { registerBuiltinSets } from './registry.js';
import type { PromptSet } from './schemas.js';

export const builtinPromptSets: Readonly<Record<string, PromptSet>> = {
  [emotionalSafetyPrompts.id]: emotionalSafetyPrompts,
};
registerBuiltinSets('prompt-set', builtinPromptSets);

export const DEFAULT_PROMPT_SET_ID = emotionalSafetyPrompts.id;
