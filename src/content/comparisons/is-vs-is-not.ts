import type { ComparisonSet } from '../schemas.js';

const article = 'what-emotional-safety-means';
const isNot = 'what-emotional-safety-is-not';

/**
 * Built-in comparison: what emotional safety is, and what it is not, from the sections
 * “What Emotional Safety Is” and “What Emotional Safety Is Not”.
 */
export const isVsIsNot: ComparisonSet = {
  id: 'is-vs-is-not',
  title: 'What emotional safety is, and is not',
  lang: 'en',
  safeLabel: 'Emotional safety is',
  unsafeLabel: 'Emotional safety is not',
  rows: [
    {
      id: 'conflict',
      safe: 'Handling conflict with care',
      unsafe: 'Never having conflict',
      explanation: 'Emotional safety does not mean never having conflict. In fact, conflict is inevitable in close relationships.',
      source: { article, section: isNot },
    },
    {
      id: 'honesty',
      safe: 'Space for honesty and boundaries',
      unsafe: 'Walking on eggshells to keep the peace',
      explanation: 'Instead, emotional safety creates space for honesty and boundaries.',
      source: { article, section: isNot },
    },
    {
      id: 'needs',
      safe: 'Both people mattering, even when their needs differ',
      unsafe: 'Always agreeing or having the same needs',
      explanation: 'It allows both people to matter—even when their needs differ.',
      source: { article, section: isNot },
    },
    {
      id: 'feelings',
      safe: 'Room for discomfort and intense feelings',
      unsafe: 'Feeling calm all the time',
      explanation: 'Discomfort can still show up in emotionally safe relationships.',
      source: { article, section: isNot },
    },
    {
      id: 'being-yourself',
      safe: 'Being yourself without fear of ridicule or abandonment',
      unsafe: 'Emotional perfection or endless patience',
      explanation: 'Emotional safety is the felt sense that you can be yourself in a relationship without fear of ridicule, dismissal, punishment, or abandonment.',
      source: { article, section: 'what-emotional-safety-is' },
    },
    {
      id: 'repair',
      safe: 'Consistency, attunement, and repair over time',
      unsafe: 'Tolerating harm',
      explanation: 'Secure attachment grows when people experience consistency, attunement, and repair over time.',
      source: { article, section: 'what-emotional-safety-is' },
    },
  ],
};
