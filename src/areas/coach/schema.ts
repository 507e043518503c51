import { Type } from 'typebox';
import { LocalDate, NonBlank } from '../../server/schemas.ts';
import { COACH_AREAS, type CoachArea } from '../../storage/viewer.ts';

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
export const Area = Type.Unsafe<CoachArea>({
  type: 'string',
  enum: [...COACH_AREAS],
  description: 'An area a coach may see (the CSI-4 is its own).',
});
const Areas = Type.Array(Area, { minItems: 1, maxItems: COACH_AREAS.length, uniqueItems: true });

export const LinkParams = Type.Object({ linkId: Id }, { additionalProperties: false });
export const CoupleParams = Type.Object({ coupleId: Id }, { additionalProperties: false });

/* Partner side. */

export const InviteBody = Type.Object(
  { areas: Areas },
  { additionalProperties: false, description: 'Your own consent comes with the invite.' },
);
export const CoachInvite = Type.Object(
  { linkId: Type.String(), code: Type.String(), expiresAt: Type.String() },
  { additionalProperties: false },
);
export const ConsentBody = Type.Object({ areas: Areas }, { additionalProperties: false });

export const Link = Type.Object(
  {
    id: Type.String(),
    coachName: Type.Union([Type.String(), Type.Null()], { description: 'Null until the coach joins.' }),
    status: Type.Union([
      Type.Literal('invited'),
      Type.Literal('awaiting_consent'),
      Type.Literal('admitted'),
      Type.Literal('revoked'),
      Type.Literal('expired'),
    ]),
    invitedByMe: Type.Boolean(),
    expiresAt: Type.String(),
    myAreas: Type.Union([Type.Array(Area), Type.Null()], { description: 'Null: you have not consented.' }),
    partnerAreas: Type.Union([Type.Array(Area), Type.Null()]),
    areas: Type.Array(Area, { description: 'What the coach sees: the areas both of you named.' }),
    revokedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export const LinkList = Type.Object({ links: Type.Array(Link) }, { additionalProperties: false });

/* Coach side. */

export const ProfileBody = Type.Object(
  { displayName: NonBlank({ maxLength: 80, description: 'How couples see you.' }) },
  { additionalProperties: false },
);
export const Profile = Type.Object({ displayName: Type.String() }, { additionalProperties: false });
export const JoinBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
);
export const Joined = Type.Object(
  { linkId: Type.String(), status: Type.Literal('awaiting_consent') },
  { additionalProperties: false },
);

const Trend = Type.Object(
  {
    metric: Type.String(),
    thisWeek: Type.Union([Type.Number(), Type.Null()]),
    lastWeek: Type.Union([Type.Number(), Type.Null()]),
    days: Type.Integer({ description: 'Shared check-ins this week.' }),
  },
  { additionalProperties: false },
);
const ExperimentLine = Type.Object(
  {
    title: Type.String(),
    status: Type.String(),
    startDate: Type.Union([Type.String(), Type.Null()]),
    endDate: Type.Union([Type.String(), Type.Null()]),
    verdict: Type.Union([Type.String(), Type.Null()], { description: 'From shared check-ins, once over.' }),
    nextStep: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
const AnchorLine = Type.Object(
  {
    name: Type.String(),
    status: Type.String(),
    keptInPeriod: Type.Integer(),
    lapsedInPeriod: Type.Boolean(),
  },
  { additionalProperties: false },
);
const HabitLine = Type.Object(
  {
    action: Type.String(),
    status: Type.String(),
    strength: Type.Number(),
    currentStreak: Type.Integer(),
    since: Type.String({ description: 'When the habit took its status.' }),
  },
  { additionalProperties: false },
);
const Csi4Line = Type.Object(
  { month: Type.String(), partner: Type.String(), total: Type.Integer() },
  { additionalProperties: false },
);

/** One couple as their coach sees it: only the areas both partners consented to (others are null). */
export const Digest = Type.Object(
  {
    coupleId: Type.String(),
    partners: Type.Array(Type.String()),
    areas: Type.Array(Area),
    from: Type.String(),
    to: Type.String(),
    trends: Type.Union([Type.Array(Trend), Type.Null()]),
    experiments: Type.Union([Type.Array(ExperimentLine), Type.Null()]),
    anchors: Type.Union([Type.Array(AnchorLine), Type.Null()]),
    habits: Type.Union([Type.Array(HabitLine), Type.Null()]),
    csi4: Type.Union([Type.Array(Csi4Line), Type.Null()]),
  },
  { additionalProperties: false },
);
export const Home = Type.Object(
  { displayName: Type.String(), couples: Type.Array(Digest) },
  { additionalProperties: false },
);
export const Prep = Type.Object(
  {
    lastSessionOn: Type.Union([Type.String(), Type.Null()]),
    digest: Digest,
    changes: Type.Array(
      Type.Object(
        {
          kind: Type.Union([
            Type.Literal('trend'),
            Type.Literal('experiment_started'),
            Type.Literal('experiment_ended'),
            Type.Literal('anchor_lapsed'),
            Type.Literal('habit_status'),
          ]),
          subject: Type.String(),
          detail: Type.String(),
          text: Type.String({ description: 'The same in plain English words.' }),
        },
        { additionalProperties: false },
      ),
      { description: 'What changed since the last session.' },
    ),
  },
  { additionalProperties: false },
);
export const SessionBody = Type.Object({ date: LocalDate }, { additionalProperties: false });
