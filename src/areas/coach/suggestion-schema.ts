import { type TObject, type TProperties, Type } from 'typebox';
import { ProposeBody } from '../experiments/schema.ts';
import { CreateIdeaBody } from '../exploration/schema.ts';
import { CreateHabitBody } from '../habits/schema.ts';
import { CreateRitualBody } from '../rituals/schema.ts';

/*
 * A coach's suggestion carries the fields its area takes on create (POST /api/habits,
 * /api/rituals, /api/experiments, /api/exploration/ideas), less those that name a partner: the
 * couple decides who does it by accepting. Accepting sends them through that area's own checks.
 */

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
const pick = <P extends TProperties, K extends keyof P & string>(o: TObject<P>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, o.properties[k]])) as Pick<P, K>;

export const HabitFields = Type.Object(
  pick(CreateHabitBody, ['cue', 'action', 'reward', 'domain', 'schedule', 'target']),
  {
    additionalProperties: false,
    description: 'As for a new habit; accepted, it is both partners’ and starts that day.',
  },
);
export const RitualFields = Type.Object(CreateRitualBody.properties, {
  additionalProperties: false,
  description: 'As for a new ritual.',
});
export const ExperimentFields = Type.Object(
  pick(ProposeBody, [
    'title',
    'metric',
    'better',
    'secondary',
    'design',
    'phaseDays',
    'randomized',
    'settlingDays',
    'domain',
  ]),
  {
    additionalProperties: false,
    description:
      'As for proposing an experiment, done by both (so not blinded); accepting proposes it, and the other partner accepts it as any proposal.',
  },
);
export const IdeaFields = Type.Object(CreateIdeaBody.properties, {
  additionalProperties: false,
  description: 'As for a new idea in the exploration pool.',
});

const Note = Type.String({ maxLength: 500, description: 'Why you suggest it, in a few words (optional).' });

/** One branch per kind: `kind` says which fields `fields` holds. */
export const SuggestBody = Type.Union([
  Type.Object(
    { kind: Type.Literal('habit'), note: Type.Optional(Note), fields: HabitFields },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('ritual'), note: Type.Optional(Note), fields: RitualFields },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('experiment'), note: Type.Optional(Note), fields: ExperimentFields },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('idea'), note: Type.Optional(Note), fields: IdeaFields },
    { additionalProperties: false },
  ),
]);

const Kind = Type.Union([
  Type.Literal('habit'),
  Type.Literal('ritual'),
  Type.Literal('experiment'),
  Type.Literal('idea'),
]);
const State = Type.Union([
  Type.Literal('open'),
  Type.Literal('accepted'),
  Type.Literal('declined'),
  Type.Literal('withdrawn'),
]);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** What a suggestion said, as sent. */
const Said = {
  id: Type.String(),
  kind: Kind,
  note: Nullable(Type.String()),
  fields: Type.Union([HabitFields, RitualFields, ExperimentFields, IdeaFields]),
  createdAt: Type.String(),
};

/** A suggestion as the coach who made it sees it: what they said, and what the couple decided. */
export const CoachSuggestion = Type.Object(
  {
    ...Said,
    state: State,
    declineReason: Nullable(Type.String()),
    decidedAt: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export const CoachSuggestionList = Type.Object(
  {
    suggestions: Type.Array(CoachSuggestion),
    kinds: Type.Array(Kind, {
      description: 'What you may suggest: the kinds whose area both partners consented to.',
    }),
    domains: Type.Array(
      Type.Object({ id: Type.String(), label: Type.String() }, { additionalProperties: false }),
      { description: 'The couple’s domains, for a suggestion’s `domain`.' },
    ),
  },
  { additionalProperties: false },
);

/** An open suggestion as a partner sees it. */
export const Suggestion = Type.Object(
  { ...Said, coachName: Type.String(), state: State, createdId: Nullable(Type.String()) },
  { additionalProperties: false },
);
export const SuggestionList = Type.Object(
  { suggestions: Type.Array(Suggestion) },
  { additionalProperties: false },
);

export const SuggestionParams = Type.Object({ suggestionId: Id }, { additionalProperties: false });
export const DeclineBody = Type.Object(
  {
    reason: Type.Optional(
      Type.String({ maxLength: 500, description: 'Why not, for the coach (optional; they see it).' }),
    ),
  },
  { additionalProperties: false },
);
