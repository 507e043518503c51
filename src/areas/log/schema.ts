import { Type } from 'typebox';
import { LocalDate, NonBlank } from '../../server/schemas.ts';

export const KINDS = [
  'conflict',
  'repair',
  'promise',
  'appreciation',
  'gesture',
  'life_event',
  'note',
] as const;
export type Kind = (typeof KINDS)[number];

export const Kind = Type.Union(
  [
    Type.Literal('conflict'),
    Type.Literal('repair'),
    Type.Literal('promise'),
    Type.Literal('appreciation'),
    Type.Literal('gesture'),
    Type.Literal('life_event'),
    Type.Literal('note'),
  ],
  { description: 'What happened.' },
);
export const Visibility = Type.Union([Type.Literal('shared'), Type.Literal('private')], {
  description: 'shared: both partners see it. private: only its author, everywhere.',
});
export const PromiseState = Type.Union([Type.Literal('open'), Type.Literal('kept'), Type.Literal('broken')]);
const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });
const Text = NonBlank({ maxLength: 10_000 });
const Domains = Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20, uniqueItems: true });
const Intensity = Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()], {
  description: '1 (mild) to 5 (intense).',
});

export const LogEntry = Type.Object(
  {
    id: Type.String(),
    authorId: Type.String(),
    mine: Type.Boolean(),
    kind: Kind,
    date: Type.String(),
    text: Type.String(),
    domains: Type.Array(Type.String()),
    intensity: Type.Union([Type.Integer(), Type.Null()]),
    visibility: Visibility,
    repairOf: Type.Union([Type.String(), Type.Null()]),
    promiseDue: Type.Union([Type.String(), Type.Null()]),
    promiseState: Type.Union([PromiseState, Type.Null()]),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { additionalProperties: false },
);

export const CreateEntryBody = Type.Object(
  {
    kind: Kind,
    date: LocalDate,
    text: Text,
    domains: Type.Optional(Domains),
    intensity: Type.Optional(Intensity),
    visibility: Type.Optional(Visibility),
    repairOf: Type.Optional(Type.Union([Id, Type.Null()])),
    promiseDue: Type.Optional(Type.Union([LocalDate, Type.Null()])),
  },
  { additionalProperties: false },
);

export const UpdateEntryBody = Type.Object(
  {
    kind: Type.Optional(Kind),
    date: Type.Optional(LocalDate),
    text: Type.Optional(Text),
    domains: Type.Optional(Domains),
    intensity: Type.Optional(Intensity),
    visibility: Type.Optional(Visibility),
    repairOf: Type.Optional(Type.Union([Id, Type.Null()])),
    promiseDue: Type.Optional(Type.Union([LocalDate, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PromiseStateBody = Type.Object({ state: PromiseState }, { additionalProperties: false });

export const EntryParams = Type.Object({ id: Id }, { additionalProperties: false });

export const ListQuery = Type.Object(
  {
    kind: Type.Optional(Type.Array(Kind, { maxItems: 7 })),
    domain: Type.Optional(Type.String({ maxLength: 40 })),
    author: Type.Optional(Type.Union([Type.Literal('me'), Type.Literal('partner')])),
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description:
          'Words to find in the entries’ text (case does not matter), among the entries you may see.',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const EntryList = Type.Object(
  { entries: Type.Array(LogEntry), nextCursor: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const Deleted = Type.Object(
  { id: Type.String(), undoUntil: Type.String() },
  { additionalProperties: false },
);
