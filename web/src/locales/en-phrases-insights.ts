/**
 * The server's sentences of the insights area (did a change stick, the monthly training report,
 * the reflection questions, the stick-rate rows), one whole sentence per code
 * (src/server/phrases.ts). A number that picks the plural form is `{count}`.
 */
export const enPhrasesInsights = {
  // Insights: did a change stick
  'phrase.adherence.tooEarly': {
    one: 'Too early to say: {count} day since it started, and it takes about three weeks to tell.',
    other: 'Too early to say: {count} days since it started, and it takes about three weeks to tell.',
  },
  'phrase.adherence.tooEarlyToSay': 'Too early to say.',
  'phrase.adherence.noCheckinsSince': 'Too early to say: no check-ins since it was adopted.',
  'phrase.adherence.stuck': 'Done on {pct}% of due days lately.',
  'phrase.adherence.stuckUpsDowns': 'Done on {pct}% of due days lately, after some ups and downs.',
  'phrase.adherence.faded': {
    one: 'Faded after {count} week.',
    other: 'Faded after {count} weeks.',
  },
  'phrase.adherence.fadedLately': {
    one: 'Faded after {count} week: done on {pct}% of due days lately.',
    other: 'Faded after {count} weeks: done on {pct}% of due days lately.',
  },
  'phrase.adherence.fadedAfter': {
    one: 'Faded after {count} week.',
    other: 'Faded after {count} weeks.',
  },
  'phrase.adherence.whatMissing': 'A lapse is information: what was missing?',
  'phrase.adherence.never':
    'Done on {pct}% of due days. Maybe it was too big, or the cue did not fit the day.',
  'phrase.adherence.graduated': 'Graduated: it became automatic enough to stop tracking.',
  'phrase.adherence.dropped': 'You decided not to keep this experiment. What was missing?',
  'phrase.shift.noBaseline':
    'There are no recorded days from before the change, so there is nothing to compare with yet.',
  'phrase.shift.tooEarly': {
    one: 'It is too early to say: {count} recorded day since the change, and it takes about {needed} to tell a lasting shift from a good or bad patch.',
    other:
      'It is too early to say: {count} recorded days since the change, and it takes about {needed} to tell a lasting shift from a good or bad patch.',
  },
  'phrase.shift.fewBefore':
    'It is too early to say: there are too few recorded days from before the change to know what “usual” looked like.',
  'phrase.shift.stuckUp': {
    one: 'The change seems to have stuck: before, the average was {before}; lately (the last recorded day) it is {latest}. That is still up from where you started.',
    other:
      'The change seems to have stuck: before, the average was {before}; lately (the last {count} recorded days) it is {latest}. That is still up from where you started.',
  },
  'phrase.shift.stuckDown': {
    one: 'The change seems to have stuck: before, the average was {before}; lately (the last recorded day) it is {latest}. That is still down from where you started.',
    other:
      'The change seems to have stuck: before, the average was {before}; lately (the last {count} recorded days) it is {latest}. That is still down from where you started.',
  },
  'phrase.shift.reverted': {
    one: 'It helped for a while and then drifted back: the average moved to {peak} for {count} recorded day, but now it is {latest}, close to the {before} from before. That is common; a reminder or a smaller, easier version of the change often brings it back.',
    other:
      'It helped for a while and then drifted back: the average moved to {peak} for {count} recorded days, but now it is {latest}, close to the {before} from before. That is common; a reminder or a smaller, easier version of the change often brings it back.',
  },
  'phrase.shift.opposite': {
    one: 'So far it has gone the other way: before, the average was {before}; lately (the last recorded day) it is {latest}. That may be the change or something else happening at the same time; it is worth talking about together.',
    other:
      'So far it has gone the other way: before, the average was {before}; lately (the last {count} recorded days) it is {latest}. That may be the change or something else happening at the same time; it is worth talking about together.',
  },
  'phrase.shift.none': {
    one: 'No clear shift yet: before, the average was {before}; lately (the last recorded day) it is {latest}. That is within {min} of before, the smallest difference we count as a change.',
    other:
      'No clear shift yet: before, the average was {before}; lately (the last {count} recorded days) it is {latest}. That is within {min} of before, the smallest difference we count as a change.',
  },
  'phrase.shift.cautionSmall':
    'The difference is small next to the day-to-day ups and downs, so this could still change as more days come in.',
  'phrase.shift.cautionShort': 'The latest stretch is short, so keep an eye on it.',
  'phrase.stick.rate': {
    one: '{stuck} of {count} stuck (somewhere between {low}% and {high}%).',
    other: '{stuck} of {count} stuck (somewhere between {low}% and {high}%).',
  },
  'phrase.stick.few': {
    one: '{stuck} of {count} stuck: too few to say what is typical.',
    other: '{stuck} of {count} stuck: too few to say what is typical.',
  },
  'phrase.size.start': 'Start small: one tiny change at a time, until you see what sticks for you.',
  'phrase.size.up.small': {
    one: '{stuck} of your {count} small change stuck: you can try a medium one next.',
    other: '{stuck} of your {count} small changes stuck: you can try a medium one next.',
  },
  'phrase.size.up.medium': {
    one: '{stuck} of your {count} medium change stuck: you can try a large one next.',
    other: '{stuck} of your {count} medium changes stuck: you can try a large one next.',
  },
  'phrase.size.down.medium': {
    one: 'Only {stuck} of your {count} medium change stuck: go small for the next one.',
    other: 'Only {stuck} of your {count} medium changes stuck: go small for the next one.',
  },
  'phrase.size.down.large': {
    one: 'Only {stuck} of your {count} large change stuck: go medium for the next one.',
    other: 'Only {stuck} of your {count} large changes stuck: go medium for the next one.',
  },
  'phrase.size.stay.small': 'Stay with small changes.',
  'phrase.size.stay.medium': 'Stay with medium changes.',
  'phrase.size.stay.large': 'Stay with large changes.',
  'phrase.size.tooBig': {
    one: '{count} of your failure analyses says a change was too big: go one size smaller.',
    other: '{count} of your failure analyses say a change was too big: go one size smaller.',
  },
  'phrase.changePace.small': {
    one: 'A small pace in {domain}, up to {count} change at a time',
    other: 'A small pace in {domain}, up to {count} changes at a time',
  },
  'phrase.changePace.medium': {
    one: 'A medium pace in {domain}, up to {count} change at a time',
    other: 'A medium pace in {domain}, up to {count} changes at a time',
  },
  'phrase.changePace.large': {
    one: 'A large pace in {domain}, up to {count} change at a time',
    other: 'A large pace in {domain}, up to {count} changes at a time',
  },
  // The monthly training report
  'phrase.report.days': '{month}: days with a check-in you can see — you {mine}, {name} {theirs}.',
  'phrase.report.daysAlone': '{month}: days with a check-in you can see — you {mine}.',
  'phrase.report.metric': 'Average {metric}: {mean}.',
  'phrase.report.metricSame': 'Average {metric}: {mean} — about the same as the month before ({previous}).',
  'phrase.report.metricBetter': 'Average {metric}: {mean} — better than the month before ({previous}).',
  'phrase.report.metricWorse': 'Average {metric}: {mean} — worse than the month before ({previous}).',
  'phrase.report.noCheckins': 'No check-ins this month: a missing month is information too, not a failure.',
  'phrase.report.started': 'Started: {list}.',
  'phrase.report.stuck': {
    one: 'So far {count} change has stuck.',
    other: 'So far {count} changes have stuck.',
  },
  'phrase.report.faded': {
    one: '{count} faded: {list}.',
    other: '{count} faded: {list}.',
  },
  'phrase.report.happened': 'What happened: {list}.',
  'phrase.report.question': 'To talk about: {question}',
  // The reflection questions (src/areas/insights/questions.ts), by number
  'insights.qHint.1':
    'Think of the last few weeks: what did your days quietly aim at — peace, being right, getting through?',
  'insights.qHint.2': 'What gets a smile, relief or attention right away? What goes unnoticed?',
  'insights.qHint.3': 'Small enough to do on a bad day; a number from the check-in that would show it.',
  'insights.qHint.4': 'A ritual, a habit, a way of talking from a good period: what made it possible then?',
  'insights.qHint.5': 'Look at the history together: what comes back, what stuck, what faded, and when?',
  // A stick-rate row's value (the server's group names)
  'insights.value.small': 'Small',
  'insights.value.medium': 'Medium',
  'insights.value.large': 'Large',
  'insights.value.immediate reward': 'An immediate reward',
  'insights.value.no reward named': 'No reward named',
  'insights.value.none named': 'None named',
  'insights.value.ritual': 'A ritual',
  'insights.value.together': 'Together',
  'insights.value.you': 'You',
  'insights.value.a former partner': 'A former partner',
  'insights.value.explore': 'Exploring',
  'insights.value.exploit': 'Exploiting what works',
} as const;
