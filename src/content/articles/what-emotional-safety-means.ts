import type { Article } from '../schemas.js';

/**
 * Built-in article: “What Emotional Safety Actually Means in Relationships”.
 * Every sentence is the practice's own, verbatim; test/content.test.ts proves it.
 */
export const whatEmotionalSafetyMeans: Article = {
  id: 'what-emotional-safety-means',
  title: 'What Emotional Safety Actually Means in Relationships',
  lang: 'en',
  summary: 'What emotional safety is, what it is not, why it can feel hard to create, and how therapy can help build it.',
  contentNote: 'This article mentions trauma and emotionally abusive relationships.',
  readingLevel: 'general',
  lastReviewed: '2026-11-22',
  nextReview: '2027-11-22',
  intro: [
    { type: 'paragraph', text: 'Many people deeply want closeness, intimacy, and connection—yet still feel guarded, anxious, or misunderstood in their relationships. You might crave being known, but find yourself holding back. Or you may long for emotional closeness while also bracing for conflict, rejection, or disconnection. If that resonates, you are not broken—and you are not alone.' },
    { type: 'paragraph', text: 'The term emotional safety in relationships gets used a lot, especially in conversations about healing and healthy connection. But it’s rarely explained clearly. Without a shared understanding of what emotional safety actually means, it can feel like an abstract ideal you’re somehow failing to reach. Let’s slow it down and make it more human, more accessible, and more compassionate.' },
  ],
  sections: [
    {
      id: 'what-emotional-safety-is',
      heading: 'What Emotional Safety Is',
      blocks: [
        { type: 'paragraph', text: 'Emotional safety is the felt sense that you can be yourself in a relationship without fear of ridicule, dismissal, punishment, or abandonment. It’s knowing—on a nervous system level—that your thoughts, feelings, needs, and boundaries are allowed to exist.' },
        { type: 'paragraph', text: 'When emotional safety is present, you can express yourself without constantly scanning for danger. You don’t have to perfectly manage your tone, your words, or your emotions to avoid upsetting the other person. You trust that disagreements won’t automatically lead to rejection or withdrawal of love. You can be honest, even when it’s uncomfortable, because repair feels possible.' },
        { type: 'paragraph', text: 'Emotionally safe relationships don’t require perfection. They are built on responsiveness rather than reactivity. When something goes wrong, there’s curiosity instead of contempt. Accountability instead of defensiveness. Care instead of control.' },
        { type: 'paragraph', text: 'At its core, emotional safety is deeply connected to attachment. Secure attachment grows when people experience consistency, attunement, and repair over time. It’s not about never getting hurt—it’s about trusting that hurt can be addressed without destroying the relationship.' },
      ],
    },
    {
      id: 'what-emotional-safety-is-not',
      heading: 'What Emotional Safety Is Not',
      blocks: [
        { type: 'paragraph', text: 'Emotional safety does not mean never having conflict. In fact, conflict is inevitable in close relationships. Emotional safety doesn’t come from avoiding hard conversations or walking on eggshells to keep the peace.' },
        { type: 'paragraph', text: 'It also doesn’t mean always agreeing, having the same needs, or feeling calm all the time. Discomfort can still show up in emotionally safe relationships. Feelings can still be intense. What changes is how those moments are handled.' },
        { type: 'paragraph', text: 'Emotional safety is not about one person constantly self-silencing to protect the relationship. It’s not about emotional perfection, endless patience, or tolerating harm. And it certainly doesn’t mean staying in relationships that are emotionally abusive, dismissive, or unsafe.' },
        { type: 'paragraph', text: 'Instead, emotional safety creates space for honesty and boundaries. It allows both people to matter—even when their needs differ.' },
      ],
    },
    {
      id: 'why-emotional-safety-can-feel-hard-to-create',
      heading: 'Why Emotional Safety Can Feel Hard to Create',
      blocks: [
        { type: 'paragraph', text: 'If emotional safety feels difficult or unfamiliar, there’s usually a good reason.' },
        { type: 'paragraph', text: 'For trauma survivors, vulnerability often comes with a cost. Past experiences—whether childhood attachment wounds, emotionally unpredictable caregivers, abusive relationships, or chronic invalidation—teach the nervous system that closeness equals danger. Even when the present relationship is healthier, your body may still respond as if threat is imminent.' },
        { type: 'paragraph', text: 'Attachment injuries can make emotional openness feel risky. If love once felt conditional, inconsistent, or unsafe, your system learned to protect itself. Guarding, withdrawing, people-pleasing, or staying hyper-vigilant aren’t character flaws—they are survival strategies that once helped you cope.' },
        { type: 'paragraph', text: 'When emotional safety hasn’t been modeled, it has to be learned slowly. Trust is built through repetition, not reassurance alone. This is why someone can intellectually know their partner “means well” and still feel activated, shut down, or misunderstood during emotional moments.' },
        { type: 'paragraph', text: 'A lack of emotional safety can deeply impact relationship trust. Communication may become guarded or reactive. One or both partners might avoid difficult topics, escalate quickly, or feel chronically unheard. Over time, this erodes connection—not because people don’t care, but because safety hasn’t been established at a nervous-system level.' },
      ],
    },
    {
      id: 'how-therapy-can-help-build-emotional-safety',
      heading: 'How Therapy Can Help Build Emotional Safety',
      blocks: [
        { type: 'paragraph', text: 'The good news is that emotional safety can be built—even if it wasn’t present earlier in life.' },
        { type: 'paragraph', text: 'Trauma-informed and attachment-based therapy focuses on understanding why emotional closeness feels hard, not just changing behaviors. Therapy helps individuals recognize their protective patterns with compassion rather than shame. It creates space to explore how past experiences are influencing present relationships.' },
        { type: 'paragraph', text: 'In individual therapy, clients can learn to identify triggers, regulate emotional responses, and develop a more secure internal sense of safety. Over time, this increases the capacity for vulnerability and connection.' },
        { type: 'paragraph', text: 'In couples therapy, emotional safety becomes something that’s built together. Partners learn how to communicate in ways that reduce threat and increase understanding. They practice repair, validation, and responsiveness—often for the first time. Couples therapy isn’t about assigning blame; it’s about helping both people feel seen, safe, and supported enough to stay engaged.' },
        { type: 'paragraph', text: 'Importantly, therapy honors the pace of healing. Emotional safety isn’t forced—it’s cultivated through consistency, patience, and attunement.' },
      ],
    },
    {
      id: 'a-gentle-invitation-to-reflect',
      heading: 'A Gentle Invitation to Reflect',
      blocks: [
        { type: 'paragraph', text: 'Take a moment to reflect—without blame or judgment—on how emotionally safe you feel in your closest relationships. Are there places where you feel free to be yourself? Are there places where you feel guarded, small, or unseen?' },
        { type: 'paragraph', text: 'If emotional safety feels consistently out of reach or difficult to sustain, that doesn’t mean you’re failing at relationships. It may mean your nervous system is still protecting you in the ways it learned long ago.' },
        { type: 'paragraph', text: 'Support can help. Trauma-informed therapy and couples therapy offer a space to explore emotional safety with care, curiosity, and compassion. You don’t have to figure this out alone—and you don’t have to rush the process.' },
        { type: 'paragraph', text: 'Emotional safety is not a destination you arrive at once. It’s a relationship you build, moment by moment, with yourself and with others.' },
      ],
    },
  ],
};
