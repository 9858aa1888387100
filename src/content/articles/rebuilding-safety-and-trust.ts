import type { Article } from '../schemas.js';

/**
 * Built-in article: “How Therapy Helps You Rebuild Emotional Safety and Trust”.
 * Every sentence is the practice's own, verbatim; test/content.test.ts proves it.
 */
export const rebuildingSafetyAndTrust: Article = {
  id: 'rebuilding-safety-and-trust',
  title: 'How Therapy Helps You Rebuild Emotional Safety and Trust',
  lang: 'en',
  summary: 'How therapy helps retrain the body and mind to believe that safety is possible again after betrayal, loss, or trauma.',
  contentNote: 'This article mentions betrayal, loss, and trauma.',
  readingLevel: 'general',
  lastReviewed: '2026-11-22',
  nextReview: '2027-11-22',
  intro: [
    { type: 'paragraph', text: 'If you’ve ever caught yourself thinking, “I want to trust again, but I just can’t,”—you’re not alone.' },
    { type: 'paragraph', text: 'For many people who’ve experienced betrayal, loss, or trauma, emotional safety isn’t just about finding “safe people.” It’s about retraining the body and mind to believe safety is possible again.' },
  ],
  sections: [
    {
      id: 'what-emotional-safety-actually-means',
      heading: 'What Emotional Safety Actually Means',
      blocks: [
        { type: 'paragraph', text: 'Emotional safety is the foundation of every healthy relationship—including the one you build with your therapist. It means feeling free to express what’s real without fear of being shamed, dismissed, or rejected.' },
        { type: 'paragraph', text: 'In therapy, this starts small: a sigh you don’t have to hold in, a pause that doesn’t have to be filled, a truth you can finally say out loud.' },
        { type: 'paragraph', text: 'Your therapist isn’t there to fix your trust issues. They’re there to create a consistent experience of being met with care instead of chaos. Over time, that consistency reshapes your nervous system’s definition of safety.' },
      ],
    },
    {
      id: 'why-its-hard-to-trust-again',
      heading: 'Why It’s Hard to Trust Again',
      blocks: [
        { type: 'paragraph', text: 'After trauma or chronic invalidation, your brain becomes a master detective of danger. Even small moments—tone shifts, delayed replies, quiet rooms—can feel like alarms.' },
        { type: 'paragraph', text: 'Therapy helps slow that alarm system down by teaching your brain and body that not every silence means abandonment, not every disagreement means rejection.' },
        { type: 'paragraph', text: 'It’s not about pretending everything is fine. It’s about building enough internal stability that you can notice discomfort without collapsing from it.' },
      ],
    },
    {
      id: 'how-therapy-helps-you-relearn-safety',
      heading: 'How Therapy Helps You Relearn Safety',
      blocks: [
        {
        type: 'terms',
        items: [
          { term: 'Co-regulation', description: 'You begin to match your therapist’s calm presence until your body starts to internalize it.' },
          { term: 'Exploration of Patterns', description: 'You start to see how your old attachment strategies kept you safe before—and how they might be limiting you now.' },
          { term: 'Practice in Real Time', description: 'In session, you experience healthy boundaries, repair after miscommunication, and genuine emotional availability.' },
        ],
      },
        { type: 'paragraph', text: 'Each interaction is a quiet rehearsal for life outside therapy.' },
      ],
    },
    {
      id: 'the-shift',
      heading: 'The Shift',
      blocks: [
        { type: 'paragraph', text: 'Trust doesn’t happen in one moment—it happens across dozens of micro-moments.' },
        { type: 'quote', lead: 'You realize one day:', text: '“I shared something I’ve never said before… and nothing bad happened.”' },
        { type: 'paragraph', text: 'That’s what healing safety looks like—not perfection, but proof.' },
      ],
    },
  ],
};
