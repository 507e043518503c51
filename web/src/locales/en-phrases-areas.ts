/**
 * The server's sentences of the later areas (anchors, exploration, archive, history, experiments,
 * import, reminders; insights' in en-phrases-insights.ts), one whole sentence per code (src/server/phrases.ts). A
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
  // The history's annotations
  'phrase.history.experiment.running':
    'An experiment ({design}, {days}-day phases) from {from} to {to}, still running.',
  'phrase.history.experiment.ended':
    'An experiment ({design}, {days}-day phases) from {from} to {to}, ended.',
  'phrase.history.experiment.stopped':
    'An experiment ({design}, {days}-day phases) planned from {from} to {to}, stopped early.',
  'phrase.history.experiment.stoppedOn': 'Stopped on {date}.',
  'phrase.history.experiment.stoppedBecause': 'Stopped on {date}: {reason}',
  'phrase.history.experiment.next.adopt': 'You decided to adopt it.',
  'phrase.history.experiment.next.drop': 'You decided to drop it.',
  'phrase.history.experiment.next.rerun': 'You decided to run it again.',
  'phrase.history.experiment.blind': 'Its phases stay hidden from you until it ends (you rate it blind).',
  'phrase.history.habitStarted.title': 'Started: {action}',
  'phrase.history.habitStarted.both': 'A new habit for both of you: {cue}, {action}.',
  'phrase.history.habitStarted.one': 'A new habit for {name}: {cue}, {action}.',
  'phrase.history.habitGraduated.title': 'Graduated: {action}',
  'phrase.history.habitGraduated': {
    one: 'After {count} day “{action}” became automatic enough to stop tracking.',
    other: 'After {count} days “{action}” became automatic enough to stop tracking.',
  },
  'phrase.history.habitRetired.title': 'Retired: {action}',
  'phrase.history.habitRetired': {
    one: '“{action}” was retired after {count} day.',
    other: '“{action}” was retired after {count} days.',
  },
  'phrase.history.habitRetiredBecause': {
    one: '“{action}” was retired after {count} day: {reason}',
    other: '“{action}” was retired after {count} days: {reason}',
  },
  'phrase.history.lapseIsInformation': 'A lapse is information: what was missing?',
  'phrase.history.stress.days': {
    one: 'A stress period: {name}, {count} day.',
    other: 'A stress period: {name}, {count} days.',
  },
  'phrase.history.stress.weeks': {
    one: 'A stress period: {name}, {count} week.',
    other: 'A stress period: {name}, {count} weeks.',
  },
  'phrase.history.stress.months': {
    one: 'A stress period: {name}, {count} month.',
    other: 'A stress period: {name}, {count} months.',
  },
  'phrase.history.stress.ongoing.days': {
    one: 'A stress period: {name}, ongoing, {count} day so far.',
    other: 'A stress period: {name}, ongoing, {count} days so far.',
  },
  'phrase.history.stress.ongoing.weeks': {
    one: 'A stress period: {name}, ongoing, {count} week so far.',
    other: 'A stress period: {name}, ongoing, {count} weeks so far.',
  },
  'phrase.history.stress.ongoing.months': {
    one: 'A stress period: {name}, ongoing, {count} month so far.',
    other: 'A stress period: {name}, ongoing, {count} months so far.',
  },
  'phrase.history.stress.watched': 'Anchors were watched closely.',
  'phrase.history.stress.crisis': 'Anchors were watched closely; crisis mode from {date}.',
  'phrase.history.anchor.title': 'Anchor: {name}',
  'phrase.history.anchor.daily': 'You named “{name}” as something to keep, every day.',
  'phrase.history.anchor.weekly': {
    one: 'You named “{name}” as something to keep, once a week.',
    other: 'You named “{name}” as something to keep, {count} times a week.',
  },
  'phrase.history.anchor.other': {
    one: 'You named “{name}” as something to keep, once in {days} days.',
    other: 'You named “{name}” as something to keep, {count} times in {days} days.',
  },
  'phrase.history.anchorLapsed.title': 'Lapsed: {name}',
  'phrase.history.anchorLapsed':
    '“{name}” happened less often than its floor from {from} (noticed {noticed}).',
  'phrase.history.anchorLapsed.back': 'It was back on track by {date}.',
  'phrase.history.anchorLapsed.notBack': 'It is not back yet.',
  'phrase.history.anchorLapsed.info': 'A lapse is information, not failure.',
  'phrase.history.ritual.title': 'Ritual: {title}',
  'phrase.history.ritual.daily': '{title}, every day.',
  'phrase.history.ritual.weekly': '{title}, every week.',
  'phrase.history.ritual.monthly': '{title}, every month.',
  'phrase.history.ritual.quarterly': '{title}, every three months.',
  'phrase.history.ritual.inactive': 'It is no longer active.',
  // An experiment's rule, meter and results
  'phrase.rule.higher':
    'We will call it helpful if {metric} is higher on B days than on A days clearly enough that shuffling the phase starts the way our draw could have placed them would give a difference this large less than {alphaPct}% of the time (one-sided randomization p < {alpha}), and a B day beats an A day in at least {napPct}% of comparisons (NAP ≥ {nap}). The mirror image calls it harmful; anything else is “not enough evidence”. Tau-BC (the same comparison with a baseline trend taken out) is shown beside it, and Tau-U for comparison only.',
  'phrase.rule.lower':
    'We will call it helpful if {metric} is lower on B days than on A days clearly enough that shuffling the phase starts the way our draw could have placed them would give a difference this large less than {alphaPct}% of the time (one-sided randomization p < {alpha}), and a B day beats an A day in at least {napPct}% of comparisons (NAP ≥ {nap}). The mirror image calls it harmful; anything else is “not enough evidence”. Tau-BC (the same comparison with a baseline trend taken out) is shown beside it, and Tau-U for comparison only.',
  'phrase.meter.never':
    'This design has too few possible schedules to ever show a clear result (smallest possible p {smallest}); running it longer would help.',
  'phrase.meter.notYet': {
    one: '{rated} of {count} day rated so far: not enough yet to tell a change from chance.',
    other: '{rated} of {count} days rated so far: not enough yet to tell a change from chance.',
  },
  'phrase.meter.barely': {
    one: '{rated} of {count} day rated: enough for a first look, not yet for a firm answer.',
    other: '{rated} of {count} days rated: enough for a first look, not yet for a firm answer.',
  },
  'phrase.meter.enough': {
    one: '{rated} of {count} day rated: enough for the rule to decide.',
    other: '{rated} of {count} days rated: enough for the rule to decide.',
  },
  'phrase.reason.helps': 'p ≤ {p} is below {alpha} and NAP = {nap} is at least {threshold}.',
  'phrase.reason.hurts': 'p ≤ {p} (for worse) is below {alpha} and NAP = {nap} is at most {threshold}.',
  'phrase.reason.neverReach':
    'This schedule could never reach p < {alpha} (the smallest possible p is {smallest}); longer or more phases are needed.',
  'phrase.reason.chance': 'p ≤ {p} is not below {alpha}: a difference this size turns up often by chance.',
  'phrase.reason.napClose':
    'The shuffle test points one way, but NAP = {nap} is too close to 0.5 to count as a clear change.',
  'phrase.result.notYet': 'Not enough evidence yet either way.',
  'phrase.result.phaseEmpty': 'Phase {phase} has no rated days to compare.',
  'phrase.result.phaseOneDay': 'Phase {phase} has only one rated day to compare.',
  'phrase.result.noB': 'No B phase was reached.',
  'phrase.result.napHigher':
    'Within each A→B pair of phases we compared every B day with every A day: in {pct}% of those comparisons the B day was higher (NAP {nap}; 50% would mean no difference).',
  'phrase.result.napLower':
    'Within each A→B pair of phases we compared every B day with every A day: in {pct}% of those comparisons the B day was lower (NAP {nap}; 50% would mean no difference).',
  'phrase.result.meanUp': {
    one: 'On average B days were {diff} point higher.',
    other: 'On average B days were {diff} points higher.',
  },
  'phrase.result.meanDown': {
    one: 'On average B days were {diff} point lower.',
    other: 'On average B days were {diff} points lower.',
  },
  'phrase.result.shuffle':
    'Shuffling the phase starts the way your draw could have placed them gives a difference this large about {chance} times in 100 (p = {p}).',
  'phrase.result.shuffleRare':
    'Shuffling the phase starts the way your draw could have placed them gives a difference this large less than once in 1,000 times (p = {p}).',
  'phrase.result.helps': 'By the rule you set before starting, this change helps.',
  'phrase.result.hurts': 'By the rule you set before starting, this change made things worse.',
  'phrase.result.unclear': 'By the rule you set before starting, there is not enough evidence either way.',
  'phrase.result.worthKnowing': 'That is worth knowing, not a failure.',
  'phrase.result.tau':
    'With a baseline trend taken out (Tarlow’s Tau-BC) the comparison gives {tauBC} (0 means no difference, 1 every B day better). Tau-U ({tauU}) is shown for comparison only: simulations by its own authors found it can mislead.',
  'phrase.result.tauDisagrees':
    'Tau-BC points the other way than NAP: part of the difference may be a trend that was already under way in the baseline.',
  'phrase.result.approximate':
    'Some days are missing or the experiment stopped early, so the shuffle test used the rated days only: read the p-value as approximate.',
  'phrase.result.fewDays': {
    one: 'With {count} rated day these numbers are still uncertain.',
    other: 'With {count} rated days these numbers are still uncertain.',
  },
  'phrase.blind.none': 'No phase guesses were recorded, so whether the blind held is unknown.',
  'phrase.blind.leaked': {
    one: '{right} of {count} guess was right, more than chance would give (p = {p}): the blind probably leaked, so read the result with that in mind.',
    other:
      '{right} of {count} guesses were right, more than chance would give (p = {p}): the blind probably leaked, so read the result with that in mind.',
  },
  'phrase.blind.held': {
    one: '{right} of {count} guess was right, about what chance gives: the blind seems to have held.',
    other: '{right} of {count} guesses were right, about what chance gives: the blind seems to have held.',
  },
  // Why an import reads its dates day-first or month-first
  'phrase.dateOrder.chosenDay': 'You chose day-first dates.',
  'phrase.dateOrder.chosenMonth': 'You chose month-first dates.',
  'phrase.dateOrder.dayFirst': {
    one: 'One date has a first number above 12 (line {line}: “{text}”), so the day comes first.',
    other:
      '{count} dates have a first number above 12 (the first on line {line}: “{text}”), so the day comes first.',
  },
  'phrase.dateOrder.monthFirst': {
    one: 'One date has a second number above 12 (line {line}: “{text}”), so the month comes first.',
    other:
      '{count} dates have a second number above 12 (the first on line {line}: “{text}”), so the month comes first.',
  },
  'phrase.dateOrder.against': {
    one: 'One date only makes sense the other way (line {line}: “{text}”); it is an error.',
    other:
      '{count} dates only make sense the other way (the first on line {line}: “{text}”); they are errors.',
  },
  'phrase.dateOrder.none':
    'No date needs a day/month order: every date is ISO (2023-04-12) or names its month.',
  'phrase.dateOrder.disagrees': {
    one: 'The file disagrees with itself: one date reads only day-first (line {line}: “{text}”) and one only month-first (line {otherLine}: “{otherText}”).',
    other:
      'The file disagrees with itself: {count} dates read only day-first (the first on line {line}: “{text}”) and as many only month-first (the first on line {otherLine}: “{otherText}”).',
  },
  'phrase.dateOrder.unknown':
    'No date in the file shows whether the day or the month comes first (every number is 12 or less, e.g. line {line}: “{text}”).',
  'phrase.dateOrder.choose': 'Dates are shown month-first for now; choose the order before importing.',
  'phrase.dateOrder.noDates': 'No dates were read.',
  'phrase.dateOrder.loop': 'Loop writes ISO dates (2023-04-12), so no order was needed.',
  'phrase.dateOrder.daylio':
    'Daylio writes ISO dates (full_date) or a year and a month name, so no order was needed.',
  // A test reminder's outcome, from its counts (the server's `explanation` is English)
  'reminders.test.none': 'No device of yours receives reminders yet: allow them on this device first.',
  'reminders.test.sent': {
    one: 'Sent to your device; it should appear in a few seconds.',
    other: 'Sent to your {count} devices; it should appear in a few seconds.',
  },
  'reminders.test.partial': {
    one: 'Sent to {sent} of {count} device; the others did not answer (a device that no longer exists is forgotten).',
    other:
      'Sent to {sent} of {count} devices; the others did not answer (a device that no longer exists is forgotten).',
  },
  // Refusals the server explains (an error's `say`)
  'phrase.refuse.notADate': '{value} is not a real calendar date.',
  'phrase.refuse.anchorOncePerDay': 'An anchor is kept at most once a day, so times can’t exceed days.',
  'phrase.refuse.anchorOnlyLower':
    'During a stress period an anchor can only be lowered; raise it once things settle.',
  'phrase.refuse.anchorKeepDuringStress':
    'During a stress period an anchor can be lowered but not removed: it is what keeps you close right now.',
  'phrase.refuse.checkoffFuture': 'A day that has not happened yet can’t be checked off.',
  'phrase.refuse.checkoffClosed': {
    one: 'Check-offs can be changed for {count} day; that day has closed.',
    other: 'Check-offs can be changed for {count} days; that day has closed.',
  },
  'phrase.refuse.beforeAnchorStart': 'That day is before this anchor started.',
  'phrase.refuse.beforeHabitStart': 'That day is before this habit started.',
  'phrase.refuse.moreThanDaily': {
    one: '{count} time in {days} days is more than once a day; lower it.',
    other: '{count} times in {days} days is more than once a day; lower it.',
  },
  'phrase.refuse.notTiny':
    '“{action}” is a fine goal, but not yet a tiny action you could do in two minutes. Try a version so small it counts on a bad day.',
  'phrase.refuse.entryFuture': 'An entry can’t be dated in the future.',
  'phrase.refuse.dueBeforeMade': 'A promise can’t be due before the day it was made.',
  'phrase.refuse.checkinFuture': 'A check-in can’t be for a day that hasn’t come yet.',
  'phrase.refuse.checkinClosed': {
    one: 'Check-ins can be filled in or changed for {count} day. This day has passed that, so it stays as it was (or stays a gap): a missing day is information, not a failure.',
    other:
      'Check-ins can be filled in or changed for {count} days. This day has passed that, so it stays as it was (or stays a gap): a missing day is information, not a failure.',
  },
  'phrase.refuse.checkinEmpty': 'Answer at least one question, or write a note.',
  'phrase.refuse.experimentPast': 'An experiment starts today or later, never in the past.',
  'phrase.refuse.experimentFar': 'Start within the next {count} days.',
  'phrase.refuse.experimentEnded': 'This experiment has already ended.',
  'phrase.refuse.experimentStopped': 'This experiment has already stopped.',
  'phrase.refuse.outsideExperiment': 'That day is outside the experiment ({from} to {to}).',
  'phrase.refuse.dayNotYet': 'That day has not come yet.',
  'phrase.refuse.dayPassed': {
    one: 'A day can be filled in for {count} day; this one has passed that.',
    other: 'A day can be filled in for {count} days; this one has passed that.',
  },
  'phrase.refuse.noIdeas': 'There are no ideas in {domain} yet; add one of your own first.',
} as const;
