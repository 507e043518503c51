import { describe, expect, it } from 'vitest';
import { Actor, emailOf, makeCouple, PASSWORD, signUp, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { buildApp } from '../../server/app.ts';
import { defaultConfig } from '../../server/context.ts';
import { IP_FAILURE_LIMIT, loginKeys } from './rules.ts';

describe.each(DIALECTS)('account on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  describe('POST /api/account/signup', () => {
    it('creates the account and a session with a safe cookie, storing only a hash of the token', async () => {
      const lisa = new Actor(app(), 'lisa');
      const res = await lisa.post('/api/account/signup', {
        email: 'Lisa.Signup@Example.com',
        password: PASSWORD,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ email: 'lisa.signup@example.com', couple: null });
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/^attune_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('SameSite=Lax');
      const token = lisa.cookie!.split('=')[1]!;
      const rows = await store().db.selectFrom('sessions').select('token_hash').execute();
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
      expect((await lisa.get('/api/account')).json().email).toBe('lisa.signup@example.com');
    });

    it('uses the __Host- cookie over https behind a trusted proxy', async () => {
      const proxied = await buildApp({ store: store(), config: { ...defaultConfig, trustProxy: true } });
      const res = await proxied.inject({
        method: 'POST',
        url: '/api/account/signup',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        payload: { email: 'https.user@example.com', password: PASSWORD },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/^__Host-attune_session=.*; Path=\/;.*Secure/);
      await proxied.close();
    });

    it('should fail with 400 naming the field for a bad email, a short password or an unknown field', async () => {
      const a = new Actor(app(), 'x');
      const cases: Array<[unknown, string]> = [
        [{ email: 'not-an-email', password: PASSWORD }, 'email'],
        [{ email: 'short@example.com', password: 'short' }, 'password'],
        [{ email: 'extra@example.com', password: PASSWORD, admin: true }, 'admin'],
        [{ email: 'types@example.com', password: 1234567890123 }, 'password'],
      ];
      for (const [body, field] of cases) {
        const res = await a.post('/api/account/signup', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'invalid_input', field });
      }
      const users = await store()
        .db.selectFrom('users')
        .select('email')
        .where('email', 'in', ['short@example.com', 'extra@example.com'])
        .execute();
      expect(users).toHaveLength(0);
    });

    it('should fail with 409 when the email is taken', async () => {
      const lisa = await signUp(app(), 'Taken');
      const res = await new Actor(app(), 'y').post('/api/account/signup', {
        email: emailOf(lisa).toUpperCase(),
        password: PASSWORD,
      });
      expect(res.statusCode).toBe(409);
    });
  });

  describe('POST /api/account/login', () => {
    it('answers an unknown account and a wrong password with the same status and body', async () => {
      const lisa = await signUp(app(), 'Same', '10.0.0.1');
      const wrong = await new Actor(app(), 'w', '10.0.0.2').post('/api/account/login', {
        email: emailOf(lisa),
        password: 'wrong password!',
      });
      const unknown = await new Actor(app(), 'u', '10.0.0.3').post('/api/account/login', {
        email: 'nobody@example.com',
        password: 'wrong password!',
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(unknown.body).toBe(wrong.body);
    });

    it('issues a new session token at every login, and logout kills it', async () => {
      const lisa = await signUp(app(), 'Rotate');
      const first = lisa.cookie;
      await lisa.post('/api/account/login', { email: emailOf(lisa), password: PASSWORD });
      expect(lisa.cookie).not.toBe(first);
      const second = lisa.cookie;
      expect((await lisa.post('/api/account/logout')).statusCode).toBe(200);
      const replay = new Actor(app(), 'replay');
      replay.cookie = second;
      expect((await replay.get('/api/account')).statusCode).toBe(401);
    });

    it('slows one address after repeated failures while the owner logs in from another', async () => {
      const victim = await signUp(app(), 'Victim');
      const attacker = new Actor(app(), 'attacker', '203.0.113.9');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (
            await attacker.post('/api/account/login', {
              email: emailOf(victim),
              password: `guess ${i} guess`,
            })
          ).statusCode,
        );
      expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
      expect(statuses[4]).toBe(429);
      const blocked = await attacker.post('/api/account/login', {
        email: emailOf(victim),
        password: PASSWORD,
      });
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // The wait in the reader's language, in the unit the English message uses.
      const wait = blocked.json().error.say;
      expect(wait.code).toMatch(/^refuse\.wait(Seconds|Minutes)$/);
      expect(blocked.json().error.message).toContain(
        `wait ${wait.params.count} ${wait.code === 'refuse.waitSeconds' ? 'seconds' : 'minutes'}`,
      );
      const owner = new Actor(app(), 'owner', '198.51.100.7');
      expect(
        (await owner.post('/api/account/login', { email: emailOf(victim), password: PASSWORD })).statusCode,
      ).toBe(200);
    });

    it('limits one address across many accounts', async () => {
      const sprayer = new Actor(app(), 'sprayer', '203.0.113.77');
      let last = 0;
      for (let i = 0; i < 32; i++)
        last = (
          await sprayer.post('/api/account/login', {
            email: `spray${i}@example.com`,
            password: 'wrong password!',
          })
        ).statusCode;
      expect(last).toBe(429);
    });
    it('limits 40 parallel wrong passwords exactly like sequential ones, across two app servers', async () => {
      const victim = await signUp(app(), 'Parallel');
      const ip = '203.0.113.40';
      // The pair has used up its free attempts and its last wait is over: sequentially, one more
      // guess is checked and then it must wait 64 s. Parallel guesses must get exactly as far.
      const { pairKey } = loginKeys(emailOf(victim), ip);
      await store()
        .db.insertInto('rate_limits')
        .values({ key: pairKey, count: 9, window_start: new Date().toISOString(), blocked_until: null })
        .execute();
      const second = await buildApp({ store: store(), config: defaultConfig });
      const servers = [new Actor(app(), 'one', ip), new Actor(second, 'two', ip)];
      const guesses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          servers[i % 2]!.post('/api/account/login', {
            email: emailOf(victim),
            password: `guess ${i} guess`,
          }),
        ),
      );
      const statuses = guesses.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(1);
      expect(statuses.filter((s) => s === 429)).toHaveLength(39);
      const refused = guesses.find((r) => r.statusCode === 429)!;
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      await second.close();
    });

    it('caps one address at its failure limit even when 40 guesses at 40 accounts arrive at once', async () => {
      const sprayer = new Actor(app(), 'sprayer', '203.0.113.41');
      const statuses = (
        await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            sprayer.post('/api/account/login', {
              email: `burst${i}@example.com`,
              password: 'wrong password!',
            }),
          ),
        )
      ).map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(IP_FAILURE_LIMIT);
      expect(statuses.filter((s) => s === 429)).toHaveLength(40 - IP_FAILURE_LIMIT);
    });

    it('gives a successful login its reservation back: logins that work never fill the address', async () => {
      const office = await signUp(app(), 'Office');
      const desk = new Actor(app(), 'desk', '203.0.113.42');
      for (let i = 0; i < 3; i++)
        expect(
          (await desk.post('/api/account/login', { email: emailOf(office), password: PASSWORD })).statusCode,
        ).toBe(200);
      const row = await store()
        .db.selectFrom('rate_limits')
        .select('count')
        .where('key', '=', 'login-ip:203.0.113.42')
        .executeTakeFirst();
      expect(Number(row?.count ?? 0)).toBe(0);
    });
  });

  describe('sessions and password', () => {
    it('lists sessions, ends one, and a password change ends all the others', async () => {
      const lisa = await signUp(app(), 'Sessions');
      const phone = new Actor(app(), 'phone');
      await phone.post('/api/account/login', { email: emailOf(lisa), password: PASSWORD });
      const laptop = new Actor(app(), 'laptop');
      await laptop.post('/api/account/login', { email: emailOf(lisa), password: PASSWORD });
      const list = (await lisa.get('/api/account/sessions')).json().sessions;
      expect(list).toHaveLength(3);
      expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
      const laptopId = (await laptop.get('/api/account/sessions'))
        .json()
        .sessions.find((s: { current: boolean }) => s.current).id;
      expect((await lisa.delete(`/api/account/sessions/${laptopId}`)).statusCode).toBe(200);
      expect((await laptop.get('/api/account')).statusCode).toBe(401);

      const bad = await lisa.post('/api/account/password', {
        currentPassword: 'not it at all',
        newPassword: 'a brand new password',
      });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().error.field).toBe('currentPassword');
      expect((await phone.get('/api/account')).statusCode).toBe(200);

      expect(
        (
          await lisa.post('/api/account/password', {
            currentPassword: PASSWORD,
            newPassword: 'a brand new password',
          })
        ).statusCode,
      ).toBe(200);
      expect((await phone.get('/api/account')).statusCode).toBe(401);
      expect((await lisa.get('/api/account')).statusCode).toBe(200);
      const again = new Actor(app(), 'again');
      expect(
        (await again.post('/api/account/login', { email: emailOf(lisa), password: 'a brand new password' }))
          .statusCode,
      ).toBe(200);
    });

    it('should fail with 404 when ending another person’s session', async () => {
      const lisa = await signUp(app(), 'Mine');
      const other = await signUp(app(), 'Theirs');
      const otherId = (await other.get('/api/account/sessions')).json().sessions[0].id;
      expect((await lisa.delete(`/api/account/sessions/${otherId}`)).statusCode).toBe(404);
      expect((await other.get('/api/account')).statusCode).toBe(200);
    });
  });

  describe('DELETE /api/account', () => {
    it('removes every row of the person, kills their sessions and keeps the partner’s rows', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const conflict = (
        await a.post('/api/log', { kind: 'conflict', date: today(), text: 'A wrote', visibility: 'shared' })
      ).json();
      await a.post('/api/log', { kind: 'note', date: today(), text: 'A private', visibility: 'private' });
      await b.post('/api/log', {
        kind: 'repair',
        date: today(),
        text: 'B repaired',
        visibility: 'shared',
        repairOf: conflict.id,
      });

      expect((await a.delete('/api/account', { password: 'wrong password!' })).statusCode).toBe(401);
      expect((await a.get('/api/account')).statusCode).toBe(200);

      const userId = (await a.get('/api/account')).json().id;
      expect((await a.delete('/api/account', { password: PASSWORD })).statusCode).toBe(200);
      const db = store().db;
      expect(await db.selectFrom('log').selectAll().where('author_id', '=', userId).execute()).toHaveLength(
        0,
      );
      expect(
        await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute(),
      ).toHaveLength(0);
      expect(await db.selectFrom('members').selectAll().where('user_id', '=', userId).execute()).toHaveLength(
        0,
      );
      expect(await db.selectFrom('users').selectAll().where('id', '=', userId).execute()).toHaveLength(0);
      const left = (await b.get('/api/log')).json().entries;
      expect(left.map((e: { text: string }) => e.text)).toEqual(['B repaired']);
      expect(left[0].repairOf).toBeNull();
      expect((await b.get('/api/couple')).json().partners).toHaveLength(1);

      expect((await b.delete('/api/account', { password: PASSWORD })).statusCode).toBe(200);
      expect(await db.selectFrom('couples').selectAll().where('id', '=', coupleId).execute()).toHaveLength(0);
      expect(await db.selectFrom('log').selectAll().where('couple_id', '=', coupleId).execute()).toHaveLength(
        0,
      );
    });
  });

  describe('every response', () => {
    it('carries the security headers, and /api answers no-store', async () => {
      const res = await new Actor(app(), 'h').get('/api/account');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('refuses a state change from another site', async () => {
      const lisa = await signUp(app(), 'Csrf');
      const evil = await lisa.post(
        '/api/couple',
        { displayName: 'x', timeZone: 'UTC' },
        { origin: 'https://evil.example' },
      );
      expect(evil.statusCode).toBe(403);
      const crossSite = await lisa.post(
        '/api/couple',
        { displayName: 'x', timeZone: 'UTC' },
        { 'sec-fetch-site': 'cross-site' },
      );
      expect(crossSite.statusCode).toBe(403);
      expect((await lisa.get('/api/account')).json().couple).toBeNull();
      const same = await lisa.post(
        '/api/couple',
        { displayName: 'x', timeZone: 'UTC' },
        { origin: 'http://localhost:80' },
      );
      expect(same.statusCode).toBe(201);
    });
  });
});
