import { Type } from 'typebox';
import { PhraseSchema, Phrases } from '../../server/phrases.ts';
import { LocalDate } from '../../server/schemas.ts';

const closed = { additionalProperties: false } as const;
const Who = Type.Union([Type.Literal('me'), Type.Literal('partner')]);

const Episode = Type.Object(
  { from: LocalDate, until: LocalDate, entryIds: Type.Array(Type.String()) },
  closed,
);

export const LoopView = Type.Object(
  {
    type: Type.Union([
      Type.Literal('recurring-conflict'),
      Type.Literal('broken-promises'),
      Type.Literal('reward-hacking-cycle'),
    ]),
    topic: Type.String(),
    word: Type.Union([Type.String(), Type.Null()], { description: 'The couple’s own word for the topic.' }),
    who: Type.Union([Who, Type.Null()]),
    name: Type.Union([Type.String(), Type.Null()]),
    from: LocalDate,
    until: LocalDate,
    episodes: Type.Array(Episode),
    typicalGapDays: Type.Union([Type.Number(), Type.Null()]),
    ofConflicts: Type.Union([Type.Integer(), Type.Null()]),
    kept: Type.Union([Type.Integer(), Type.Null()]),
    broken: Type.Union([Type.Integer(), Type.Null()]),
    weekday: Type.Union([Type.Integer(), Type.Null()]),
    repaired: Type.Union([Type.Integer(), Type.Null()]),
    afterRepair: Type.Union([Type.Number(), Type.Null()]),
    relief: Type.Union([Type.Integer(), Type.Null()], {
      description:
        'Episodes of the reward-hacking cycle where relief followed the repair (a check-in well above the usual) and no closeness was logged.',
    }),
    ordinary: Type.Union([Type.Number(), Type.Null()]),
    text: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Type.Object({ title: PhraseSchema, story: Phrases }, closed),
  },
  closed,
);

export const LoopList = Type.Object({ loops: Type.Array(LoopView) }, closed);
