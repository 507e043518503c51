import { type Actor, PASSWORD } from '../../support/app.ts';
import { assert, register, type SoftPasskey } from '../../support/authenticator.ts';
import type { Row } from './world.ts';
import { isCoach, user } from './world.ts';

// app.inject's requests come to localhost:80.
const ORIGIN = 'http://localhost:80';

/** A passkey added by `actor` (who must be logged in), with its id. */
async function addPasskey(actor: Actor): Promise<{ id: string; passkey: SoftPasskey }> {
  const start = (await actor.post('/api/account/passkeys/options')).json();
  const made = register(start.options, ORIGIN);
  const res = await actor.post('/api/account/passkeys', {
    challengeId: start.challengeId,
    credential: made.response,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id, passkey: made.passkey };
}

/** A made-up answer, for an actor who cannot make a real one (signed out). */
const noCredential = {
  id: 'AAAA',
  rawId: 'AAAA',
  type: 'public-key',
  response: {},
  clientExtensionResults: {},
};

export const passkeyRows: Record<string, Row> = {
  'GET /api/account/passkeys': {
    request: () => ({ method: 'GET', url: '/api/account/passkeys' }),
    expect: user(200),
  },
  'POST /api/account/passkeys/options': {
    request: () => ({ method: 'POST', url: '/api/account/passkeys/options' }),
    expect: user(200),
  },
  'POST /api/account/passkeys': {
    request: async (_w, actor) => {
      const start = await actor.post('/api/account/passkeys/options');
      if (start.statusCode !== 200)
        return {
          method: 'POST',
          url: '/api/account/passkeys',
          body: { challengeId: 'none', credential: noCredential },
        };
      const made = register(start.json().options, ORIGIN);
      return {
        method: 'POST',
        url: '/api/account/passkeys',
        body: { challengeId: start.json().challengeId, credential: made.response },
      };
    },
    expect: user(201),
  },
  'DELETE /api/account/passkeys/{id}': {
    objects: true,
    makeObject: async (w, actorKind, objectKind, as) => {
      const owner = w.ownerOf(actorKind, objectKind);
      const alone = actorKind === 'noCouple' || isCoach(actorKind);
      const ownerActor = alone && objectKind.startsWith('own') ? as : w.byLetter[owner];
      return { id: (await addPasskey(ownerActor)).id, owner };
    },
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/account/passkeys/${id}` }),
    expect: (a, o) => (a === 'anonymous' ? 401 : o!.startsWith('own') ? 200 : 404),
  },
  'POST /api/account/passkeys/login/options': {
    request: () => ({ method: 'POST', url: '/api/account/passkeys/login/options' }),
    expect: () => 200,
  },
  'POST /api/account/passkeys/login': {
    fresh: true,
    request: async (_w, actor) => {
      const start = (await actor.post('/api/account/passkeys/login/options')).json();
      const mine = (await actor.get('/api/account')).statusCode === 200 ? await addPasskey(actor) : null;
      const credential = mine ? assert(mine.passkey, start.options, ORIGIN) : noCredential;
      return {
        method: 'POST',
        url: '/api/account/passkeys/login',
        body: { challengeId: start.challengeId, credential },
      };
    },
    expect: (a) => (a === 'anonymous' ? 401 : 200),
  },
  // The app lock: only the signed-in person's own password or passkey unlocks (issue 19).
  'POST /api/account/unlock': {
    request: () => ({ method: 'POST', url: '/api/account/unlock', body: { password: PASSWORD } }),
    expect: user(200),
  },
  'POST /api/account/unlock/passkey/options': {
    request: async (_w, actor) => {
      if ((await actor.get('/api/account')).statusCode === 200) await addPasskey(actor);
      return { method: 'POST', url: '/api/account/unlock/passkey/options' };
    },
    expect: user(200),
  },
  'POST /api/account/unlock/passkey': {
    request: async (_w, actor) => {
      if ((await actor.get('/api/account')).statusCode !== 200)
        return {
          method: 'POST',
          url: '/api/account/unlock/passkey',
          body: { challengeId: 'none', credential: noCredential },
        };
      const mine = await addPasskey(actor);
      const start = (await actor.post('/api/account/unlock/passkey/options')).json();
      return {
        method: 'POST',
        url: '/api/account/unlock/passkey',
        body: { challengeId: start.challengeId, credential: assert(mine.passkey, start.options, ORIGIN) },
      };
    },
    expect: user(200),
  },
};
