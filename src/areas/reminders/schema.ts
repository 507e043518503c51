import { Type } from 'typebox';

const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'A local time, HH:MM.' });
const MaybeTime = Type.Union([Time, Type.Null()]);

export const Settings = Type.Object(
  {
    checkinTime: Type.Union([Time, Type.Null()], {
      description: 'When to remind of the check-in; null: never.',
    }),
    habitsTime: Type.Union([Time, Type.Null()], {
      description: 'When to nudge about today’s habits not yet done; null: never.',
    }),
    rituals: Type.Boolean({ description: 'Remind of each ritual at its own time.' }),
    experiments: Type.Boolean({ description: 'While an experiment runs: its daily check-in at 21:00.' }),
    quietFrom: MaybeTime,
    quietTo: Type.Union([Time, Type.Null()], {
      description: 'Quiet hours, local, may span midnight: nothing is sent from quietFrom to quietTo.',
    }),
  },
  { additionalProperties: false },
);

/** Any of the settings; the rest stay as they were. */
export const SettingsPatch = Type.Partial(Settings, { additionalProperties: false, minProperties: 1 });

export const Reminders = Type.Object(
  {
    settings: Settings,
    /** The key a browser subscribes with (applicationServerKey). */
    publicKey: Type.String({ description: 'The server’s VAPID public key, base64url.' }),
    devices: Type.Integer({ minimum: 0, description: 'How many of your devices receive reminders.' }),
  },
  { additionalProperties: false },
);

const Base64Url = (minLength: number, maxLength: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+={0,2}$', minLength, maxLength });

/** A browser's PushSubscription, as its toJSON() gives it. */
export const DeviceBody = Type.Object(
  {
    endpoint: Type.String({ minLength: 1, maxLength: 2000 }),
    keys: Type.Object(
      {
        p256dh: Base64Url(80, 100),
        auth: Base64Url(16, 30),
      },
      { additionalProperties: false },
    ),
    expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  },
  { additionalProperties: false },
);

export const RemoveDeviceBody = Type.Object(
  { endpoint: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const Devices = Type.Object(
  { devices: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

export const TestResult = Type.Object(
  {
    sent: Type.Integer({ minimum: 0 }),
    failed: Type.Integer({ minimum: 0 }),
    explanation: Type.String(),
  },
  { additionalProperties: false },
);
