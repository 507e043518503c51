import { type Static, Type } from 'typebox';

export const Email = Type.String({
  pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
  maxLength: 254,
  description: 'An email address.',
});
export const Password = Type.String({
  minLength: 10,
  maxLength: 200,
  description: 'At least 10 characters.',
});

export const SignupBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export const LoginBody = Type.Object(
  { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
export const PasswordChangeBody = Type.Object(
  { currentPassword: Type.String({ maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
);
export const UnlockBody = Type.Object(
  { password: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
export const DeleteAccountBody = Type.Object(
  { password: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);

export const Me = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    couple: Type.Union([
      Type.Object(
        {
          id: Type.String(),
          role: Type.Union([Type.Literal('partner'), Type.Literal('coach')]),
          displayName: Type.String(),
          timeZone: Type.String(),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    coach: Type.Union(
      [Type.Object({ displayName: Type.String() }, { additionalProperties: false }), Type.Null()],
      { description: 'Set for a coach account: it reads couples only through their consent.' },
    ),
  },
  { additionalProperties: false },
);
export type Me = Static<typeof Me>;

export const Session = Type.Object(
  {
    id: Type.String(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    userAgent: Type.String(),
    current: Type.Boolean(),
  },
  { additionalProperties: false },
);
export const SessionList = Type.Object({ sessions: Type.Array(Session) }, { additionalProperties: false });
export const SessionParams = Type.Object(
  { sessionId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
export const Ok = Type.Object({ ok: Type.Literal(true) }, { additionalProperties: false });

const Base64Url = Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 1, maxLength: 4096 });
const Json = Type.Record(Type.String(), Type.Unknown());

/** What the browser's WebAuthn call gave (as @simplewebauthn/browser encodes it). */
const Credential = Type.Object(
  {
    id: Base64Url,
    rawId: Base64Url,
    type: Type.Literal('public-key'),
    response: Json,
    authenticatorAttachment: Type.Optional(Type.String({ maxLength: 40 })),
    clientExtensionResults: Json,
  },
  { additionalProperties: false },
);

export const PasskeyChallenge = Type.Object(
  {
    challengeId: Type.String(),
    options: Type.Record(Type.String(), Type.Unknown(), {
      description: 'WebAuthn options as JSON, for the browser’s navigator.credentials call.',
    }),
  },
  { additionalProperties: false },
);

export const AddPasskeyBody = Type.Object(
  {
    challengeId: Type.String({ minLength: 1, maxLength: 64 }),
    name: Type.Optional(Type.String({ maxLength: 60 })),
    credential: Credential,
  },
  { additionalProperties: false },
);

export const PasskeyLoginBody = Type.Object(
  { challengeId: Type.String({ minLength: 1, maxLength: 64 }), credential: Credential },
  { additionalProperties: false },
);

export const Passkey = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    createdAt: Type.String(),
    lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export const PasskeyList = Type.Object({ passkeys: Type.Array(Passkey) }, { additionalProperties: false });
/** A credential id: 16 random bytes or more (WebAuthn §4, "Credential ID"; in practice at most 64), base64url. */
export const PasskeyParams = Type.Object(
  { id: Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 22, maxLength: 400 }) },
  { additionalProperties: false },
);
