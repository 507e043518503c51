import { Type } from 'typebox';
import { Phrases } from '../../server/phrases.ts';
import { LocalDate } from '../../server/schemas.ts';
import { Kind } from '../log/schema.ts';

const Id = Type.String({ pattern: '^[0-9a-f-]{36}$' });

export const Cadence = Type.Object(
  {
    times: Type.Integer({ minimum: 1, maximum: 90, description: 'At least this many times …' }),
    days: Type.Integer({
      minimum: 1,
      maximum: 90,
      description: '… in every this many days (1 in 7: weekly).',
    }),
  },
  { additionalProperties: false, description: 'The floor: at least `times` in every `days` days.' },
);

export const Source = Type.Union(
  [
    Type.Object({ kind: Type.Literal('checkoff') }, { additionalProperties: false }),
    Type.Object(
      {
        kind: Type.Literal('log'),
        logKind: Kind,
        domain: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
      },
      { additionalProperties: false },
    ),
  ],
  {
    description: 'How it is kept: by checking it off, or by log entries of a kind (and domain) you can see.',
  },
);

export const CreateAnchorBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 120,
      description: '"Date night", "Morning coffee together".',
    }),
    cadence: Cadence,
    source: Type.Optional(Source),
    startDate: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
);

export const UpdateAnchorBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    cadence: Type.Optional(Cadence),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AnchorParams = Type.Object({ id: Id }, { additionalProperties: false });
export const CheckoffParams = Type.Object({ id: Id, date: LocalDate }, { additionalProperties: false });
export const CheckoffBody = Type.Object({ date: LocalDate }, { additionalProperties: false });

const Lapse = Type.Object(
  {
    from: LocalDate,
    flaggedOn: LocalDate,
    until: Type.Union([LocalDate, Type.Null()]),
  },
  { additionalProperties: false },
);

const CadenceView = Type.Object(
  { times: Type.Integer(), days: Type.Integer(), summary: Type.String() },
  { additionalProperties: false },
);

export const Anchor = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    cadence: CadenceView,
    /** While lowered for a stress period: the usual floor it returns to. */
    normalCadence: Type.Union([CadenceView, Type.Null()]),
    source: Source,
    startDate: LocalDate,
    status: Type.Union([Type.Literal('holding'), Type.Literal('lapsed'), Type.Literal('too_early')]),
    evidence: Type.String({ description: 'The lapse test in plain words, with its uncertainty.' }),
    evidencePhrases: Phrases,
    p: Type.Union([Type.Number(), Type.Null()], {
      description: 'Chance of keeping it this rarely if nothing had changed; null before there is a record.',
    }),
    lapses: Type.Array(Lapse),
    kept: Type.Array(LocalDate, { description: 'Days it was kept in the last 90 days.' }),
  },
  { additionalProperties: false },
);

export const StressPeriod = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    lifeEventId: Type.Union([Type.String(), Type.Null()]),
    openedOn: LocalDate,
    closedOn: Type.Union([LocalDate, Type.Null()]),
    crisisSince: Type.Union([LocalDate, Type.Null()]),
    pausedHabits: Type.Array(
      Type.Object({ id: Type.String(), action: Type.String() }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

export const AnchorList = Type.Object(
  {
    anchors: Type.Array(Anchor),
    stress: Type.Union([StressPeriod, Type.Null()], { description: 'The open stress period, if any.' }),
    pastStress: Type.Array(StressPeriod),
  },
  { additionalProperties: false },
);

export const OpenStressBody = Type.Object(
  {
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: '"New baby", "Job loss".' }),
    ),
    lifeEventId: Type.Optional(Id),
    openedOn: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
);

export const StressParams = Type.Object({ id: Id }, { additionalProperties: false });
