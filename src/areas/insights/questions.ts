/**
 * The method's five reflection questions, asked as guided reflections. The last one is the
 * question the method ends on; the others follow its steps (objective, rewards, small changes,
 * forgetting). PRODUCT.md names five questions without listing them: this wording is ours.
 */
export const QUESTIONS = [
  {
    n: 1,
    text: 'What are we really optimizing for right now, and is it what we want?',
    hint: 'Think of the last few weeks: what did your days quietly aim at — peace, being right, getting through?',
  },
  {
    n: 2,
    text: 'Which behaviours does our relationship reward today, and which does it ignore or punish?',
    hint: 'What gets a smile, relief or attention right away? What goes unnoticed?',
  },
  {
    n: 3,
    text: 'What is one small change we could try next, and how would we know it helped?',
    hint: 'Small enough to do on a bad day; a number from the check-in that would show it.',
  },
  {
    n: 4,
    text: 'What good patterns from earlier have we let slip?',
    hint: 'A ritual, a habit, a way of talking from a good period: what made it possible then?',
  },
  {
    n: 5,
    text: 'If you could see a graph of our training history, what patterns would emerge?',
    hint: 'Look at the history together: what comes back, what stuck, what faded, and when?',
  },
] as const;
