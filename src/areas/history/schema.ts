import { Type } from 'typebox';
import { PhraseSchema } from '../../server/phrases.ts';
import { LocalDate } from '../../server/schemas.ts';

export const HistoryQuery = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        format: 'local-date',
        description: 'First day (default: the first check-in you can see).',
      }),
    ),
    to: Type.Optional(Type.String({ format: 'local-date', description: 'Last day (default: today).' })),
  },
  { additionalProperties: false },
);

// `type: ['number', 'null']` rather than a union: the response serializer writes it directly
// instead of testing each of a three-year series' thousands of values against both schemas.
const NumberOrNull = Type.Unsafe<number | null>({ type: ['number', 'null'] });

const Values = Type.Array(NumberOrNull, {
  description: 'One value per day from `from` to `to`; null where nothing was recorded (never filled in).',
});

export const HistorySeries = Type.Object(
  {
    partnerId: Type.String(),
    values: Values,
  },
  { additionalProperties: false },
);

export const HistoryMetric = Type.Object(
  {
    key: Type.String({
      description:
        "'satisfaction', 'energy', 'connection', 'conflicts', 'positives' or a custom metric's id.",
    }),
    name: Type.String(),
    min: Type.Number(),
    max: Type.Number(),
    better: Type.Union([Type.Literal('higher'), Type.Literal('lower')]),
    series: Type.Array(HistorySeries),
  },
  { additionalProperties: false },
);

export const ANNOTATION_KINDS = [
  'experiment',
  'habit_started',
  'habit_graduated',
  'habit_retired',
  'life_event',
  'stress_period',
  'anchor_named',
  'anchor_lapsed',
  'ritual',
  'loop',
] as const;

export const AnnotationKind = Type.Union([
  Type.Literal('experiment'),
  Type.Literal('habit_started'),
  Type.Literal('habit_graduated'),
  Type.Literal('habit_retired'),
  Type.Literal('life_event'),
  Type.Literal('stress_period'),
  Type.Literal('anchor_named'),
  Type.Literal('anchor_lapsed'),
  Type.Literal('ritual'),
  Type.Literal('loop'),
]);

export const HistoryAnnotation = Type.Object(
  {
    id: Type.String({ description: 'Stable within one answer: kind and the row it comes from.' }),
    kind: AnnotationKind,
    date: LocalDate,
    until: Type.Union([LocalDate, Type.Null()], {
      description: 'Last day of a span (null: a point, or still open).',
    }),
    title: Type.String(),
    story: Type.String({ description: 'What happened, in plain words (English; see storyPhrases).' }),
    titlePhrase: Type.Union([PhraseSchema, Type.Null()], {
      description: 'The title as a phrase code; null when the title is the couple’s own words.',
    }),
    storyPhrases: Type.Array(PhraseSchema, {
      description: 'The story as phrase codes; empty when the story is the couple’s own words.',
    }),
    phases: Type.Optional(
      Type.Array(
        Type.Object(
          {
            label: Type.String(),
            condition: Type.Union([Type.Literal('A'), Type.Literal('B')]),
            start: LocalDate,
            end: LocalDate,
          },
          { additionalProperties: false },
        ),
        {
          description:
            "An experiment's phases, only for those who may know them (never a blinded partner mid-run).",
        },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A loop the log shows (recurring conflict, broken-promise pattern, reward-hacking cycle); built by the credit area. */
export const HistoryLoop = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    title: Type.String(),
    dates: Type.Array(LocalDate),
  },
  { additionalProperties: false },
);

export const History = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    today: LocalDate,
    partners: Type.Array(
      Type.Object(
        { id: Type.String(), name: Type.String(), self: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
    metrics: Type.Array(HistoryMetric),
    annotations: Type.Array(HistoryAnnotation),
    loops: Type.Array(HistoryLoop, {
      description: 'Loops the log shows, with the dates their episodes began.',
    }),
  },
  { additionalProperties: false },
);
