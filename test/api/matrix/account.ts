import { Actor, emailOf, PASSWORD } from '../../support/app.ts';
import type { Row } from './world.ts';
import { isCoach, uniq, user } from './world.ts';

export const accountRows: Record<string, Row> = {
  'GET /api/health': { request: () => ({ method: 'GET', url: '/api/health' }), expect: () => 200 },
  'POST /api/account/signup': {
    request: () => ({
      method: 'POST',
      url: '/api/account/signup',
      body: { email: `m${uniq()}@example.com`, password: PASSWORD },
    }),
    expect: () => 201,
  },
  'POST /api/account/login': {
    request: (_w, actor) => ({
      method: 'POST',
      url: '/api/account/login',
      body: { email: (actor as { email?: string }).email ?? 'nobody@example.com', password: PASSWORD },
    }),
    expect: (a) => (a === 'anonymous' ? 401 : 200),
  },
  'POST /api/account/logout': {
    fresh: true,
    request: () => ({ method: 'POST', url: '/api/account/logout' }),
    expect: user(200),
  },
  'GET /api/account': { request: () => ({ method: 'GET', url: '/api/account' }), expect: user(200) },
  'GET /api/account/sessions': {
    request: () => ({ method: 'GET', url: '/api/account/sessions' }),
    expect: user(200),
  },
  'DELETE /api/account/sessions/{sessionId}': {
    fresh: true,
    objects: true,
    // The object is a second session of its owner's (a person without a couple owns their own).
    makeObject: async (w, actorKind, objectKind, as) => {
      const owner = w.ownerOf(actorKind, objectKind);
      const alone = actorKind === 'noCouple' || isCoach(actorKind);
      const ownerActor = alone && objectKind.startsWith('own') ? as : w.byLetter[owner];
      const second = new Actor(w.app, 'second');
      await second.post('/api/account/login', { email: emailOf(ownerActor), password: PASSWORD });
      const id = (await second.get('/api/account/sessions'))
        .json()
        .sessions.find((s: { current: boolean }) => s.current).id;
      return { id, owner };
    },
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/account/sessions/${id}` }),
    expect: (a, o) => (a === 'anonymous' ? 401 : o!.startsWith('own') ? 200 : 404),
  },
  'POST /api/account/password': {
    fresh: true,
    request: () => ({
      method: 'POST',
      url: '/api/account/password',
      body: { currentPassword: PASSWORD, newPassword: 'another long password' },
    }),
    expect: user(200),
  },
  'DELETE /api/account': {
    fresh: true,
    request: () => ({ method: 'DELETE', url: '/api/account', body: { password: PASSWORD } }),
    expect: user(200),
  },
};
