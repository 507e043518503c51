import { type TSchema, Type } from 'typebox';
import { ID_PATTERN } from '../../storage/ids.ts';
import { Metric } from '../checkins/schema.ts';

const Id = Type.String({ pattern: ID_PATTERN, description: 'An id, as the API gave it.' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Quarter = Type.String({
  pattern: '^\\d{4}-Q[1-4]$',
  description: 'A quarter, YYYY-Qn (e.g. 2026-Q4).',
});
const Position = Type.Integer({
  minimum: 0,
  maximum: 100,
  description: '0 = wholly the first pole, 100 = wholly the second.',
});
const LongText = Type.String({ maxLength: 4000 });
const Reward = Type.String({ minLength: 1, maxLength: 120 });
const Rewards = Type.Array(Reward, { maxItems: 10, description: 'Rewards you seek, most wanted first.' });
const Domains = Type.Array(Type.String({ maxLength: 40 }), {
  maxItems: 30,
  description: 'Domain ids, most important to you first.',
});

const answerFields = {
  optimizingFor: LongText,
  successMeans: LongText,
  rewardsSought: LongText,
  rewards: Rewards,
  harmonyAuthenticity: Nullable(Position),
  independenceConnection: Nullable(Position),
  growthStability: Nullable(Position),
  familyCareer: Nullable(Position),
  domains: Domains,
};

export const Answer = Type.Object(answerFields, { additionalProperties: false });

/** Edits to the viewer's draft: only the fields sent change. */
export const DraftBody = Type.Object(
  Object.fromEntries(Object.entries(answerFields).map(([k, v]) => [k, Type.Optional(v)])) as {
    [K in keyof typeof answerFields]: ReturnType<typeof Type.Optional<(typeof answerFields)[K]>>;
  },
  { additionalProperties: false, minProperties: 1 },
);

export const OpenRoundBody = Type.Object(
  { quarter: Type.Optional(Quarter) },
  { additionalProperties: false },
);

const PartnerStatus = Type.Union([Type.Literal('not_yet'), Type.Literal('submitted')], {
  description: 'All that is known of the partner’s answer before the reveal.',
});
const MyStatus = Type.Union([Type.Literal('not_started'), Type.Literal('draft'), Type.Literal('submitted')]);

const DimensionGap = Type.Object(
  {
    key: Type.String(),
    low: Type.String(),
    high: Type.String(),
    mine: Type.Integer(),
    partner: Type.Integer(),
    gap: Type.Integer(),
    words: Type.String(),
  },
  { additionalProperties: false },
);

export const Reveal = Type.Object(
  {
    revealedAt: Type.String(),
    mine: Answer,
    partner: Answer,
    partnerName: Type.String(),
    dimensions: Type.Array(DimensionGap),
    rewards: Type.Object(
      {
        shared: Type.Array(Type.String()),
        onlyMine: Type.Array(Type.String()),
        onlyPartner: Type.Array(Type.String()),
        words: Type.String(),
      },
      { additionalProperties: false },
    ),
    domains: Type.Object(
      {
        agreement: Type.Union([Type.Number(), Type.Null()], {
          description: 'Kendall’s τ of the two rankings over the domains both ranked (−1 … 1).',
        }),
        sameFirst: Type.Boolean(),
        words: Type.String(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const RoundSummary = Type.Object(
  {
    id: Type.String(),
    quarter: Type.String(),
    state: Type.Union([Type.Literal('open'), Type.Literal('revealed')]),
    me: MyStatus,
    partner: PartnerStatus,
  },
  { additionalProperties: false },
);

export const Round = Type.Object(
  {
    ...RoundSummary.properties,
    /** The viewer's own answer (draft or submitted), or null before they start. */
    mine: Nullable(Answer),
    reveal: Nullable(Reveal),
    metrics: Type.Array(Metric, { description: 'Check-in metrics defined from this round’s reveal.' }),
  },
  { additionalProperties: false },
);

export const Overview = Type.Object(
  {
    quarter: Type.String({ description: 'The current quarter in your time zone.' }),
    offered: Type.Boolean({
      description: 'The quarterly ritual offers a round this quarter and none is open yet.',
    }),
    rounds: Type.Array(RoundSummary),
  },
  { additionalProperties: false },
);

export const Drift = Type.Object(
  {
    rounds: Type.Array(Type.String(), { description: 'The revealed rounds’ quarters, oldest first.' }),
    dimensions: Type.Array(
      Type.Object(
        {
          key: Type.String(),
          low: Type.String(),
          high: Type.String(),
          points: Type.Array(
            Type.Object({ quarter: Type.String(), gap: Type.Integer() }, { additionalProperties: false }),
          ),
          trend: Type.Union([
            Type.Literal('narrowing'),
            Type.Literal('widening'),
            Type.Literal('steady'),
            Type.Null(),
          ]),
          words: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const RoundParams = Type.Object({ id: Id }, { additionalProperties: false });
