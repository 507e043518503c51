import { Type } from 'typebox';
import { NonBlank } from '../../server/schemas.ts';

const DisplayName = NonBlank({ maxLength: 60, description: 'How your partner sees you.' });
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'An IANA time zone, e.g. "Europe/Berlin".',
});

export const CreateCoupleBody = Type.Object(
  { displayName: DisplayName, timeZone: TimeZone },
  { additionalProperties: false },
);
export const JoinBody = Type.Object(
  { code: Type.String({ minLength: 4, maxLength: 40 }), displayName: DisplayName, timeZone: TimeZone },
  { additionalProperties: false },
);
export const UpdateMeBody = Type.Object(
  { displayName: Type.Optional(DisplayName), timeZone: Type.Optional(TimeZone) },
  { additionalProperties: false, minProperties: 1 },
);
export const DomainBody = Type.Object(
  { label: NonBlank({ maxLength: 40 }) },
  { additionalProperties: false },
);

export const Domain = Type.Object(
  { id: Type.String(), label: Type.String(), custom: Type.Boolean() },
  { additionalProperties: false },
);
export const Partner = Type.Object(
  { id: Type.String(), displayName: Type.String(), timeZone: Type.String(), me: Type.Boolean() },
  { additionalProperties: false },
);
export const Couple = Type.Object(
  {
    id: Type.String(),
    partners: Type.Array(Partner),
    domains: Type.Array(Domain),
    pendingInvite: Type.Union([
      Type.Object({ expiresAt: Type.String() }, { additionalProperties: false }),
      Type.Null(),
    ]),
    /** Whether a new log entry starts shared or private; either partner may change it. */
    logDefaultVisibility: Type.Union([Type.Literal('shared'), Type.Literal('private')]),
  },
  { additionalProperties: false },
);
export const CoupleSettingsBody = Type.Object(
  {
    logDefaultVisibility: Type.Union([Type.Literal('shared'), Type.Literal('private')], {
      description: 'How a new log entry starts: shared with the partner, or private to its author.',
    }),
  },
  { additionalProperties: false },
);
export const Invite = Type.Object(
  { code: Type.String(), expiresAt: Type.String() },
  { additionalProperties: false },
);
