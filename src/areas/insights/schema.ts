import { Type } from 'typebox';
import { PhraseSchema, Phrases } from '../../server/phrases.ts';
import { LocalDate, NonBlank } from '../../server/schemas.ts';

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
const Visibility = Type.Union([Type.Literal('shared'), Type.Literal('private')]);
const Factor = Type.Union([Type.Literal('fine'), Type.Literal('weak'), Type.Literal('missing')]);
const Size = Type.Union([Type.Literal('too big'), Type.Literal('right'), Type.Literal('too small')]);
const Interval = Type.Object({ lower: Type.Number(), upper: Type.Number() }, { additionalProperties: false });

export const Change = Type.Object(
  {
    id: Type.String({ description: 'kind:row id' }),
    kind: Type.Union([
      Type.Literal('habit'),
      Type.Literal('experiment'),
      Type.Literal('ritual'),
      Type.Literal('pace'),
    ]),
    what: Type.String(),
    domain: Type.Union([Type.String(), Type.Null()]),
    since: LocalDate,
    status: Type.Union([
      Type.Literal('too early'),
      Type.Literal('stuck'),
      Type.Literal('faded'),
      Type.Literal('never took hold'),
    ]),
    fadedAfterWeeks: Type.Union([Type.Integer(), Type.Null()]),
    whatPhrase: Type.Union([PhraseSchema, Type.Null()], {
      description: 'What changed, as a phrase code when the server words it (a pace); else null.',
    }),
    words: Type.String({ description: 'The verdict in plain words, with its uncertainty.' }),
    phrases: Phrases,
    metric: Type.Union([
      Type.Object(
        {
          key: Type.String(),
          name: Type.String(),
          status: Type.String(),
          words: Type.String(),
          phrases: Phrases,
        },
        {
          additionalProperties: false,
          description: 'Change detection on the metric the change was meant to move.',
        },
      ),
      Type.Null(),
    ]),
    groups: Type.Record(Type.String(), Type.String(), {
      description: 'Its place in the stick-rate tables: domain, size, reward, proposer, origin.',
    }),
    /** Set for an abandoned habit or experiment: the failure-analysis form applies. */
    abandoned: Type.Boolean(),
    analysed: Type.Boolean({ description: 'Whether the viewer has answered its failure analysis.' }),
  },
  { additionalProperties: false },
);

export const StickRow = Type.Object(
  {
    dimension: Type.String(),
    value: Type.String(),
    stuck: Type.Integer(),
    judged: Type.Integer(),
    rate: Type.Union([Type.Number(), Type.Null()]),
    interval: Type.Union([Interval, Type.Null()]),
    words: Type.String(),
    phrases: Phrases,
  },
  { additionalProperties: false },
);

export const Missing = Type.Object(
  {
    key: Type.Union([
      Type.Literal('cue'),
      Type.Literal('reward'),
      Type.Literal('size'),
      Type.Literal('timing'),
      Type.Literal('partner_response'),
    ]),
    factor: Type.String(),
    count: Type.Integer({
      description: 'Analyses (yours, and your partner’s shared ones) that found it missing or weak.',
    }),
    of: Type.Integer(),
  },
  { additionalProperties: false },
);

export const Reflection = Type.Object(
  {
    id: Id,
    question: Type.Integer({ minimum: 1, maximum: 5 }),
    answer: Type.String(),
    visibility: Visibility,
    mine: Type.Boolean(),
    authorName: Type.String(),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);

export const Insights = Type.Object(
  {
    changes: Type.Array(Change),
    stickRates: Type.Array(StickRow),
    missing: Type.Array(Missing),
    nextSize: Type.Object(
      {
        size: Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')]),
        words: Type.String(),
        phrases: Phrases,
      },
      { additionalProperties: false },
    ),
    questions: Type.Array(
      Type.Object(
        { n: Type.Integer(), text: Type.String(), hint: Type.String() },
        { additionalProperties: false },
      ),
    ),
    reflections: Type.Array(Reflection),
  },
  { additionalProperties: false },
);

export const FailureBody = Type.Object(
  {
    subjectKind: Type.Union([Type.Literal('habit'), Type.Literal('experiment')]),
    subjectId: Id,
    cue: Factor,
    reward: Factor,
    size: Size,
    timing: Factor,
    partnerResponse: Factor,
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    visibility: Visibility,
  },
  { additionalProperties: false },
);

export const ReflectionBody = Type.Object(
  {
    question: Type.Integer({ minimum: 1, maximum: 5 }),
    answer: NonBlank({ maxLength: 4000 }),
    visibility: Visibility,
  },
  { additionalProperties: false },
);

export const ReportQuery = Type.Object(
  {
    month: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
        description: 'YYYY-MM; default the last complete month.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const TrainingReport = Type.Object(
  {
    month: Type.String(),
    lines: Type.Array(Type.String(), {
      description: 'The report, a few short sentences, read together in two minutes (English).',
    }),
    phrases: Type.Array(Phrases, {
      description: 'The same lines, each as phrase codes, for the web app to word.',
    }),
    happened: Type.Array(
      Type.Object(
        { title: Type.String(), titlePhrase: Type.Union([PhraseSchema, Type.Null()]) },
        { additionalProperties: false },
      ),
      { description: 'The annotations the "what happened" line names, for the web app to title.' },
    ),
    metrics: Type.Array(
      Type.Object(
        {
          key: Type.String(),
          name: Type.String(),
          mean: Type.Union([Type.Number(), Type.Null()]),
          previous: Type.Union([Type.Number(), Type.Null()]),
          days: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
    question: Type.Object({ n: Type.Integer(), text: Type.String() }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
