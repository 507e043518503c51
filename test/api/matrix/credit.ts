import type { Row } from './world.ts';
import { entryRule, member } from './world.ts';

/*
 * Credit and loops. The hints, loops and the evening review are computed from what the caller may
 * see; the canary scan checks that the partner's private entries (planted as today's promises,
 * which the evening review lists when shared) never reach them.
 */
export const creditRows: Record<string, Row> = {
  'GET /api/credit/hints': {
    request: () => ({ method: 'GET', url: '/api/credit/hints' }),
    expect: member(200),
  },
  'POST /api/credit/hints/decision': {
    // No hint has this key in a fresh couple: refused, naming the field, nothing saved.
    request: () => ({
      method: 'POST',
      url: '/api/credit/hints/decision',
      body: { key: 'log:x:appreciation>y:satisfaction', decision: 'dismissed' },
    }),
    expect: member(400),
  },
  'GET /api/credit/review': {
    request: () => ({ method: 'GET', url: '/api/credit/review' }),
    expect: member(200),
  },
  'POST /api/credit/review': {
    objects: true,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: '/api/credit/review',
      body: { text: 'Your patience this morning made the whole day better', action: { type: 'log', id } },
    }),
    // Credit goes to the partner, for an entry one may see; one review a day (the only success
    // each actor has in this row is the partner's shared entry).
    expect: entryRule({
      ownShared: 400,
      ownPrivate: 400,
      partnerShared: 201,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'GET /api/log/loops': {
    request: () => ({ method: 'GET', url: '/api/log/loops' }),
    expect: member(200),
  },
};
