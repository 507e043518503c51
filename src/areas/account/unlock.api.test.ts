import { describe, expect, it } from 'vitest';
import { type Actor, emailOf, makeCouple, PASSWORD, useApp } from '../../../test/support/app.ts';
import { assert, register, type SoftPasskey } from '../../../test/support/authenticator.ts';
import { DIALECTS } from '../../../test/support/stores.ts';

const HOST = { host: 'attune.example' };
const ORIGIN = 'http://attune.example';

describe.each(DIALECTS)('the app lock on %s', (dialect) => {
  const { app } = useApp(dialect);

  async function addPasskey(actor: Actor): Promise<SoftPasskey> {
    const start = (await actor.post('/api/account/passkeys/options', undefined, HOST)).json();
    const made = register(start.options, ORIGIN);
    const added = await actor.post(
      '/api/account/passkeys',
      { challengeId: start.challengeId, credential: made.response },
      HOST,
    );
    expect(added.statusCode, added.body).toBe(201);
    return made.passkey;
  }

  /** The actor's unlock challenge answered by `passkey`, whoever's it is. */
  async function unlockWith(actor: Actor, passkey: SoftPasskey) {
    const start = await actor.post('/api/account/unlock/passkey/options', undefined, HOST);
    expect(start.statusCode, start.body).toBe(200);
    const { challengeId, options } = start.json();
    return actor.post(
      '/api/account/unlock/passkey',
      { challengeId, credential: assert(passkey, options, ORIGIN) },
      HOST,
    );
  }

  describe('POST /api/account/unlock', () => {
    it('unlocks with the signed-in person’s password and refuses a wrong one warmly', async () => {
      const { a } = await makeCouple(app());
      const right = await a.post('/api/account/unlock', { password: PASSWORD });
      expect(right.statusCode, right.body).toBe(200);
      expect(right.json()).toEqual({ ok: true });
      const wrong = await a.post('/api/account/unlock', { password: 'not my password at all' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error).toMatchObject({
        code: 'invalid_credentials',
        field: 'password',
        message: 'That password is not right. Please try again.',
        say: { code: 'refuse.passwordWrong', params: {} },
      });
      // A failed unlock does not end the session: the lock is the device's, not the server's.
      expect((await a.get('/api/account')).statusCode).toBe(200);
    });

    it('refuses the partner’s password: it unlocks only for the person signed in', async () => {
      const { a, b } = await makeCouple(app());
      await b.post('/api/account/password', {
        currentPassword: PASSWORD,
        newPassword: 'michaels own password',
      });
      expect((await a.post('/api/account/unlock', { password: 'michaels own password' })).statusCode).toBe(
        401,
      );
    });

    it('should fail with 400 naming the field for a missing or extra field, and 401 without a session', async () => {
      const { a } = await makeCouple(app());
      const missing = await a.post('/api/account/unlock', {});
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.field).toBe('password');
      const extra = await a.post('/api/account/unlock', { password: PASSWORD, remember: true });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().error.field).toBe('remember');
      const anonymous = await app().inject({
        method: 'POST',
        url: '/api/account/unlock',
        payload: { password: PASSWORD },
      });
      expect(anonymous.statusCode).toBe(401);
    });

    it('slows guesses like the login form, on the same count', async () => {
      const { a } = await makeCouple(app());
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await a.post('/api/account/unlock', { password: `guess number ${i}` })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      // Blocked now: even the right password waits, and so does the login form from this address.
      const blocked = await a.post('/api/account/unlock', { password: PASSWORD });
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      const login = await app().inject({
        method: 'POST',
        url: '/api/account/login',
        remoteAddress: a.ip,
        payload: { email: emailOf(a), password: PASSWORD },
      });
      expect(login.statusCode).toBe(429);
      expect((await a.get('/api/account')).statusCode).toBe(200);
    });
  });

  describe('unlocking with a passkey', () => {
    it('unlocks with the person’s own passkey, and a used challenge cannot be replayed', async () => {
      const { a } = await makeCouple(app());
      const mine = await addPasskey(a);
      const start = (await a.post('/api/account/unlock/passkey/options', undefined, HOST)).json();
      expect(start.options.allowCredentials).toHaveLength(1);
      const body = { challengeId: start.challengeId, credential: assert(mine, start.options, ORIGIN) };
      const res = await a.post('/api/account/unlock/passkey', body, HOST);
      expect(res.statusCode, res.body).toBe(200);
      const replay = await a.post('/api/account/unlock/passkey', body, HOST);
      expect(replay.statusCode).toBe(400);
      expect(replay.json().error.field).toBe('challengeId');
    });

    it('refuses the partner’s passkey, even answering the person’s own challenge', async () => {
      const { a, b } = await makeCouple(app());
      await addPasskey(a);
      const partners = await addPasskey(b);
      const res = await unlockWith(a, partners);
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'invalid_credentials', field: 'credential' });
      expect(res.json().error.message).toMatch(/not one of yours/);
      expect(res.json().error.say).toEqual({ code: 'refuse.passkeyNotYours', params: {} });
      // And the partner cannot spend a challenge made for the person.
      const start = (await a.post('/api/account/unlock/passkey/options', undefined, HOST)).json();
      const stolen = await b.post(
        '/api/account/unlock/passkey',
        { challengeId: start.challengeId, credential: assert(partners, start.options, ORIGIN) },
        HOST,
      );
      expect(stolen.statusCode).toBe(400);
    });

    it('refuses an answer without user verification or from another site', async () => {
      const { a } = await makeCouple(app());
      const mine = await addPasskey(a);
      const start = (await a.post('/api/account/unlock/passkey/options', undefined, HOST)).json();
      const unverified = await a.post(
        '/api/account/unlock/passkey',
        { challengeId: start.challengeId, credential: assert(mine, start.options, ORIGIN, 0x01) },
        HOST,
      );
      expect(unverified.statusCode).toBe(401);
      const again = (await a.post('/api/account/unlock/passkey/options', undefined, HOST)).json();
      const phished = await a.post(
        '/api/account/unlock/passkey',
        { challengeId: again.challengeId, credential: assert(mine, again.options, 'https://attune.evil') },
        HOST,
      );
      expect(phished.statusCode).toBe(401);
    });

    it('says so when the person has no passkey, and counts wrong passkeys toward the limit', async () => {
      const { a, b } = await makeCouple(app());
      const none = await a.post('/api/account/unlock/passkey/options', undefined, HOST);
      expect(none.statusCode).toBe(404);
      expect(none.json().error.message).toMatch(/Unlock with your password/);
      await addPasskey(a);
      const partners = await addPasskey(b);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await unlockWith(a, partners)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401]);
      expect((await a.post('/api/account/unlock', { password: PASSWORD })).statusCode).toBe(429);
    });
  });
});
