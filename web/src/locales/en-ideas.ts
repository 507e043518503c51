/**
 * The starter ideas to explore (src/areas/exploration/starter-ideas.ts), by id: the server keeps
 * the English for the command line; the web app words them in the reader's language.
 */
export const enIdeas = {
  'idea.starter-communication-01':
    'Take a walk together without phones and ask each other one question you have never asked.',
  'idea.starter-communication-02': 'Share the best and the hardest moment of your day over dinner.',
  'idea.starter-communication-03':
    'Write each other a short note about something you noticed and liked this week.',
  'idea.starter-communication-04': 'Spend ten minutes each describing a dream you had as a child.',
  'idea.starter-communication-05':
    'Ask "What is on your mind lately that we haven\'t talked about?" and just listen.',
  'idea.starter-communication-06': 'Trade one song that means something to you and say why.',
  'idea.starter-communication-07': 'Look through old photos together and tell the story behind one of them.',
  'idea.starter-communication-08': 'Have breakfast in bed and talk about the week ahead.',
  'idea.starter-communication-09': 'Each name three things you are grateful for about the other, out loud.',
  'idea.starter-communication-10':
    'Try a "no advice" evening: when one of you shares a worry, the other only asks and listens.',
  'idea.starter-communication-11': 'Read the same short story or article and talk about it afterwards.',
  'idea.starter-communication-12': 'Plan a future trip on paper, just for the fun of imagining it.',
  'idea.starter-communication-13':
    'Send a voice message in the middle of the day to say you are thinking of them.',
  'idea.starter-communication-14':
    'Sit outside after dark and talk about where you each want to be in five years.',
  'idea.starter-communication-15': 'Ask your partner to teach you something they know well.',
  'idea.starter-communication-16': 'Play a question card game for couples for twenty minutes.',
  'idea.starter-intimacy-01': 'Slow dance in the kitchen to a song from when you met.',
  'idea.starter-intimacy-02': 'Give each other a ten-minute hand or foot massage, no hurry.',
  'idea.starter-intimacy-03': 'Cook a new recipe together by candlelight.',
  'idea.starter-intimacy-04': 'Go to bed an hour early together, with the phones left in another room.',
  'idea.starter-intimacy-05': 'Recreate your first date as closely as you can.',
  'idea.starter-intimacy-06': 'Take a bath or shower together with music on.',
  'idea.starter-intimacy-07':
    'Hold a long hug — twenty seconds or more — when you see each other after work.',
  'idea.starter-intimacy-08': 'Write down one wish each, swap them, and make one come true this month.',
  'idea.starter-intimacy-09': 'Spend an evening touching without it having to lead anywhere.',
  'idea.starter-intimacy-10': 'Plan a surprise afternoon for your partner around something they love.',
  'idea.starter-intimacy-11': 'Watch the sunrise or the sunset together somewhere new.',
  'idea.starter-intimacy-12': 'Kiss for a full minute before you leave the house in the morning.',
  'idea.starter-intimacy-13': 'Tell your partner what you find attractive about them today, specifically.',
  'idea.starter-intimacy-14': 'Have a picnic indoors on the living-room floor.',
  'idea.starter-intimacy-15': 'Try a dance, yoga or massage class for two.',
  'idea.starter-intimacy-16': 'Spend a night away from home, even if it is just a few streets away.',
  'idea.starter-conflict_resolution-01':
    'Agree on a word either of you can say to take a 20-minute pause in a heated talk.',
  'idea.starter-conflict_resolution-02': 'After a disagreement, each say one thing the other got right.',
  'idea.starter-conflict_resolution-03':
    'Try the speaker–listener turn: one talks, the other sums up before answering.',
  'idea.starter-conflict_resolution-04': 'Start a hard conversation with "I feel … about … and I need …".',
  'idea.starter-conflict_resolution-05':
    'Hold a weekly fifteen-minute check-in for small irritations before they grow.',
  'idea.starter-conflict_resolution-06':
    "Write down your side of a recurring argument, then swap and read each other's.",
  'idea.starter-conflict_resolution-07':
    'End an argument by asking "What would help you feel better right now?"',
  'idea.starter-conflict_resolution-08': 'Sit side by side instead of face to face for a difficult talk.',
  'idea.starter-conflict_resolution-09':
    'Agree not to bring up old arguments for a week, and notice how it feels.',
  'idea.starter-conflict_resolution-10':
    'When things get tense, name one thing you appreciate before you answer.',
  'idea.starter-conflict_resolution-11': 'Take a walk while you talk through something hard; moving helps.',
  'idea.starter-conflict_resolution-12':
    'Pick one recurring topic and brainstorm ten silly solutions before a real one.',
  'idea.starter-conflict_resolution-13':
    'Try a written apology: say what happened, how it affected them, and what you will do next time.',
  'idea.starter-conflict_resolution-14': 'Before reacting, ask "Can you tell me more about that?" once.',
  'idea.starter-conflict_resolution-15':
    'Set a timer and give each person five uninterrupted minutes to say their view.',
  'idea.starter-conflict_resolution-16':
    'Repair with a small gesture the same day: a cup of tea, a touch, a kind text.',
  'idea.starter-logistics-01':
    "Hold a Sunday planning half hour with coffee: the week's meals, errands and one nice thing.",
  'idea.starter-logistics-02': 'Swap one regular chore for a week and see how the other one does it.',
  'idea.starter-logistics-03': 'Make a shared list of the invisible tasks each of you carries.',
  'idea.starter-logistics-04': 'Try batch cooking together on a weekend afternoon.',
  'idea.starter-logistics-05': 'Set up a shared calendar and colour-code what is whose.',
  'idea.starter-logistics-06': 'Do a fifteen-minute evening tidy together with music on.',
  'idea.starter-logistics-07': 'Plan a "no errands" day and do only what you both enjoy.',
  'idea.starter-logistics-08': 'Sort out one nagging household task together this week.',
  'idea.starter-logistics-09': 'Try a new grocery routine: one plans, the other shops, then swap.',
  'idea.starter-logistics-10': 'Put a small "thank-you jar" in the kitchen for noticed chores.',
  'idea.starter-logistics-11': 'Agree on a monthly budget date with something sweet on the table.',
  'idea.starter-logistics-12': 'Declutter one drawer or shelf together and reward yourselves after.',
  'idea.starter-logistics-13': 'Try a week where each of you owns dinner on set nights.',
  'idea.starter-logistics-14': 'Write a short list of what a good weekend looks like to each of you.',
  'idea.starter-logistics-15': 'Prepare tomorrow morning together the night before.',
  'idea.starter-logistics-16':
    'Set up one routine that saves you both ten minutes a day, and try it for two weeks.',
} as const;
