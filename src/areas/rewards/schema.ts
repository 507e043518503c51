import { Type } from 'typebox';
import { NonBlank } from '../../server/schemas.ts';

export const Label = Type.Union([Type.Literal('immediate'), Type.Literal('relief'), Type.Literal('both')], {
  description:
    'immediate: rewarding right away; relief: short-term relief at a long-term cost; both: some of each.',
});
const Visibility = Type.Union([Type.Literal('shared'), Type.Literal('private')], {
  description: 'shared: both partners see it. private: only you.',
});

export const AuditItemBody = Type.Object(
  {
    behaviour: NonBlank({ maxLength: 500, description: 'A current behaviour, in your words.' }),
    label: Label,
    visibility: Type.Optional(Visibility),
  },
  { additionalProperties: false },
);

export const AuditItem = Type.Object(
  {
    id: Type.String(),
    mine: Type.Boolean(),
    behaviour: Type.String(),
    label: Type.String(),
    visibility: Type.String(),
    createdAt: Type.String(),
  },
  { additionalProperties: false },
);

export const Hint = Type.Object(
  {
    kind: Type.Literal('reward_hacking'),
    conflicts: Type.Integer({ description: 'Conflicts in the log you can see.' }),
    followed: Type.Integer({ description: 'Of them, followed by closeness or relief within 2 days.' }),
    baseRate: Type.Number({ description: 'Share of all days followed by closeness within 2 days.' }),
    message: Type.String(),
  },
  { additionalProperties: false },
);

export const Audit = Type.Object(
  {
    items: Type.Array(AuditItem),
    hints: Type.Array(Hint),
    explanation: Type.String(),
  },
  { additionalProperties: false },
);

export const AuditParams = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-f-]{36}$' }) },
  { additionalProperties: false },
);
