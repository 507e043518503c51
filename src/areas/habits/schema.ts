import { Type } from 'typebox';
import { Phrases } from '../../server/phrases.ts';
import { LocalDate, NonBlank } from '../../server/schemas.ts';

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
const Short = (description: string) => NonBlank({ maxLength: 300, description });

export const Schedule = Type.Object(
  {
    kind: Type.Union([Type.Literal('daily'), Type.Literal('weekdays'), Type.Literal('times')], {
      description: 'daily; on chosen weekdays; or k times in n days.',
    }),
    weekdays: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
        maxItems: 7,
        uniqueItems: true,
        description: 'ISO weekdays, 1 = Monday … 7 = Sunday (for kind "weekdays").',
      }),
    ),
    times: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, description: 'k (for kind "times").' })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, description: 'n (for kind "times").' })),
  },
  { additionalProperties: false },
);

export const Target = Type.Object(
  {
    kind: Type.Union([Type.Literal('at_least'), Type.Literal('at_most')], {
      description: 'at_least: do at least this much; at_most: keep it to at most this much.',
    }),
    value: Type.Number({
      exclusiveMinimum: 0,
      maximum: 1_000_000,
      description:
        'The amount per period of the schedule (a day, or n days for "k in n"); up to two decimals.',
    }),
    unit: NonBlank({ maxLength: 40, description: 'What is counted: "minutes", "pages".' }),
  },
  { additionalProperties: false, description: 'Makes the habit numeric: count something against a target.' },
);

export const CreateHabitBody = Type.Object(
  {
    cue: Short('When it happens: "After I pour the coffee".'),
    action: Short('One concrete, tiny action: "I ask Lisa how she slept".'),
    reward: Type.Optional(Type.String({ maxLength: 300, description: 'A small reward you give yourself.' })),
    owner: Type.String({ minLength: 1, maxLength: 40, description: 'A partner’s id, or "both".' }),
    domain: Type.String({ minLength: 1, maxLength: 40 }),
    schedule: Schedule,
    startDate: Type.Optional(LocalDate),
    target: Type.Optional(Target),
  },
  { additionalProperties: false },
);

export const UpdateHabitBody = Type.Object(
  {
    cue: Type.Optional(Short('The cue.')),
    action: Type.Optional(Short('The tiny action.')),
    reward: Type.Optional(Type.String({ maxLength: 300 })),
    schedule: Type.Optional(Schedule),
    target: Type.Optional(Target),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const StatusBody = Type.Object(
  {
    status: Type.Union([
      Type.Literal('active'),
      Type.Literal('paused'),
      Type.Literal('graduated'),
      Type.Literal('retired'),
    ]),
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'Why; feeds the failure analysis.' })),
    illness: Type.Optional(Type.Boolean({ description: 'A pause for illness takes effect at once.' })),
  },
  { additionalProperties: false },
);

export const CheckoffBody = Type.Object(
  {
    date: LocalDate,
    kind: Type.Optional(
      Type.Union([Type.Literal('done'), Type.Literal('skip')], {
        description: 'done, or skip (vacation, illness: freezes the score).',
      }),
    ),
    value: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1_000_000,
        description: 'A numeric habit’s amount that day, in its unit (required for those; not for yes/no).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const SrbaiBody = Type.Object(
  {
    items: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
      minItems: 4,
      maxItems: 4,
      description: 'The four SRBAI answers, each 1 (disagree) to 7 (agree).',
    }),
  },
  { additionalProperties: false },
);

export const HabitParams = Type.Object({ id: Id }, { additionalProperties: false });
export const CheckoffParams = Type.Object({ id: Id, date: LocalDate }, { additionalProperties: false });

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Celebration = Type.Object(
  {
    kind: Type.Union([Type.Literal('streak'), Type.Literal('restart'), Type.Literal('strength')]),
    date: Type.String(),
    value: Nullable(
      Type.Number({
        description: 'streak: days in a row; strength: the milestone passed (0–1); restart: null.',
      }),
    ),
    message: Type.String({ description: 'In English, for the command line; the web app words it itself.' }),
  },
  { additionalProperties: false },
);

export const Automaticity = Type.Object(
  {
    status: Type.Union([Type.Literal('fitted'), Type.Literal('not enough data')]),
    answers: Type.Integer(),
    latest: Nullable(Type.Number()),
    daysLeft: Nullable(Type.Integer()),
    daysLeftLow: Nullable(Type.Integer()),
    daysLeftHigh: Nullable(Type.Integer()),
    /** Confidence level of daysLeftLow…daysLeftHigh (0.8), null when not fitted. */
    level: Nullable(Type.Number()),
    explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Phrases,
  },
  { additionalProperties: false },
);

export const PendingChange = Type.Object(
  {
    id: Type.String(),
    summary: Type.String({ description: 'In English, for the command line; see change.' }),
    change: Type.Object(
      {
        pause: Type.Boolean(),
        reason: Nullable(Type.String()),
        schedule: Nullable(
          Type.Object(
            {
              kind: Type.Union([Type.Literal('daily'), Type.Literal('weekdays'), Type.Literal('times')]),
              weekdays: Type.Array(Type.Integer()),
              times: Type.Integer(),
              days: Type.Integer(),
            },
            { additionalProperties: false },
          ),
        ),
        target: Nullable(
          Type.Object(
            {
              kind: Type.Union([Type.Literal('at_least'), Type.Literal('at_most')]),
              value: Type.Number(),
              unit: Type.String(),
            },
            { additionalProperties: false },
          ),
        ),
      },
      {
        additionalProperties: false,
        description: 'The proposed change in parts: a pause, or an eased schedule and/or target.',
      },
    ),
    effectiveOn: Type.String(),
    waitingFor: Type.Array(Type.String(), { description: 'Partner ids whose consent is missing.' }),
    mineToConsent: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const Habit = Type.Object(
  {
    id: Type.String(),
    owner: Type.String(),
    ownerName: Type.String(),
    mine: Type.Boolean({ description: 'The viewer is an owner (or it is owned by both).' }),
    domain: Type.String(),
    cue: Type.String(),
    action: Type.String(),
    reward: Type.String(),
    schedule: Type.Object(
      {
        kind: Type.String(),
        weekdays: Type.Array(Type.Integer()),
        times: Type.Integer(),
        days: Type.Integer(),
        summary: Type.String(),
      },
      { additionalProperties: false },
    ),
    target: Nullable(
      Type.Object(
        {
          kind: Type.Union([Type.Literal('at_least'), Type.Literal('at_most')]),
          value: Type.Number(),
          unit: Type.String(),
          summary: Type.String({ description: 'In plain words: "at least 20 minutes a day".' }),
        },
        { additionalProperties: false, description: 'A numeric habit’s target; null for yes/no.' },
      ),
    ),
    status: Type.String(),
    statusReason: Nullable(Type.String()),
    statusSince: Type.String(),
    startDate: Type.String(),
    strength: Type.Number({ description: 'Habit strength today, 0–1.' }),
    strengthExplained: Type.String({ description: 'In English, for the command line; see strengthPhrases.' }),
    strengthPhrases: Phrases,
    halfLifeDays: Type.Number(),
    currentStreak: Type.Integer(),
    bestStreak: Type.Integer(),
    doneToday: Type.Boolean(),
    calendar: Type.Array(
      Type.Object(
        {
          date: Type.String(),
          state: Type.String(),
          value: Type.Optional(Nullable(Type.Number({ description: 'Numeric habits: the day’s amount.' }))),
        },
        { additionalProperties: false },
      ),
      {
        description:
          'The last 90 days: done, skip, missed, open, off, paused or before (a numeric day below an at-least target, or above an at-most one, is missed).',
      },
    ),
    chart: Type.Array(Nullable(Type.Number()), { description: 'Strength for the same 90 days.' }),
    recent: Type.Array(
      Type.Object(
        {
          date: Type.String(),
          value: Type.Optional(Nullable(Type.Number())),
          byId: Type.String(),
          byName: Type.String(),
          appreciated: Type.Boolean(),
          canAppreciate: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
    celebrations: Type.Array(Celebration),
    srbaiDue: Type.Boolean(),
    automaticity: Automaticity,
    pendingChange: Nullable(PendingChange),
  },
  { additionalProperties: false },
);

export const HabitList = Type.Object({ habits: Type.Array(Habit) }, { additionalProperties: false });

export const CheckoffResult = Type.Object(
  {
    date: Type.String(),
    kind: Type.String(),
    value: Nullable(Type.Number({ description: 'The amount entered (numeric habits).' })),
    reward: Nullable(Type.String()),
    celebration: Nullable(Celebration),
    habit: Habit,
  },
  { additionalProperties: false },
);

export const Appreciated = Type.Object(
  { logEntryId: Type.String(), text: Type.String() },
  { additionalProperties: false },
);
