import { Type } from 'typebox';
import { Phrases } from '../../server/phrases.ts';
import { LocalDate, NonBlank } from '../../server/schemas.ts';

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
const Score = (description: string) => Type.Integer({ minimum: 0, maximum: 10, description });
const Count = (description: string) => Type.Integer({ minimum: 0, maximum: 200, description });
export const Visibility = Type.Union([Type.Literal('shared'), Type.Literal('private')], {
  description: 'shared: your partner sees it. private: only you, everywhere.',
});
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
/** A number the person may leave unanswered: null (or left out) is stored as missing, never as a default. */
const Answer = (kind: typeof Score, description: string) =>
  Type.Optional(
    Type.Union([kind(description), Type.Null()], {
      description: `${description} Null or left out: not answered.`,
    }),
  );
const MaybeInt = () => Type.Union([Type.Integer(), Type.Null()]);

/** The numbers of one check-in: what "same as yesterday" copies. */
export const Values = Type.Object(
  {
    satisfaction: MaybeInt(),
    energy: MaybeInt(),
    connection: MaybeInt(),
    conflicts: MaybeInt(),
    positives: MaybeInt(),
    metrics: Type.Record(Type.String(), Type.Integer()),
  },
  { additionalProperties: false },
);

export const Checkin = Type.Object(
  {
    id: Type.String(),
    date: Type.String(),
    authorId: Type.String(),
    mine: Type.Boolean(),
    satisfaction: MaybeInt(),
    energy: MaybeInt(),
    connection: MaybeInt(),
    conflicts: MaybeInt(),
    positives: MaybeInt(),
    metrics: Type.Record(Type.String(), Type.Integer()),
    visibility: Visibility,
    note: Type.Union([Type.String(), Type.Null()]),
    noteVisibility: Visibility,
    locked: Type.Boolean(),
    updatedAt: Type.String(),
  },
  { additionalProperties: false },
);

export const SaveCheckinBody = Type.Object(
  {
    date: LocalDate,
    satisfaction: Answer(Score, 'How satisfied with the relationship today, 0–10.'),
    energy: Answer(Score, 'Your energy today, 0–10.'),
    connection: Answer(Score, 'How connected you felt today, 0–10.'),
    conflicts: Answer(Count, 'Conflicts today.'),
    positives: Answer(Count, 'Positive interactions today.'),
    metrics: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[0-9a-f-]{36}$' }),
        Type.Integer({ minimum: -1000, maximum: 1000 }),
        {
          description: 'Values of your accepted custom metrics, by metric id.',
          // A key that is not an id would otherwise pass unchecked, its value too.
          additionalProperties: false,
        },
      ),
    ),
    visibility: Type.Optional(Visibility),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    noteVisibility: Type.Optional(Visibility),
  },
  { additionalProperties: false },
);

export const Metric = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    scaleMin: Type.Integer(),
    scaleMax: Type.Integer(),
    better: Type.Union([Type.Literal('higher'), Type.Literal('lower')]),
    domain: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union([Type.Literal('proposed'), Type.Literal('accepted'), Type.Literal('retired')]),
    proposedByMe: Type.Boolean(),
    canAccept: Type.Boolean(),
  },
  { additionalProperties: false },
);
export const MetricList = Type.Object({ metrics: Type.Array(Metric) }, { additionalProperties: false });

export const ProposeMetricBody = Type.Object(
  {
    name: NonBlank({ maxLength: 60 }),
    scaleMin: Type.Integer({ minimum: -100, maximum: 100 }),
    scaleMax: Type.Integer({ minimum: -100, maximum: 100 }),
    better: Type.Union([Type.Literal('higher'), Type.Literal('lower')], {
      description: 'Whether a higher or a lower value is better.',
    }),
    domain: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const DateParams = Type.Object({ date: LocalDate }, { additionalProperties: false });

/** What the check-in screen needs for one day. */
export const Day = Type.Object(
  {
    date: Type.String(),
    today: Type.String(),
    checkin: Type.Union([Checkin, Type.Null()]),
    /** The partner's check-in for the day, when they shared it (its note only if shared too). */
    partner: Type.Union([Checkin, Type.Null()]),
    /** The most recent earlier check-in's numbers (within a week), offered as a start. */
    start: Type.Union([Values, Type.Null()]),
    startDate: Type.Union([Type.String(), Type.Null()]),
    locked: Type.Boolean(),
    lockedReason: Type.Union([Type.String(), Type.Null()], { description: 'In English; see `lock`.' }),
    /** Why the day is locked, as a code and its number, for the web app to word. */
    lock: Type.Union([
      Type.Object({ code: Type.Literal('future') }, { additionalProperties: false }),
      Type.Object(
        { code: Type.Literal('past_window'), days: Type.Integer({ description: 'The edit window.' }) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    metrics: Type.Array(Metric),
    csi4Due: Type.Boolean(),
    /** What the log already holds for the day (entries the viewer may see), offered as the day's counts. */
    logged: Type.Object(
      {
        conflicts: Type.Integer({ description: 'Conflict entries dated that day.' }),
        positives: Type.Integer({ description: 'Appreciation and gesture entries dated that day.' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const Series = Type.Object(
  {
    satisfaction: MaybeInt(),
    energy: MaybeInt(),
    connection: MaybeInt(),
    conflicts: MaybeInt(),
    positives: MaybeInt(),
  },
  { additionalProperties: false },
);

const MaybeNumber = () => Type.Union([Type.Number(), Type.Null()]);
/** Means of the answered days; null for a question never answered in the range. */
const Means = Type.Object(
  {
    satisfaction: MaybeNumber(),
    energy: MaybeNumber(),
    connection: MaybeNumber(),
    conflicts: MaybeNumber(),
    positives: MaybeNumber(),
  },
  { additionalProperties: false },
);

export const Ratio = Type.Object(
  {
    positives: Type.Integer(),
    negatives: Type.Integer(),
    ratio: Type.Union([Type.Number(), Type.Null()]),
    lower: Type.Number(),
    upper: Type.Union([Type.Number(), Type.Null()]),
    target: Type.Number(),
    explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Phrases,
  },
  { additionalProperties: false },
);

export const Week = Type.Object(
  {
    from: Type.String(),
    to: Type.String(),
    days: Type.Array(
      Type.Object(
        {
          date: Type.String(),
          mine: Type.Union([Series, Type.Null()]),
          partner: Type.Union([Series, Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
    means: Type.Object(
      {
        mine: Type.Union([Means, Type.Null()]),
        partner: Type.Union([Means, Type.Null()]),
        explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
        phrases: Phrases,
      },
      { additionalProperties: false },
    ),
    ratio: Ratio,
  },
  { additionalProperties: false },
);
export const WeekQuery = Type.Object({ end: Type.Optional(LocalDate) }, { additionalProperties: false });

export const Csi4Result = Type.Object(
  {
    id: Type.String(),
    month: Type.String(),
    mine: Type.Boolean(),
    total: Type.Integer(),
    distressed: Type.Boolean(),
    visibility: Visibility,
    explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Phrases,
  },
  { additionalProperties: false },
);
export const Csi4Overview = Type.Object(
  {
    month: Type.String(),
    due: Type.Boolean(),
    cutoff: Type.Number(),
    meaning: Type.String({ description: 'In English, for the command line; see meaningPhrases.' }),
    meaningPhrases: Phrases,
    results: Type.Array(Csi4Result),
  },
  { additionalProperties: false },
);
export const Csi4Body = Type.Object(
  {
    items: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), {
      minItems: 4,
      maxItems: 4,
      description: 'The four answers: the first 0–6, the others 0–5.',
    }),
    visibility: Type.Optional(Visibility),
  },
  { additionalProperties: false },
);
