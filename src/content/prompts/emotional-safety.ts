import type { PromptSet } from '../schemas.js';

/**
 * Built-in prompt set, drawn from “A Gentle Invitation to Reflect” and the passages it
 * echoes. Each prompt names the article section it comes from.
 */
export const emotionalSafetyPrompts: PromptSet = {
  id: 'emotional-safety',
  title: 'How emotionally safe do you feel?',
  lang: 'en',
  prompts: [
    {
      id: 'free-to-be-yourself',
      text: 'Are there places in your closest relationships where you feel free to be yourself?',
      source: { article: 'what-emotional-safety-means', section: 'a-gentle-invitation-to-reflect' },
    },
    {
      id: 'guarded-small-unseen',
      text: 'Are there places where you feel guarded, small, or unseen?',
      source: { article: 'what-emotional-safety-means', section: 'a-gentle-invitation-to-reflect' },
    },
    {
      id: 'when-something-goes-wrong',
      text: 'When something goes wrong with someone close to you, what tends to follow: curiosity or contempt, care or control?',
      source: { article: 'what-emotional-safety-means', section: 'what-emotional-safety-is' },
    },
    {
      id: 'survivable-disagreement',
      text: 'Think of a disagreement that did not lead to rejection. What helped it feel survivable?',
      source: { article: 'what-emotional-safety-means', section: 'what-emotional-safety-is' },
    },
    {
      id: 'protective-patterns',
      text: 'Guarding, withdrawing, people-pleasing, staying alert: which of these once helped you cope? Can you notice it today with compassion rather than shame?',
      source: { article: 'what-emotional-safety-means', section: 'why-emotional-safety-can-feel-hard-to-create' },
    },
    {
      id: 'met-with-care',
      text: 'Recall a small moment when you were met with care instead of chaos. What did your body notice?',
      source: { article: 'rebuilding-safety-and-trust', section: 'what-emotional-safety-actually-means' },
    },
  ],
};
