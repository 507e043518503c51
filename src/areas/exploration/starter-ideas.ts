/**
 * The starter set: ideas to explore, written for attune, 16 for each default domain. They ship
 * with the app (not in the database), so every couple starts with the same pool and a new idea
 * here reaches everyone. Ids are stable: ratings and draws point at them.
 */
export interface StarterIdea {
  id: string;
  domain: 'communication' | 'intimacy' | 'conflict_resolution' | 'logistics';
  text: string;
}

const IDEAS: Record<StarterIdea['domain'], string[]> = {
  communication: [
    'Take a walk together without phones and ask each other one question you have never asked.',
    'Share the best and the hardest moment of your day over dinner.',
    'Write each other a short note about something you noticed and liked this week.',
    'Spend ten minutes each describing a dream you had as a child.',
    'Ask "What is on your mind lately that we haven\'t talked about?" and just listen.',
    'Trade one song that means something to you and say why.',
    'Look through old photos together and tell the story behind one of them.',
    'Have breakfast in bed and talk about the week ahead.',
    'Each name three things you are grateful for about the other, out loud.',
    'Try a "no advice" evening: when one of you shares a worry, the other only asks and listens.',
    'Read the same short story or article and talk about it afterwards.',
    'Plan a future trip on paper, just for the fun of imagining it.',
    'Send a voice message in the middle of the day to say you are thinking of them.',
    'Sit outside after dark and talk about where you each want to be in five years.',
    'Ask your partner to teach you something they know well.',
    'Play a question card game for couples for twenty minutes.',
  ],
  intimacy: [
    'Slow dance in the kitchen to a song from when you met.',
    'Give each other a ten-minute hand or foot massage, no hurry.',
    'Cook a new recipe together by candlelight.',
    'Go to bed an hour early together, with the phones left in another room.',
    'Recreate your first date as closely as you can.',
    'Take a bath or shower together with music on.',
    'Hold a long hug — twenty seconds or more — when you see each other after work.',
    'Write down one wish each, swap them, and make one come true this month.',
    'Spend an evening touching without it having to lead anywhere.',
    'Plan a surprise afternoon for your partner around something they love.',
    'Watch the sunrise or the sunset together somewhere new.',
    'Kiss for a full minute before you leave the house in the morning.',
    'Tell your partner what you find attractive about them today, specifically.',
    'Have a picnic indoors on the living-room floor.',
    'Try a dance, yoga or massage class for two.',
    'Spend a night away from home, even if it is just a few streets away.',
  ],
  conflict_resolution: [
    'Agree on a word either of you can say to take a 20-minute pause in a heated talk.',
    'After a disagreement, each say one thing the other got right.',
    'Try the speaker–listener turn: one talks, the other sums up before answering.',
    'Start a hard conversation with "I feel … about … and I need …".',
    'Hold a weekly fifteen-minute check-in for small irritations before they grow.',
    "Write down your side of a recurring argument, then swap and read each other's.",
    'End an argument by asking "What would help you feel better right now?"',
    'Sit side by side instead of face to face for a difficult talk.',
    'Agree not to bring up old arguments for a week, and notice how it feels.',
    'When things get tense, name one thing you appreciate before you answer.',
    'Take a walk while you talk through something hard; moving helps.',
    'Pick one recurring topic and brainstorm ten silly solutions before a real one.',
    'Try a written apology: say what happened, how it affected them, and what you will do next time.',
    'Before reacting, ask "Can you tell me more about that?" once.',
    'Set a timer and give each person five uninterrupted minutes to say their view.',
    'Repair with a small gesture the same day: a cup of tea, a touch, a kind text.',
  ],
  logistics: [
    "Hold a Sunday planning half hour with coffee: the week's meals, errands and one nice thing.",
    'Swap one regular chore for a week and see how the other one does it.',
    'Make a shared list of the invisible tasks each of you carries.',
    'Try batch cooking together on a weekend afternoon.',
    'Set up a shared calendar and colour-code what is whose.',
    'Do a fifteen-minute evening tidy together with music on.',
    'Plan a "no errands" day and do only what you both enjoy.',
    'Sort out one nagging household task together this week.',
    'Try a new grocery routine: one plans, the other shops, then swap.',
    'Put a small "thank-you jar" in the kitchen for noticed chores.',
    'Agree on a monthly budget date with something sweet on the table.',
    'Declutter one drawer or shelf together and reward yourselves after.',
    'Try a week where each of you owns dinner on set nights.',
    'Write a short list of what a good weekend looks like to each of you.',
    'Prepare tomorrow morning together the night before.',
    'Set up one routine that saves you both ten minutes a day, and try it for two weeks.',
  ],
};

export const STARTER_IDEAS: readonly StarterIdea[] = Object.entries(IDEAS).flatMap(([domain, texts]) =>
  texts.map((text, i) => ({
    id: `starter-${domain}-${String(i + 1).padStart(2, '0')}`,
    domain: domain as StarterIdea['domain'],
    text,
  })),
);
