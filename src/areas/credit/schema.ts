import { Type } from 'typebox';
import { LocalDate, NonBlank } from '../../server/schemas.ts';

const closed = { additionalProperties: false } as const;
const Who = Type.Union([Type.Literal('me'), Type.Literal('partner')]);
const Range = Type.Object({ lower: Type.Number(), upper: Type.Number() }, closed);

export const HintAction = Type.Object(
  {
    who: Who,
    name: Type.String({ description: 'Who does it.' }),
    kind: Type.Optional(
      Type.String({ description: 'A kind of log entry (appreciation, gesture, promise).' }),
    ),
    habit: Type.Optional(Type.Object({ id: Type.String(), label: Type.String() }, closed)),
    ritual: Type.Optional(Type.Object({ id: Type.String(), label: Type.String() }, closed)),
  },
  closed,
);

export const Hint = Type.Object(
  {
    key: Type.String({ description: 'The action–outcome pair; decisions are made on it.' }),
    action: HintAction,
    outcome: Type.Object(
      {
        who: Who,
        name: Type.String(),
        metric: Type.String({
          description: 'A built-in metric (satisfaction, energy, connection) or your own metric’s id.',
        }),
        label: Type.String({ description: 'Your own metric’s name; the built-in metric’s key otherwise.' }),
        better: Type.Union([Type.Literal('higher'), Type.Literal('lower')]),
      },
      closed,
    ),
    lagDays: Type.Integer({ minimum: 0 }),
    effect: Type.Number({ description: 'Outcome points per extra action.' }),
    effectInterval: Range,
    q: Type.Number({ description: 'Benjamini–Hochberg adjusted p over every pair and lag tested.' }),
    good: Type.Boolean({ description: 'Whether the change goes the outcome’s better way.' }),
    bars: Type.Array(
      Type.Object(
        {
          actions: Type.Union([Type.Literal('0'), Type.Literal('1'), Type.Literal('2+')]),
          mean: Type.Number(),
          days: Type.Integer(),
        },
        closed,
      ),
      { description: 'The outcome `lagDays` later, after days with 0, 1 or 2+ of the action.' },
    ),
    text: Type.String(),
    decision: Type.Union([Type.Literal('confirmed'), Type.Null()]),
    returned: Type.Boolean({ description: 'Dismissed before; back because its evidence grew clearly.' }),
  },
  closed,
);

export const HintList = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    days: Type.Integer(),
    tooLittle: Type.Union([Type.String(), Type.Null()]),
    method: Type.Union([Type.String(), Type.Null()]),
    alpha: Type.Number({
      description: 'The false-discovery level: about alpha of the hints shown are chance.',
    }),
    tested: Type.Integer({ description: 'Action–outcome–lag combinations tested.' }),
    dismissed: Type.Integer({ description: 'Hints you dismissed that are not back.' }),
    hints: Type.Array(Hint),
  },
  closed,
);

export const DecisionBody = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 200, description: 'A hint’s key, as listed.' }),
    decision: Type.Union([Type.Literal('confirmed'), Type.Literal('dismissed')]),
  },
  closed,
);
export const Decision = Type.Object(
  { key: Type.String(), decision: Type.Union([Type.Literal('confirmed'), Type.Literal('dismissed')]) },
  closed,
);

const ReviewAction = Type.Union([
  Type.Object(
    {
      type: Type.Literal('log'),
      id: Type.String({ minLength: 1, maxLength: 64 }),
      kind: Type.String(),
      date: LocalDate,
      text: Type.String(),
    },
    closed,
  ),
  Type.Object(
    { type: Type.Literal('checkoff'), habitId: Type.String(), date: LocalDate, text: Type.String() },
    closed,
  ),
]);

export const Review = Type.Object(
  {
    date: LocalDate,
    eveningAt: Type.String({
      description: 'The evening check-in ritual’s time, HH:MM local: when the prompt is offered.',
    }),
    partnerName: Type.Union([Type.String(), Type.Null()]),
    done: Type.Union([Type.Object({ entryId: Type.String(), linked: Type.Boolean() }, closed), Type.Null()]),
    actions: Type.Array(ReviewAction, { description: 'Your partner’s actions of today and yesterday.' }),
  },
  closed,
);

export const ReviewBody = Type.Object(
  {
    text: NonBlank({ maxLength: 500, description: 'What their action changed, in your words.' }),
    action: Type.Optional(
      Type.Union([
        Type.Object({ type: Type.Literal('log'), id: Type.String({ minLength: 1, maxLength: 64 }) }, closed),
        Type.Object(
          {
            type: Type.Literal('checkoff'),
            habitId: Type.String({ minLength: 1, maxLength: 64 }),
            date: LocalDate,
          },
          closed,
        ),
      ]),
    ),
  },
  closed,
);

export const ReviewSaved = Type.Object(
  { entryId: Type.String(), text: Type.String(), linked: Type.Boolean() },
  closed,
);
