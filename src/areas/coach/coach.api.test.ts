import { describe, expect, it } from 'vitest';
import { makeCouple, PASSWORD, type signUp, today, useApp } from '../../../test/support/app.ts';
import { admitCoach, makeCoach } from '../../../test/support/coach.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

const yesterday = () => addDays(localDate('America/New_York'), -1);

describe.each(DIALECTS)('coach on %s', (dialect) => {
  const { app } = useApp(dialect);

  async function checkin(
    who: Awaited<ReturnType<typeof signUp>>,
    visibility: 'shared' | 'private',
    note: string,
  ) {
    const res = await who.post('/api/checkins', {
      date: yesterday(),
      satisfaction: visibility === 'shared' ? 8 : 2,
      energy: 5,
      connection: 6,
      conflicts: 0,
      positives: 2,
      visibility,
      note,
      noteVisibility: 'private',
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  describe('admission', () => {
    it('sees nothing until both partners consent, then only the areas both named', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const coach = await makeCoach(app());
      const invite = (await a.post('/api/coach-links', { areas: ['checkins', 'habits', 'csi4'] })).json();
      expect((await coach.post('/api/coach/join', { code: invite.code })).statusCode).toBe(200);
      // Joined, but Michael has not consented: the coach gets nothing of the couple.
      expect((await coach.get(`/api/coach/couples/${coupleId}`)).statusCode).toBe(404);
      expect((await coach.get('/api/coach')).json().couples).toEqual([]);
      const links = (await b.get('/api/coach-links')).json().links;
      expect(links[0]).toMatchObject({ status: 'awaiting_consent', coachName: 'Coach', myAreas: null });
      const consent = await b.post(`/api/coach-links/${invite.linkId}/consent`, {
        areas: ['habits', 'experiments'],
      });
      expect(consent.json()).toMatchObject({ status: 'admitted', areas: ['habits'] });
      const prep = await coach.get(`/api/coach/couples/${coupleId}`);
      expect(prep.statusCode).toBe(200);
      const d = prep.json().digest;
      expect(d.areas).toEqual(['habits']);
      expect(d.partners).toEqual(['Lisa', 'Michael']);
      // Only Lisa named checkins and the CSI-4, only Michael experiments: none of them is shown.
      expect([d.trends, d.csi4, d.experiments, d.anchors]).toEqual([null, null, null, null]);
      expect(d.habits).toEqual([]);
    });

    it('a code works once; a wrong code is a 400 naming the field; a used one is gone', async () => {
      const { a } = await makeCouple(app());
      const [one, two] = await Promise.all([makeCoach(app(), 'One'), makeCoach(app(), 'Two')]);
      const { code } = (await a.post('/api/coach-links', { areas: ['habits'] })).json();
      const wrong = await one.post('/api/coach/join', { code: 'ZZZZ-ZZZZ-ZZZZ' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.field).toBe('code');
      expect((await one.post('/api/coach/join', { code })).statusCode).toBe(200);
      expect((await two.post('/api/coach/join', { code })).statusCode).toBe(410);
    });

    it('refuses an area that does not exist, naming the field, and changes nothing', async () => {
      const { a } = await makeCouple(app());
      const res = await a.post('/api/coach-links', { areas: ['habits', 'secrets'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toMatch(/areas/);
      expect((await a.get('/api/coach-links')).json().links).toEqual([]);
      expect((await a.post('/api/coach-links', { areas: [] })).statusCode).toBe(400);
    });

    it('keeps the roles apart: a coach makes no couple space, a partner takes no coach role', async () => {
      const { a } = await makeCouple(app());
      const coach = await makeCoach(app());
      expect((await coach.post('/api/couple', { displayName: 'X', timeZone: 'UTC' })).statusCode).toBe(409);
      expect((await a.post('/api/coach/profile', { displayName: 'Lisa' })).statusCode).toBe(409);
      expect((await a.get('/api/coach')).statusCode).toBe(403);
      expect((await coach.get('/api/log')).statusCode).toBe(403);
    });
  });

  describe('what a coach sees', () => {
    it('never a private check-in, a private note, an unshared CSI-4 or a sealed answer', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const coach = await makeCoach(app());
      await admitCoach(coach, a, b, ['checkins', 'csi4', 'alignment', 'log']);
      await checkin(a, 'shared', 'NOTE-PRIVATE-LISA');
      await checkin(b, 'private', 'NOTE-PRIVATE-MICHAEL');
      expect(
        (await a.post('/api/checkins/csi4', { items: [6, 5, 5, 5], visibility: 'shared' })).statusCode,
      ).toBe(201);
      expect(
        (await b.post('/api/checkins/csi4', { items: [1, 1, 1, 1], visibility: 'private' })).statusCode,
      ).toBe(201);
      const log = await a.post('/api/log', {
        kind: 'note',
        date: today(),
        text: 'LOG-PRIVATE-LISA',
        visibility: 'private',
      });
      expect(log.statusCode).toBe(201);
      const round = (await a.post('/api/alignment/rounds', { quarter: '1999-Q1' })).json();
      const drafted = await a.patch(`/api/alignment/rounds/${round.id}/answer`, {
        optimizingFor: 'SEALED-LISA',
        successMeans: 'SEALED-LISA',
        rewardsSought: 'SEALED-LISA',
        rewards: ['SEALED-LISA'],
        harmonyAuthenticity: 30,
        independenceConnection: 60,
        growthStability: 50,
        familyCareer: 40,
        domains: ['communication', 'intimacy'],
      });
      expect(drafted.statusCode, drafted.body).toBe(200);
      expect((await a.post(`/api/alignment/rounds/${round.id}/submit`)).statusCode).toBe(200);
      const home = await coach.get('/api/coach');
      const prep = await coach.get(`/api/coach/couples/${coupleId}`);
      for (const res of [home, prep]) {
        expect(res.statusCode).toBe(200);
        for (const secret of ['NOTE-PRIVATE', 'LOG-PRIVATE', 'SEALED-LISA'])
          expect(res.body).not.toContain(secret);
      }
      const d = prep.json().digest;
      // Only Lisa's shared check-in counts (satisfaction 8, not Michael's private 2).
      expect(d.trends.find((t: { metric: string }) => t.metric === 'satisfaction')).toMatchObject({
        thisWeek: 8,
        days: 1,
      });
      expect(d.csi4).toEqual([{ month: expect.any(String), partner: 'Lisa', total: 21 }]);
    });

    it('builds the digest from habits, anchors and experiments when consented', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const coach = await makeCoach(app());
      await admitCoach(coach, a, b, ['habits', 'anchors', 'experiments']);
      const domain = (await a.post('/api/couple/domains', { label: 'walks' })).json().id;
      const habit = await a.post('/api/habits', {
        cue: 'After dinner',
        action: 'We walk ten minutes',
        owner: 'both',
        domain,
        schedule: { kind: 'daily' },
        startDate: addDays(today(), -3),
      });
      expect(habit.statusCode, habit.body).toBe(201);
      for (const d of [-3, -2, -1])
        await a.post(`/api/habits/${habit.json().id}/checkoffs`, {
          date: addDays(localDate('Europe/Berlin'), d),
        });
      expect(
        (
          await a.post('/api/anchors', {
            name: 'Sunday talk',
            cadence: { times: 1, days: 7 },
            startDate: addDays(today(), -2),
          })
        ).statusCode,
      ).toBe(201);
      const { digest } = (await coach.get(`/api/coach/couples/${coupleId}`)).json();
      expect(digest.habits).toHaveLength(1);
      expect(digest.habits[0]).toMatchObject({ action: 'We walk ten minutes', status: 'active' });
      expect(digest.habits[0].strength).toBeGreaterThan(0);
      expect(digest.anchors).toEqual([expect.objectContaining({ name: 'Sunday talk', keptInPeriod: 0 })]);
      expect(digest.experiments).toEqual([]);
      expect(digest.trends).toBeNull();
    });
  });

  describe('revocation and other couples', () => {
    it('refuses the very next request after either partner revokes', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const coach = await makeCoach(app());
      const link = await admitCoach(coach, a, b, ['habits']);
      expect((await coach.get(`/api/coach/couples/${coupleId}`)).statusCode).toBe(200);
      const revoked = await b.delete(`/api/coach-links/${link}`);
      expect(revoked.json()).toMatchObject({ status: 'revoked' });
      expect((await coach.get(`/api/coach/couples/${coupleId}`)).statusCode).toBe(404);
      expect(
        (await coach.post(`/api/coach/couples/${coupleId}/session`, { date: yesterday() })).statusCode,
      ).toBe(404);
      expect((await coach.get('/api/coach')).json().couples).toEqual([]);
      // A revoked link takes no consent back to life.
      expect((await a.post(`/api/coach-links/${link}/consent`, { areas: ['habits'] })).statusCode).toBe(409);
    });

    it('a coach of one couple gets nothing of another, and a partner cannot touch another couple’s link', async () => {
      const one = await makeCouple(app());
      const two = await makeCouple(app(), ['Ann', 'Bob']);
      const coach = await makeCoach(app());
      const link = await admitCoach(coach, one.a, one.b, ['habits']);
      expect((await coach.get(`/api/coach/couples/${two.coupleId}`)).statusCode).toBe(404);
      expect((await two.a.delete(`/api/coach-links/${link}`)).statusCode).toBe(404);
      expect(
        (await coach.get('/api/coach')).json().couples.map((c: { coupleId: string }) => c.coupleId),
      ).toEqual([one.coupleId]);
    });
  });

  describe('erasing an account', () => {
    it('a partner who erases their account takes their consent along: the coach is no longer admitted', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const coach = await makeCoach(app());
      await admitCoach(coach, a, b, ['habits']);
      expect((await b.delete('/api/account', { password: PASSWORD })).statusCode).toBe(200);
      expect((await coach.get(`/api/coach/couples/${coupleId}`)).statusCode).toBe(404);
    });

    it('a coach who erases their account ends every link; the couple keeps the record', async () => {
      const { a, b } = await makeCouple(app());
      const coach = await makeCoach(app());
      const link = await admitCoach(coach, a, b, ['habits']);
      expect((await coach.delete('/api/account', { password: PASSWORD })).statusCode).toBe(200);
      const [shown] = (await a.get('/api/coach-links')).json().links;
      expect(shown).toMatchObject({ id: link, status: 'revoked', coachName: null });
    });
  });

  describe('session preparation', () => {
    it('starts from the last session noted, and refuses a session in the future', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const coach = await makeCoach(app());
      await admitCoach(coach, a, b, ['habits']);
      const first = (await coach.get(`/api/coach/couples/${coupleId}`)).json();
      expect(first.lastSessionOn).toBeNull();
      expect(first.digest.from).toBe(addDays(localDate('Europe/Berlin'), -30));
      const held = addDays(localDate('Europe/Berlin'), -5);
      const noted = await coach.post(`/api/coach/couples/${coupleId}/session`, { date: held });
      expect(noted.json()).toMatchObject({ lastSessionOn: held, digest: { from: held } });
      const future = await coach.post(`/api/coach/couples/${coupleId}/session`, {
        date: addDays(localDate('Europe/Berlin'), 2),
      });
      expect(future.statusCode).toBe(400);
      expect(future.json().error.field).toBe('date');
      expect((await coach.get(`/api/coach/couples/${coupleId}`)).json().lastSessionOn).toBe(held);
    });
  });
});
