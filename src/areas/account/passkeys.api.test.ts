import { describe, expect, it } from 'vitest';
import { Actor, makeCouple, someIp, useApp } from '../../../test/support/app.ts';
import { assert, register } from '../../../test/support/authenticator.ts';
import { DIALECTS } from '../../../test/support/stores.ts';

const HOST = { host: 'attune.example' };
const ORIGIN = 'http://attune.example';

describe.each(DIALECTS)('passkeys on %s', (dialect) => {
  const { app } = useApp(dialect);

  async function addPasskey(actor: Actor) {
    const start = await actor.post('/api/account/passkeys/options', undefined, HOST);
    expect(start.statusCode).toBe(200);
    const { challengeId, options } = start.json();
    expect(options.rp.id).toBe('attune.example');
    const made = register(options, ORIGIN);
    const added = await actor.post(
      '/api/account/passkeys',
      { challengeId, name: 'My phone', credential: made.response },
      HOST,
    );
    expect(added.statusCode, added.body).toBe(201);
    return { passkey: made.passkey, id: added.json().id as string };
  }

  async function signIn(passkey: Parameters<typeof assert>[0], origin = ORIGIN, flags?: number) {
    const visitor = new Actor(app(), 'visitor', someIp());
    const start = (await visitor.post('/api/account/passkeys/login/options', undefined, HOST)).json();
    const credential = assert(passkey, start.options, origin, flags);
    const res = await visitor.post(
      '/api/account/passkeys/login',
      { challengeId: start.challengeId, credential },
      HOST,
    );
    return { visitor, res, challengeId: start.challengeId as string, credential };
  }

  it('adds a passkey while logged in, then signs in with it and no email', async () => {
    const { a } = await makeCouple(app());
    const me = (await a.get('/api/account')).json();
    const { passkey, id } = await addPasskey(a);
    const list = (await a.get('/api/account/passkeys')).json().passkeys;
    expect(list).toEqual([expect.objectContaining({ id, name: 'My phone', lastUsedAt: null })]);

    const { visitor, res } = await signIn(passkey);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().id).toBe(me.id);
    expect((await visitor.get('/api/account')).json().email).toBe(me.email);
    expect((await a.get('/api/account/passkeys')).json().passkeys[0].lastUsedAt).not.toBeNull();
  });

  it('refuses a replayed answer, another site’s answer, and one without user verification', async () => {
    const { a } = await makeCouple(app());
    const { passkey } = await addPasskey(a);
    const first = await signIn(passkey);
    expect(first.res.statusCode).toBe(200);
    // The same challenge and answer again: the challenge is used up.
    const replay = await first.visitor.post(
      '/api/account/passkeys/login',
      { challengeId: first.challengeId, credential: first.credential },
      HOST,
    );
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.field).toBe('challengeId');
    // Signed for a look-alike site.
    const phished = await signIn(passkey, 'https://attune-login.example');
    expect(phished.res.statusCode).toBe(401);
    expect(phished.res.headers['set-cookie']).toBeUndefined();
    // Touched but not unlocked (no PIN, fingerprint or face).
    const unverified = await signIn(passkey, ORIGIN, 0x01);
    expect(unverified.res.statusCode).toBe(401);
    expect((await unverified.visitor.get('/api/account')).statusCode).toBe(401);
  });

  it('lets one of two answers racing with the same challenge in, never both', async () => {
    const { a } = await makeCouple(app());
    const { passkey } = await addPasskey(a);
    const visitor = new Actor(app(), 'visitor', someIp());
    const start = (await visitor.post('/api/account/passkeys/login/options', undefined, HOST)).json();
    const credential = assert(passkey, start.options, ORIGIN);
    const body = { challengeId: start.challengeId, credential };
    const both = await Promise.all([
      new Actor(app(), 'one', someIp()).post('/api/account/passkeys/login', body, HOST),
      new Actor(app(), 'two', someIp()).post('/api/account/passkeys/login', body, HOST),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it('keeps a challenge to the person it was made for, and forgets a removed passkey', async () => {
    const { a, b } = await makeCouple(app());
    const start = (await a.post('/api/account/passkeys/options', undefined, HOST)).json();
    const made = register(start.options, ORIGIN);
    const stolen = await b.post(
      '/api/account/passkeys',
      { challengeId: start.challengeId, credential: made.response },
      HOST,
    );
    expect(stolen.statusCode).toBe(400);
    expect((await b.get('/api/account/passkeys')).json().passkeys).toEqual([]);

    const { passkey, id } = await addPasskey(a);
    expect((await b.delete(`/api/account/passkeys/${id}`)).statusCode).toBe(404);
    expect((await a.delete(`/api/account/passkeys/${id}`)).statusCode).toBe(200);
    expect((await signIn(passkey)).res.statusCode).toBe(401);
  });
});
