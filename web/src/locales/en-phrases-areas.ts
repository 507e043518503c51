/**
 * The server's sentences of the later areas (anchors, exploration, archive, history, insights,
 * credit, loops, experiments, coach), one whole sentence per code (src/server/phrases.ts). A
 * number that picks the plural form is `{count}`; a date parameter is written the reader's way.
 */
export const enPhrasesAreas = {
  // An anchor's lapse test
  'phrase.lapse.notStarted': '{name} starts on {date}.',
  'phrase.lapse.early.day':
    'There isn’t enough history yet to tell a dip from a pattern; we’ll say more after a few days.',
  'phrase.lapse.early.week':
    'There isn’t enough history yet to tell a dip from a pattern; we’ll say more after a few weeks.',
  'phrase.lapse.early.stretch':
    'There isn’t enough history yet to tell a dip from a pattern; we’ll say more after a few {days}-day stretches.',
  'phrase.lapse.recent.day': {
    one: 'Yesterday you kept it: {kept} of 1 day.',
    other: 'In the last {count} days you kept it on {kept} of them.',
  },
  'phrase.lapse.recent.week': {
    one: 'In the last week you kept it: {kept} of 1.',
    other: 'In the last {count} weeks you kept it in {kept} of them.',
  },
  'phrase.lapse.recent.stretch': {
    one: 'In the last {days}-day stretch you kept it: {kept} of 1.',
    other: 'In the last {count} stretches of {days} days you kept it in {kept} of them.',
  },
  'phrase.lapse.usual.day': {
    one: 'Over the day before, you kept it on {kept} (about {pct}%, likely between {low}% and {high}%).',
    other:
      'Over the {count} days before, you kept it on {kept} (about {pct}%, likely between {low}% and {high}%).',
  },
  'phrase.lapse.usual.week': {
    one: 'Over the week before, you kept it in {kept} (about {pct}%, likely between {low}% and {high}%).',
    other:
      'Over the {count} weeks before, you kept it in {kept} (about {pct}%, likely between {low}% and {high}%).',
  },
  'phrase.lapse.usual.stretch': {
    one: 'Over the {days}-day stretch before, you kept it in {kept} (about {pct}%, likely between {low}% and {high}%).',
    other:
      'Over the {count} stretches of {days} days before, you kept it in {kept} (about {pct}%, likely between {low}% and {high}%).',
  },
  'phrase.lapse.lapsed':
    'Keeping it this rarely by chance alone would happen about {chance} times in 100, so this looks like a real drop, not a bad stretch. Worth a look together: what got in the way?',
  'phrase.lapse.holding': 'It’s holding.',
  'phrase.lapse.dip': 'A dip like this happens by chance about {chance} times in 100, so it isn’t a lapse.',
  // Why an exploration idea was suggested
  'phrase.pick.new':
    'We picked “{idea}” because you haven’t tried it yet, so it might turn out better than it looks.',
  'phrase.pick.few': {
    one: 'We picked “{idea}” because you have tried it once, so there is still a lot to learn about it.',
    other:
      'We picked “{idea}” because you have tried it {count} times, so there is still a lot to learn about it.',
  },
  'phrase.pick.good':
    'We picked “{idea}” because it has gone well for you: about {pct}% of the way to “loved it” over {count} tries.',
  'phrase.pick.chance': {
    one: 'It had about a {pct}% chance as the only idea in {domain} this month; each pick keeps a little luck in it, so every idea gets its turn.',
    other:
      'It had about a {pct}% chance among the {count} ideas in {domain} this month; each pick keeps a little luck in it, so every idea gets its turn.',
  },
  'phrase.pick.backToNormal': 'If it doesn’t work for you, you go back to normal.',
  // An archive snapshot
  'phrase.snapshot.patterns':
    'What you had going on {date}: habits {habits}, rituals {rituals}, anchors {anchors}.',
  'phrase.snapshot.mood': 'Satisfaction was {satisfaction} of 10.',
  'phrase.snapshot.moodRatio':
    'Satisfaction was {satisfaction} of 10, with {ratio} kind moments for every hard one.',
} as const;
