import type { ComparisonSet } from '../schemas.js';

const is = 'what-emotional-safety-is';
const isNot = 'what-emotional-safety-is-not';
const article = 'what-emotional-safety-means';

/**
 * Built-in comparison: the contrasts the articles draw between emotionally safe and
 * unsafe relationships. Each explanation is a sentence of the source, verbatim.
 */
export const safeVsUnsafe: ComparisonSet = {
  id: 'safe-vs-unsafe',
  title: 'Emotionally safe and unsafe relationships',
  lang: 'en',
  description: 'Emotionally safe relationships don’t require perfection.',
  rows: [
    {
      id: 'responsiveness',
      safe: 'Responsiveness',
      unsafe: 'Reactivity',
      explanation: 'They are built on responsiveness rather than reactivity.',
      source: { article, section: is },
    },
    {
      id: 'curiosity',
      safe: 'Curiosity',
      unsafe: 'Contempt',
      explanation: 'When something goes wrong, there’s curiosity instead of contempt.',
      source: { article, section: is },
    },
    {
      id: 'accountability',
      safe: 'Accountability',
      unsafe: 'Defensiveness',
      explanation: 'Accountability instead of defensiveness.',
      source: { article, section: is },
    },
    {
      id: 'care',
      safe: 'Care',
      unsafe: 'Control',
      explanation: 'Care instead of control.',
      source: { article, section: is },
    },
    {
      id: 'repair',
      safe: 'Repair feels possible',
      unsafe: 'Walking on eggshells',
      explanation: 'You can be honest, even when it’s uncomfortable, because repair feels possible.',
      source: { article, section: is },
    },
    {
      id: 'both-matter',
      safe: 'Both people matter',
      unsafe: 'One person self-silencing',
      explanation: 'It allows both people to matter—even when their needs differ.',
      source: { article, section: isNot },
    },
    {
      id: 'disagreement',
      safe: 'Disagreement is survivable',
      unsafe: 'Disagreement means rejection',
      explanation: 'You trust that disagreements won’t automatically lead to rejection or withdrawal of love.',
      source: { article, section: is },
    },
    {
      id: 'be-yourself',
      safe: 'Expressing yourself freely',
      unsafe: 'Constantly scanning for danger',
      explanation: 'When emotional safety is present, you can express yourself without constantly scanning for danger.',
      source: { article, section: is },
    },
    {
      id: 'tone',
      safe: 'Speaking without rehearsing every word',
      unsafe: 'Managing your tone so they don’t get upset',
      explanation: 'You don’t have to perfectly manage your tone, your words, or your emotions to avoid upsetting the other person.',
      source: { article, section: is },
    },
    {
      id: 'needs-allowed',
      safe: 'Your feelings, needs and boundaries are allowed',
      unsafe: 'Fearing ridicule, dismissal or punishment',
      explanation: 'It’s knowing—on a nervous system level—that your thoughts, feelings, needs, and boundaries are allowed to exist.',
      source: { article, section: is },
    },
    {
      id: 'hurt-addressed',
      safe: 'Hurt can be addressed',
      unsafe: 'Hurt threatens the relationship',
      explanation: 'It’s not about never getting hurt—it’s about trusting that hurt can be addressed without destroying the relationship.',
      source: { article, section: is },
    },
  ],
};
