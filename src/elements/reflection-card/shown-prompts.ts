import type { Prompt, PromptSet } from '../../content/schemas.js';
import type { LocalizeController } from '../../core/localize-controller.js';

/** What the card shows: a set of prompts, or one prompt given by the practice. */
export interface Shown {
  title: string;
  intro?: string;
  lang?: string;
  prompts: readonly Prompt[];
  /** Whose notes these are: one entry per set or single prompt. */
  scope: string;
  single: boolean;
}

/** The practice's own `single` prompt when there is one, else the loaded `set`, else nothing yet. */
export function shownPrompts(single: string | undefined, set: PromptSet | undefined, l: LocalizeController): Shown | undefined {
  if (single) {
    return {
      title: l.t('reflection.singleTitle'),
      prompts: [{ id: 'prompt', text: single }],
      scope: `prompt:${single}`,
      single: true,
    };
  }
  if (!set) return undefined;
  return { title: set.title, intro: set.intro, lang: set.lang, prompts: set.prompts, scope: `set:${set.id}`, single: false };
}

/** The index in force among `count` prompts: whole, within them, whatever `wanted` was set to. */
export function promptIndex(wanted: number, count: number): number {
  const index = Math.floor(Number(wanted));
  return Number.isFinite(index) ? Math.min(Math.max(index, 0), count - 1) : 0;
}
