import { Type } from 'typebox';
import { Phrases } from '../../server/phrases.ts';
import { LocalDate, NonBlank } from '../../server/schemas.ts';

export const Cadence = Type.Union(
  [Type.Literal('daily'), Type.Literal('weekly'), Type.Literal('monthly'), Type.Literal('quarterly')],
  {
    description:
      'daily at a time; weekly on a weekday; monthly on a day; quarterly (Jan, Apr, Jul, Oct) on a day.',
  },
);
const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'A local time, HH:MM.' });
const Weekday = Type.Integer({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday.' });
const DayOfMonth = Type.Integer({ minimum: 1, maximum: 28, description: 'Day 1–28, so every month has it.' });
const Nullable = <T extends ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);

export const Ritual = Type.Object(
  {
    id: Type.String(),
    key: Type.String(),
    custom: Type.Boolean(),
    title: Type.String(),
    prompt: Type.String(),
    cadence: Cadence,
    time: Type.String(),
    weekday: Nullable(Type.Integer()),
    dayOfMonth: Nullable(Type.Integer()),
    active: Type.Boolean(),
    doneByMe: Type.Boolean(),
    lastDone: Type.Union([Type.String(), Type.Null()]),
    doneLast30: Type.Integer(),
    offers: Type.Union([Type.Literal('alignment'), Type.Null()], {
      description: 'What the ritual brings with it: a quarterly one offers the quarter’s alignment round.',
    }),
  },
  { additionalProperties: false },
);
export const RitualList = Type.Object({ rituals: Type.Array(Ritual) }, { additionalProperties: false });

export const CreateRitualBody = Type.Object(
  {
    title: NonBlank({ maxLength: 80 }),
    prompt: Type.String({ maxLength: 500 }),
    cadence: Cadence,
    time: Time,
    weekday: Type.Optional(Nullable(Weekday)),
    dayOfMonth: Type.Optional(Nullable(DayOfMonth)),
  },
  { additionalProperties: false },
);
export const UpdateRitualBody = Type.Object(
  {
    title: Type.Optional(NonBlank({ maxLength: 80 })),
    prompt: Type.Optional(Type.String({ maxLength: 500 })),
    cadence: Type.Optional(Cadence),
    time: Type.Optional(Time),
    weekday: Type.Optional(Nullable(Weekday)),
    dayOfMonth: Type.Optional(Nullable(DayOfMonth)),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const CompleteBody = Type.Object(
  {
    date: LocalDate,
    appreciation: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2000,
        description: 'For the daily appreciation: saved as a shared appreciation in the log.',
      }),
    ),
  },
  { additionalProperties: false },
);
export const Completion = Type.Object(
  { ritualId: Type.String(), date: Type.String(), logEntryId: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);
export const IdParams = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-f-]{36}$' }) },
  { additionalProperties: false },
);

export const Feed = Type.Object(
  {
    active: Type.Boolean(),
    createdAt: Type.Union([Type.String(), Type.Null()]),
    /** Only right after (re)generating: the token is not stored, so the address can't be shown again. */
    url: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export const FeedParams = Type.Object(
  { token: Type.String({ pattern: '^[A-Za-z0-9_-]{48}$' }) },
  { additionalProperties: false },
);

const Win = Type.Object(
  { id: Type.String(), date: Type.String(), text: Type.String(), mine: Type.Boolean() },
  { additionalProperties: false },
);
export const WeekReview = Type.Object(
  {
    from: Type.String(),
    to: Type.String(),
    keptPromises: Type.Array(Win),
    appreciations: Type.Array(Win),
    rituals: Type.Array(
      Type.Object({ title: Type.String(), times: Type.Integer() }, { additionalProperties: false }),
    ),
    /** Each active habit's week: done against what its schedule asked, in plain words. */
    habits: Type.Array(
      Type.Object(
        {
          habitId: Type.String(),
          action: Type.String(),
          ownerName: Type.String(),
          done: Type.Integer(),
          expected: Type.Integer(),
          kept: Type.Boolean(),
          message: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    checkinDays: Type.Integer(),
    explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Phrases,
  },
  { additionalProperties: false },
);
export const WeekReviewQuery = Type.Object(
  { end: Type.Optional(LocalDate) },
  { additionalProperties: false },
);

const Compare = Type.Object(
  {
    field: Type.String(),
    mine: Type.Object(
      {
        current: Type.Union([Type.Number(), Type.Null()]),
        previous: Type.Union([Type.Number(), Type.Null()]),
        days: Type.Integer(),
        previousDays: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    partner: Type.Object(
      {
        current: Type.Union([Type.Number(), Type.Null()]),
        previous: Type.Union([Type.Number(), Type.Null()]),
        days: Type.Integer(),
        previousDays: Type.Integer(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export const MonthReview = Type.Object(
  {
    month: Type.String(),
    previous: Type.String(),
    metrics: Type.Array(Compare),
    ratio: Type.Object(
      {
        current: Type.Union([Type.Number(), Type.Null()]),
        previous: Type.Union([Type.Number(), Type.Null()]),
        explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
        phrases: Phrases,
      },
      { additionalProperties: false },
    ),
    explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Phrases,
  },
  { additionalProperties: false },
);
export const MonthReviewQuery = Type.Object(
  { month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' })) },
  { additionalProperties: false },
);
