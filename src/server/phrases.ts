import { Type } from 'typebox';

/**
 * Sentences the server explains a figure with, as codes and parameters: the web app words each
 * code in the reader's language (web/src/locales, `phrase.<code>`). Each code is a whole sentence
 * (never a fragment to glue); a number that picks a plural form is named `count`; a domain is sent
 * as `domain` (its label) with `domainId`, so the web names a built-in one itself. The English
 * `explanation` beside them stays for the command line and other API readers.
 */
export const PHRASE_CODES = [
  // Promise trust (stats/trust.ts)
  'trust.none',
  'trust.score',
  'trust.rough',
  // Repair latency (checkins/from-log.ts)
  'repair.about',
  'repair.none',
  'repair.median',
  'repair.linked',
  'repair.rough',
  'repair.trendUnknown',
  'repair.faster',
  'repair.slower',
  'repair.same',
  // CSI-4 (stats/scales.ts, checkins/rules.ts)
  'csi4.score',
  'csi4.strain',
  'csi4.above',
  'csi4.snapshot',
  'csi4.meaning',
  // The positive-to-negative ratio (stats/scales.ts, checkins/rules.ts)
  'ratio.noCheckins',
  'ratio.none',
  'ratio.noNegatives',
  'ratio.about',
  'ratio.aboutOpen',
  'ratio.stable',
  'ratio.rough',
  'ratio.firstImpression',
  'ratio.month',
  'ratio.monthCurrent',
  'ratio.monthPrevious',
  'ratio.monthNone',
  // Averages of check-ins (checkins/rules.ts, rituals/review.ts)
  'means.week',
  'means.missing',
  'means.fewDays',
  'means.month',
  'means.monthChance',
  // The week review (rituals/review.ts)
  'week.noWins',
  'week.promises',
  'week.appreciations',
  'week.rituals',
  'week.habits',
  'week.checkins',
  // Automaticity (habits/automaticity.ts)
  'automaticity.fewScores',
  'automaticity.notLevelling',
  'automaticity.notRising',
  'automaticity.keepAnswering',
  'automaticity.automatic',
  'automaticity.daysLeft',
  'automaticity.noUpperLimit',
  'automaticity.agree',
  'automaticity.between',
  'automaticity.latest',
  // Habit strength (habits/strength.ts)
  'strength.none',
  'strength.score',
  'strength.run',
  'strength.runBest',
  'strength.reset',
  'strength.resetBest',
  'strength.early',
  // An anchor's lapse test (anchors/rules.ts)
  'lapse.notStarted',
  'lapse.early.day',
  'lapse.early.week',
  'lapse.early.stretch',
  'lapse.recent.day',
  'lapse.recent.week',
  'lapse.recent.stretch',
  'lapse.usual.day',
  'lapse.usual.week',
  'lapse.usual.stretch',
  'lapse.lapsed',
  'lapse.holding',
  'lapse.dip',
  // Why an exploration idea was suggested (exploration/rules.ts)
  'pick.new',
  'pick.few',
  'pick.good',
  'pick.chance',
  'pick.backToNormal',
  // An archive snapshot (anchors/archive-routes.ts)
  'snapshot.patterns',
  'snapshot.mood',
  'snapshot.moodRatio',
] as const;

export type PhraseCode = (typeof PHRASE_CODES)[number];
export type PhraseParams = Record<string, string | number>;
export interface Phrase {
  code: PhraseCode;
  params: PhraseParams;
}

export const phrase = (code: PhraseCode, params: PhraseParams = {}): Phrase => ({ code, params });

/** A figure's explanation as whole sentences, each a code with its parameters. */
export const Phrases = Type.Array(
  Type.Object(
    {
      code: Type.Enum(PHRASE_CODES),
      params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
    },
    { additionalProperties: false },
  ),
  {
    description:
      'The explanation as codes with parameters, for the web app to word in the reader’s language.',
  },
);

/** A number rounded to one decimal, as a phrase parameter. */
export const oneDecimal = (x: number) => Math.round(x * 10) / 10;
