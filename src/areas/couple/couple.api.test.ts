import { describe, expect, it } from 'vitest';
import { Actor, makeCouple, signUp, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';

describe.each(DIALECTS)('couple on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  describe('POST /api/couple', () => {
    it('creates the space with the four default domains', async () => {
      const lisa = await signUp(app(), 'Lisa');
      const res = await lisa.post('/api/couple', { displayName: 'Lisa', timeZone: 'Europe/Berlin' });
      expect(res.statusCode).toBe(201);
      const couple = res.json();
      expect(couple.partners).toEqual([
        { id: expect.any(String), displayName: 'Lisa', timeZone: 'Europe/Berlin', me: true },
      ]);
      expect(couple.domains.map((d: { id: string }) => d.id).sort()).toEqual([
        'communication',
        'conflict_resolution',
        'intimacy',
        'logistics',
      ]);
      expect((await lisa.post('/api/couple', { displayName: 'Lisa', timeZone: 'UTC' })).statusCode).toBe(409);
    });

    it('should fail with 400 for a time zone that does not exist, creating nothing', async () => {
      const lisa = await signUp(app(), 'Zone');
      const res = await lisa.post('/api/couple', { displayName: 'Lisa', timeZone: 'Mars/Olympus' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('timeZone');
      expect((await lisa.get('/api/account')).json().couple).toBeNull();
    });

    it('should fail with 401 for anonymous and 403 for a person without a couple', async () => {
      expect((await new Actor(app(), 'anon').get('/api/couple')).statusCode).toBe(401);
      const loner = await signUp(app(), 'Loner');
      const res = await loner.get('/api/couple');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('no_couple');
    });
  });

  describe('invites', () => {
    it('lets the partner join once with a code typed loosely, and never a third person', async () => {
      const lisa = await signUp(app(), 'Lisa');
      await lisa.post('/api/couple', { displayName: 'Lisa', timeZone: 'Europe/Berlin' });
      const { code } = (await lisa.post('/api/couple/invites')).json();
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect((await lisa.get('/api/couple')).json().pendingInvite).not.toBeNull();

      const michael = await signUp(app(), 'Michael');
      const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
      const joined = await michael.post('/api/couple/join', {
        code: typed,
        displayName: 'Michael',
        timeZone: 'America/New_York',
      });
      expect(joined.statusCode).toBe(200);
      expect(joined.json().partners.map((p: { displayName: string }) => p.displayName)).toEqual([
        'Lisa',
        'Michael',
      ]);

      const eve = await signUp(app(), 'Eve');
      const again = await eve.post('/api/couple/join', { code, displayName: 'Eve', timeZone: 'UTC' });
      expect(again.statusCode).toBe(410);
      expect((await lisa.post('/api/couple/invites')).statusCode).toBe(409);
      expect((await eve.get('/api/account')).json().couple).toBeNull();
    });

    it('refuses a wrong code, an expired code and a replaced code', async () => {
      const lisa = await signUp(app(), 'Lisa');
      await lisa.post('/api/couple', { displayName: 'Lisa', timeZone: 'Europe/Berlin' });
      const michael = await signUp(app(), 'Michael');
      const wrong = await michael.post('/api/couple/join', {
        code: 'AAAA-BBBB-CCCC',
        displayName: 'M',
        timeZone: 'UTC',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.field).toBe('code');
      expect(wrong.json().error.say).toEqual({ code: 'refuse.inviteWrong', params: {} });

      const first = (await lisa.post('/api/couple/invites')).json().code;
      const second = (await lisa.post('/api/couple/invites')).json().code;
      expect(
        (await michael.post('/api/couple/join', { code: first, displayName: 'M', timeZone: 'UTC' }))
          .statusCode,
      ).toBe(400);

      await store().db.updateTable('invites').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
      const expired = await michael.post('/api/couple/join', {
        code: second,
        displayName: 'M',
        timeZone: 'UTC',
      });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.message).toMatch(/expired/);
      expect((await michael.get('/api/account')).json().couple).toBeNull();
    });
  });

  describe('profile and domains', () => {
    it('changes a display name and time zone, and adds a domain once', async () => {
      const { a, b } = await makeCouple(app());
      const res = await a.patch('/api/couple/me', { displayName: 'Lisa J.', timeZone: 'Asia/Tokyo' });
      expect(res.statusCode).toBe(200);
      const seenByB = (await b.get('/api/couple')).json().partners.find((p: { me: boolean }) => !p.me);
      expect(seenByB).toMatchObject({ displayName: 'Lisa J.', timeZone: 'Asia/Tokyo' });
      expect((await a.patch('/api/couple/me', {})).statusCode).toBe(400);

      const added = await b.post('/api/couple/domains', { label: 'Money & Chores' });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toEqual({ id: 'money_chores', label: 'Money & Chores', custom: true });
      const taken = await a.post('/api/couple/domains', { label: 'money chores' });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.say).toEqual({
        code: 'refuse.domainExists',
        params: { value: 'money chores' },
      });
      expect((await a.post('/api/couple/domains', { label: '!!!' })).statusCode).toBe(400);
    });
  });
});
