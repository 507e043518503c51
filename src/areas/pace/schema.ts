import { Type } from 'typebox';

const Size = Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')], {
  description: 'How big the changes in this domain may be.',
});

export const PaceBody = Type.Object(
  {
    maxActive: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 5, description: 'New habits at once in this domain.' }),
    ),
    size: Type.Optional(Size),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PaceParams = Type.Object(
  { domain: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);

export const DomainPace = Type.Object(
  {
    domain: Type.String(),
    label: Type.String(),
    maxActive: Type.Integer(),
    size: Type.String(),
    decidedAt: Type.Union([Type.String(), Type.Null()], { description: 'null: the conservative default.' }),
    activeHabits: Type.Integer(),
    adherence: Type.Array(Type.Union([Type.Number(), Type.Null()]), {
      description:
        'Share of scheduled check-offs done in each of the last 6 full weeks, oldest first; null = nothing asked.',
    }),
    advice: Type.Union([Type.Literal('raise'), Type.Literal('hold'), Type.Literal('ease')]),
    reasons: Type.Array(Type.String(), { description: 'In English, for the command line.' }),
    why: Type.Array(
      Type.Object(
        {
          code: Type.Union([
            Type.Literal('no_active_habit'),
            Type.Literal('low_adherence'),
            Type.Literal('backing_off_helps'),
            Type.Literal('steady_adherence'),
            Type.Literal('could_raise'),
            Type.Literal('at_fastest'),
            Type.Literal('no_full_week'),
            Type.Literal('few_weeks'),
            Type.Literal('mixed'),
          ]),
          params: Type.Record(
            Type.String(),
            Type.Union([Type.Number(), Type.Array(Type.Union([Type.Number(), Type.Null()]))]),
            { description: 'weeks: adherence shares (0–1, null = no data); others are counts or shares.' },
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'The reasons as codes and numbers, for the web app to word in its language.' },
    ),
  },
  { additionalProperties: false },
);

export const PaceList = Type.Object(
  { domains: Type.Array(DomainPace), explanation: Type.String() },
  { additionalProperties: false },
);
