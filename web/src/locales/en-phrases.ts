/**
 * The server's explanations, one whole sentence per code (src/server/phrases.ts). A number that
 * picks the plural form is `{count}`.
 */
export const enPhrases = {
  'phrase.trust.none': 'No kept or broken promises yet.',
  'phrase.trust.score':
    '{kept} kept and {broken} broken. The trust score is {score} of 100: recent promises count most, so one lapse after a long record costs little, and repeated lapses show.',
  'phrase.trust.rough': 'With only a few promises so far, this score is still rough.',
  'phrase.repair.about':
    'How long from a conflict to the repair linked to it. This matters more than how many conflicts you have: every couple argues; coming back together quickly is the skill.',
  'phrase.repair.none': 'No repair is linked to a conflict yet.',
  'phrase.repair.median': {
    one: 'Half of your repairs came within {count} day.',
    other: 'Half of your repairs came within {count} days.',
  },
  'phrase.repair.linked': {
    one: 'That is from one linked repair.',
    other: 'That is from {count} linked repairs.',
  },
  'phrase.repair.rough': 'Still few, so this is rough.',
  'phrase.repair.trendUnknown':
    'There is not enough yet to compare the last three months with the three before.',
  'phrase.repair.faster':
    'Repairs come faster lately: {recent} days (median) in the last three months, {earlier} before.',
  'phrase.repair.slower':
    'Repairs take longer lately: {recent} days (median) in the last three months, {earlier} before. That is worth a look, not a verdict.',
  'phrase.repair.same': 'Repairs take about as long as before: {recent} days (median).',
  'phrase.csi4.score': 'Your satisfaction score is {total} of 21.',
  'phrase.csi4.strain':
    'Scores below 13.5 are common in couples going through a hard time; it is a reason to look after the relationship, not a verdict on it.',
  'phrase.csi4.above': 'That is above 13.5, the line researchers use for a relationship under strain.',
  'phrase.csi4.snapshot': 'One score is a snapshot: the trend over weeks says more.',
  'phrase.csi4.meaning':
    'The CSI-4 (Funk & Rogge, 2007) asks four questions about how happy and satisfied you are together; scores run from 0 to 21. Below 13.5 is the line researchers use for a relationship under notable strain: a signal to look after it, not a verdict. One month is a snapshot; the trend over months says more.',
  'phrase.ratio.noCheckins':
    'No check-ins to count yet. Once a few days are in, this compares positive moments with conflicts.',
  'phrase.ratio.none': 'No interactions recorded yet.',
  'phrase.ratio.noNegatives': {
    one: 'One positive moment and no negative ones: probably at least {lower} to 1.',
    other: '{count} positive moments and no negative ones: probably at least {lower} to 1.',
  },
  'phrase.ratio.about':
    'About {ratio} positive moments for every negative one (probably between {lower} and {upper}).',
  'phrase.ratio.aboutOpen':
    'About {ratio} positive moments for every negative one (probably at least {lower}, no upper limit yet).',
  'phrase.ratio.stable': 'Stable couples are often around 5 to 1.',
  'phrase.ratio.rough': 'With few moments recorded, this is still rough.',
  'phrase.ratio.firstImpression': {
    one: 'Counted from one check-in only, so treat it as a first impression.',
    other: 'Counted from {count} check-ins only, so treat it as a first impression.',
  },
  'phrase.ratio.month':
    'Positive moments per conflict: {current} to 1 in the month shown, {previous} to 1 the month before (stable couples are often around 5 to 1).',
  'phrase.ratio.monthCurrent':
    'Positive moments per conflict: {current} to 1 in the month shown; the month before is not yet measurable (stable couples are often around 5 to 1).',
  'phrase.ratio.monthPrevious':
    'Positive moments per conflict: not yet measurable in the month shown, {previous} to 1 the month before (stable couples are often around 5 to 1).',
  'phrase.ratio.monthNone':
    'Positive moments per conflict: not yet measurable in the month shown or the month before (stable couples are often around 5 to 1).',
  'phrase.means.week':
    'Averages of the days that were filled in: {mine} of {span} days for you, {partner} shared by your partner.',
  'phrase.means.missing': 'Missing days are left out, not guessed.',
  'phrase.means.fewDays': 'With few days, an average can move a lot with one more day.',
  'phrase.means.month':
    'Averages of the days filled in: you {mine} days in the month shown and {minePrevious} the month before; your partner shared {partner} and {partnerPrevious}.',
  'phrase.means.monthChance':
    'Missing days are left out, never guessed; with fewer than about ten days, a difference of a point can be chance.',
  'phrase.week.noWins':
    'No wins recorded this week yet. That is information, not failure: one appreciation today is a fine start.',
  'phrase.week.promises': {
    one: 'This week: one kept promise.',
    other: 'This week: {count} kept promises.',
  },
  'phrase.week.appreciations': { one: 'One appreciation.', other: '{count} appreciations.' },
  'phrase.week.rituals': { one: 'Rituals done once.', other: 'Rituals done {count} times.' },
  'phrase.week.habits': {
    one: '{kept} of {count} habit held its schedule.',
    other: '{kept} of {count} habits held their schedule.',
  },
  'phrase.week.checkins': 'You checked in on {count} of 7 days.',
  'phrase.automaticity.fewScores': {
    one: 'Not enough data yet to estimate when this habit becomes automatic: {count} score so far, at least {needed} are needed.',
    other:
      'Not enough data yet to estimate when this habit becomes automatic: {count} scores so far, at least {needed} are needed.',
  },
  'phrase.automaticity.notLevelling':
    'Not enough data yet to estimate when this habit becomes automatic: the scores have not started to level off yet, so the plateau cannot be told apart from a straight line.',
  'phrase.automaticity.notRising':
    'Not enough data yet to estimate when this habit becomes automatic: the scores are not rising towards a plateau.',
  'phrase.automaticity.keepAnswering': 'Keep answering the four short questions every few days.',
  'phrase.automaticity.automatic':
    'Your answers say this has become close to automatic ({latest} of 7 lately). Time to think about graduating it.',
  'phrase.automaticity.daysLeft': {
    one: 'About {count} more day until this feels automatic.',
    other: 'About {count} more days until this feels automatic.',
  },
  'phrase.automaticity.noUpperLimit':
    'At least {low} days; your answers cannot yet say how much longer: the curve has not levelled off enough to put an upper limit on it.',
  'phrase.automaticity.agree': 'The answers agree closely.',
  'phrase.automaticity.between': 'We are {pct}% sure it is between {low} and {high} days.',
  'phrase.automaticity.latest':
    'Your latest score is {latest} of 7; most habits take two to three months, and slow is normal.',
  'phrase.strength.none': 'Nothing to measure yet: check off the first day.',
  'phrase.strength.score':
    'Habit strength is {score}%. It rises with each day you keep the schedule and fades slowly when you don’t: what happened {halfLife} days ago counts half as much as today. Skipped days don’t count either way.',
  'phrase.strength.run': { one: 'You are on a {count}-day run.', other: 'You are on a {count}-day run.' },
  'phrase.strength.runBest': {
    one: 'You are on a {count}-day run (your best so far: {best}).',
    other: 'You are on a {count}-day run (your best so far: {best}).',
  },
  'phrase.strength.reset': 'The current run has reset; a lapse is information, not failure.',
  'phrase.strength.resetBest':
    'The current run has reset (your best so far: {best} days); a lapse is information, not failure.',
  'phrase.strength.early':
    'Early days: strength grows slowly by design, so a low number in the first weeks is expected, not a verdict.',
  // A proposed easing of a habit, from its parts ({schedule} and {target} are worded by describe.ts).
  'change.pause': 'Pause this habit',
  'change.pauseBecause': 'Pause this habit ({reason})',
  'change.schedule': 'Ease the schedule to {schedule}',
  'change.target': 'Ease the target to {target}',
  'change.both': 'Ease the schedule to {schedule} and the target to {target}',
  // Why a field was refused (src/server/errors.ts REASONS); English readers see the server's own words.
  // The week review's line per habit, from its numbers (the server's `message` is English for the CLI).
  'review.habitKept': {
    one: '{name}: “{action}” once. A win worth naming.',
    other: '{name}: “{action}” {count} times. A win worth naming.',
  },
  'review.habitLapsed':
    '{name}: “{action}” {done} of {expected}. Worth a look together: what got in the way? (A lapse is information.)',
  // The loops (areas/credit): a pattern's title, what it is and what to try.
  'phrase.loop.recurringTitle': '“{word}” keeps coming back',
  'phrase.loop.recurring': '{count} of your {of} conflicts were about it, typically {gap} days apart.',
  'phrase.loop.recurringAdvice':
    'A topic that returns this often is worth one calm conversation of its own, away from the next fight.',
  'phrase.loop.brokenTitle': 'Promises about “{word}”',
  'phrase.loop.brokenMe': 'You broke {count} of {total} of these promises.',
  'phrase.loop.brokenPartner': '{name} broke {count} of {total} of these promises.',
  'phrase.loop.brokenAdvice': 'Perhaps a smaller promise would hold.',
  'phrase.loop.cycleTitle': 'Conflict, then making up, then closeness',
  'phrase.loop.cycle':
    '{count} times. {after} % of repaired conflicts were followed within a day by closeness or relief (a check-in well above your usual), against {ordinary} % on an ordinary pair of days.',
  'phrase.loop.cycleAdvice':
    'Closeness that comes mostly after a fight can teach both of you to need the fight. Try planning closeness after you solve something together — a shared problem, a plan made as a team — instead of after a fight.',
} as const;
