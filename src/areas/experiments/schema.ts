import { Type } from 'typebox';
import { PhraseSchema, Phrases } from '../../server/phrases.ts';
import { LocalDate } from '../../server/schemas.ts';

/*
 * The experiments API's request and response shapes. Every phase-revealing field is nullable:
 * for a blinded partner, while the experiment runs, it is null (see `present.ts`).
 */

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
const Obj = <T extends Parameters<typeof Type.Object>[0]>(props: T) =>
  Type.Object(props, { additionalProperties: false });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Better = Type.Union([Type.Literal('higher'), Type.Literal('lower')]);
const Design = Type.Union([Type.Literal('AB'), Type.Literal('ABAB'), Type.Literal('ABABAB')]);
const Condition = Type.Union([Type.Literal('A'), Type.Literal('B')]);
const MetricKey = Type.String({
  pattern: '^([a-z]+|[0-9a-f-]{36})$',
  description:
    'A check-in field (satisfaction, energy, connection, conflicts, positives) or your own metric’s id.',
});

export const IdParams = Obj({ id: Id });

export const ProposeBody = Obj({
  title: Type.String({
    minLength: 3,
    maxLength: 120,
    description: 'The behaviour to try on B days, e.g. "Phones in the drawer at dinner".',
  }),
  performer: Type.Union([Type.Literal('me'), Type.Literal('partner'), Type.Literal('both')], {
    description: 'Who does the B behaviour.',
  }),
  metric: MetricKey,
  better: Type.Optional(Better),
  secondary: Type.Optional(Type.Array(MetricKey, { maxItems: 4 })),
  design: Type.Optional(Design),
  phaseDays: Type.Optional(
    Type.Integer({ minimum: 3, maximum: 28, description: 'Days per phase (default 7).' }),
  ),
  randomized: Type.Optional(Type.Boolean({ description: 'Draw the phase starts at random (default on).' })),
  settlingDays: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 3,
      description: 'Days at each phase start the analysis leaves out.',
    }),
  ),
  blind: Type.Optional(
    Type.Boolean({ description: 'The partner who does not perform rates without being told the phase.' }),
  ),
  domain: Type.Optional(Type.String({ maxLength: 40 })),
  startDate: Type.Optional(
    Type.String({
      format: 'local-date',
      description: 'The first day (YYYY-MM-DD), today or later; default the day after both accept.',
    }),
  ),
});

export const AdherenceBody = Obj({
  date: LocalDate,
  done: Type.Optional(
    Type.Boolean({
      description: 'Kept to the day’s plan (default yes): the B behaviour on a B day, the usual on an A day.',
    }),
  ),
  note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
});

export const GuessBody = Obj({
  date: LocalDate,
  guess: Type.Union([Type.Literal('A'), Type.Literal('B')], {
    description: 'Which phase you think this day was in.',
  }),
});

export const StopBody = Obj({ reason: Type.String({ minLength: 3, maxLength: 500 }) });

export const NextBody = Obj({
  step: Type.Union([Type.Literal('adopt'), Type.Literal('drop'), Type.Literal('rerun')]),
  cue: Type.Optional(Type.String({ maxLength: 200, description: 'adopt: the moment the habit follows.' })),
  action: Type.Optional(
    Type.String({ maxLength: 200, description: 'adopt: the tiny action (default the title).' }),
  ),
  phaseDays: Type.Optional(Type.Integer({ minimum: 3, maximum: 28, description: 'rerun: longer phases.' })),
});

const Phase = Obj({
  label: Type.String(),
  condition: Condition,
  start: Type.String(),
  end: Type.String(),
  days: Type.Integer(),
});

const Today = Obj({
  date: Type.String(),
  /** Day n of the design, or null outside it. */
  day: Nullable(Type.Integer()),
  phase: Nullable(
    Obj({ label: Type.String(), condition: Condition, dayInPhase: Type.Integer(), settling: Type.Boolean() }),
  ),
  adherence: Nullable(Obj({ done: Type.Boolean(), note: Nullable(Type.String()) })),
  /** The blinded partner is asked for a guess at each planned (not drawn) phase end. */
  guessDue: Type.Boolean(),
});

const Results = Obj({
  verdict: Type.Union([Type.Literal('helps'), Type.Literal('hurts'), Type.Literal('not enough evidence')]),
  reason: Type.String(),
  explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
  phrases: Phrases,
  nap: Nullable(Type.Number()),
  tauBC: Nullable(Type.Number()),
  tauU: Nullable(Type.Number({ description: 'For comparison only.' })),
  meanDifference: Nullable(Type.Number()),
  p: Nullable(Type.Number({ description: 'One-sided randomization p in the better direction.' })),
  randomization: Nullable(
    Obj({
      method: Type.Union([Type.Literal('exact'), Type.Literal('monte-carlo')]),
      assignments: Type.Integer(),
      smallestPossibleP: Type.Number(),
      minPhase: Type.Integer(),
      exactRule: Type.Boolean(),
      pWorse: Type.Number(),
    }),
  ),
  pairs: Type.Array(
    Obj({
      label: Type.String(),
      meanA: Type.Number(),
      meanB: Type.Number(),
      meanDifference: Type.Number(),
      nap: Type.Number(),
      tauBC: Type.Number(),
      tauU: Type.Number(),
    }),
  ),
  phases: Type.Array(
    Obj({
      label: Type.String(),
      condition: Condition,
      start: Type.String(),
      end: Type.String(),
      days: Type.Integer(),
      mean: Nullable(Type.Number()),
      ratedDays: Type.Integer(),
    }),
  ),
  days: Type.Array(
    Obj({
      date: Type.String(),
      phase: Type.String(),
      condition: Condition,
      value: Nullable(Type.Number()),
      settling: Type.Boolean(),
    }),
  ),
  raters: Type.String({ description: 'Whose ratings went in, in words.' }),
  blind: Nullable(
    Obj({
      guesses: Type.Integer(),
      right: Type.Integer(),
      p: Nullable(Type.Number()),
      words: Type.String(),
      phrases: Phrases,
    }),
  ),
  adherence: Obj({ days: Type.Integer(), tapped: Type.Integer(), kept: Type.Integer() }),
  secondary: Type.Array(
    Obj({
      metric: Type.String(),
      name: Type.String(),
      nap: Nullable(Type.Number()),
      meanDifference: Nullable(Type.Number()),
      p: Nullable(Type.Number()),
    }),
  ),
});

export const Experiment = Obj({
  id: Type.String(),
  title: Type.String(),
  metric: Obj({ key: Type.String(), name: Type.String() }),
  better: Better,
  secondary: Type.Array(Type.String()),
  design: Design,
  phaseDays: Type.Integer(),
  minPhase: Type.Integer(),
  randomized: Type.Boolean(),
  settlingDays: Type.Integer(),
  rule: Type.String({ description: 'The locked rule, in English; see rulePhrase.' }),
  rulePhrase: PhraseSchema,
  domain: Type.String(),
  performer: Type.String({ description: '"both" or a partner’s user id.' }),
  blindRater: Nullable(Type.String()),
  iPerform: Type.Boolean(),
  iAmBlinded: Type.Boolean({ description: 'True while you rate without being told the phase.' }),
  status: Type.Union([
    Type.Literal('proposed'),
    Type.Literal('running'),
    Type.Literal('ended'),
    Type.Literal('stopped'),
    Type.Literal('withdrawn'),
  ]),
  proposedBy: Type.String(),
  proposedAt: Type.String(),
  acceptances: Type.Array(Obj({ userId: Type.String(), at: Type.String() })),
  canAccept: Type.Boolean(),
  lockedAt: Nullable(Type.String()),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
  stop: Nullable(Obj({ at: Type.String(), on: Type.String(), by: Type.String(), reason: Type.String() })),
  nextStep: Nullable(
    Obj({
      step: Type.Union([Type.Literal('adopt'), Type.Literal('drop'), Type.Literal('rerun')]),
      by: Type.String(),
      at: Type.String(),
      followUp: Nullable(Type.String()),
    }),
  ),
  today: Nullable(Today),
  /** The drawn phase calendar and its seed; null for a blinded partner while it runs. */
  schedule: Nullable(Obj({ seed: Nullable(Type.Integer()), phases: Type.Array(Phase) })),
  adherence: Nullable(
    Type.Array(
      Obj({
        date: Type.String(),
        userId: Type.String(),
        done: Type.Boolean(),
        note: Nullable(Type.String()),
      }),
    ),
  ),
  myGuesses: Type.Array(Obj({ date: Type.String(), guess: Condition })),
  meter: Nullable(
    Obj({
      level: Type.Union([Type.Literal('not yet'), Type.Literal('barely'), Type.Literal('enough')]),
      ratedDays: Type.Integer(),
      plannedDays: Type.Integer(),
      smallestPossibleP: Type.Number(),
      words: Type.String(),
      phrases: Phrases,
    }),
  ),
  resultsOpenOn: Nullable(Type.String({ description: 'The first day the results can be seen.' })),
  results: Nullable(Results),
});

export const ExperimentList = Obj({ experiments: Type.Array(Experiment) });
