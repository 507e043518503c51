import { Type } from 'typebox';
import { Phrases } from '../../server/phrases.ts';
import { LocalDate } from '../../server/schemas.ts';

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
export const IdeaId = Type.String({
  pattern: '^(starter-[a-z_]{1,40}-\\d{2}|[0-9a-f-]{36})$',
  description: 'A starter idea ("starter-intimacy-03") or one of your own.',
});

export const Idea = Type.Object(
  {
    id: Type.String(),
    domain: Type.String(),
    text: Type.String(),
    source: Type.Union([Type.Literal('starter'), Type.Literal('own'), Type.Literal('coach')]),
    triedTogether: Type.Integer({ description: 'Tries both of you rated.' }),
    mean: Type.Number({ description: 'Posterior mean of "it worked for us", 0–1 (0.5 untried).' }),
  },
  { additionalProperties: false },
);

export const IdeaList = Type.Object({ ideas: Type.Array(Idea) }, { additionalProperties: false });
export const IdeasQuery = Type.Object(
  { domain: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })) },
  { additionalProperties: false },
);

export const CreateIdeaBody = Type.Object(
  {
    domain: Type.String({ minLength: 1, maxLength: 40 }),
    text: Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'Something you would like to try together.',
    }),
  },
  { additionalProperties: false },
);

export const DrawBody = Type.Object(
  {
    seed: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 2_147_483_647,
        description: 'Replays a draw; random when left out.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Draw = Type.Object(
  {
    id: Type.String(),
    date: LocalDate,
    zone: Type.String(),
    seed: Type.Integer(),
    idea: Type.Object({ id: Type.String(), text: Type.String() }, { additionalProperties: false }),
    probability: Type.Number({ description: 'The chance this idea had of being picked.' }),
    explanation: Type.String(),
    explanationPhrases: Phrases,
    candidates: Type.Array(
      Type.Object(
        { id: Type.String(), text: Type.String(), mean: Type.Number(), probability: Type.Number() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const CreateTryBody = Type.Object(
  {
    ideaId: IdeaId,
    drawId: Type.Optional(Id),
    kind: Type.Optional(
      Type.Union([Type.Literal('explore'), Type.Literal('exploit')], {
        description: 'explore: something new; exploit: more of what works. Guessed when left out.',
      }),
    ),
    startedOn: Type.Optional(LocalDate),
    returnPlan: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 500,
        description: 'How you go back to normal if it doesn’t work.',
      }),
    ),
    checkOn: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
);

export const TryParams = Type.Object({ id: Id }, { additionalProperties: false });
export const RatingBody = Type.Object(
  { rating: Type.Integer({ minimum: 1, maximum: 5, description: '1: not for me … 5: loved it.' }) },
  { additionalProperties: false },
);
export const EndBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('keep'), Type.Literal('return')], {
      description: 'keep: it stays; return: back to normal.',
    }),
  },
  { additionalProperties: false },
);

export const Try = Type.Object(
  {
    id: Type.String(),
    idea: Type.Object(
      { id: Type.String(), text: Type.String(), domain: Type.String() },
      { additionalProperties: false },
    ),
    kind: Type.Union([Type.Literal('explore'), Type.Literal('exploit')]),
    drawId: Type.Union([Type.String(), Type.Null()]),
    startedOn: LocalDate,
    returnPlan: Type.String(),
    checkOn: LocalDate,
    due: Type.Boolean({ description: 'Time to decide: keep it, or go back to normal.' }),
    endedOn: Type.Union([LocalDate, Type.Null()]),
    outcome: Type.Union([Type.Literal('keep'), Type.Literal('return'), Type.Null()]),
    ratings: Type.Object(
      {
        mine: Type.Union([Type.Integer(), Type.Null()]),
        partnerRated: Type.Boolean(),
        partner: Type.Union([Type.Integer(), Type.Null()], {
          description: 'Shown once both of you have rated, so neither answer leans on the other.',
        }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const Budget = Type.Object(
  {
    share: Type.Number(),
    thisWeek: Type.Union([Type.Literal('explore'), Type.Literal('exploit')]),
    nextExploreWeek: LocalDate,
    summary: Type.String(),
    months: Type.Array(
      Type.Object(
        { month: Type.String(), explored: Type.Array(Type.String()), exploited: Type.Array(Type.String()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const Zone = Type.Object({ id: Type.String(), label: Type.String() }, { additionalProperties: false });

export const Overview = Type.Object(
  {
    month: Type.String(),
    zone: Zone,
    nextZone: Zone,
    budget: Budget,
    tries: Type.Array(Try, { description: 'Running tries first, then ended ones, newest first.' }),
    draws: Type.Array(Draw, { description: 'The latest suggestions, newest first.' }),
  },
  { additionalProperties: false },
);
