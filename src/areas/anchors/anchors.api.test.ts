import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, PASSWORD, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays } from '../../dates.ts';
import { requirePartner } from '../../storage/scope.ts';
import { anchorsReport } from './report.ts';

// makeCouple: Lisa (a) lives in Europe/Berlin, Michael (b) in America/New_York.
const weekly = { times: 1, days: 7 };

describe.each(DIALECTS)('anchors on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const count = async (table: 'anchors' | 'anchor_checkoffs' | 'stress_periods', coupleId: string) =>
    (await store().db.selectFrom(table).select('couple_id').where('couple_id', '=', coupleId).execute())
      .length;
  const create = async (who: Actor, body: Record<string, unknown> = {}) => {
    const res = await who.post('/api/anchors', { name: 'Date night', cadence: weekly, ...body });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  };
  /** Plants check-offs in the past directly in the database: the API only takes the last 7 days. */
  const plant = async (coupleId: string, anchorId: string, by: string, dates: string[]) =>
    store()
      .db.insertInto('anchor_checkoffs')
      .values(
        dates.map((date) => ({
          couple_id: coupleId,
          anchor_id: anchorId,
          date,
          by_user: by,
          created_at: `${date}T20:00:00.000Z`,
        })),
      )
      .execute();
  const idOf = async (who: Actor) => (await who.get('/api/account')).json().id as string;

  describe('POST /api/anchors and check-offs', () => {
    it('names an anchor, both partners keep and see it, and one missed week is not a lapse', async () => {
      const { a, b } = await makeCouple(app());
      const anchor = await create(a, { startDate: addDays(today(), -3) });
      expect(anchor).toMatchObject({
        name: 'Date night',
        cadence: { times: 1, days: 7, summary: 'once a week' },
        normalCadence: null,
        source: { kind: 'checkoff' },
        status: 'too_early',
        lapses: [],
      });
      expect(anchor.evidence).toMatch(/enough history/);
      const kept = await b.post(`/api/anchors/${anchor.id}/checkoffs`, { date: addDays(today(), -1) });
      expect(kept.statusCode).toBe(201);
      expect(kept.json().kept).toEqual([addDays(today(), -1)]);
      expect((await a.get('/api/anchors')).json().anchors[0].kept).toEqual([addDays(today(), -1)]);
      const undone = await a.delete(`/api/anchors/${anchor.id}/checkoffs/${addDays(today(), -1)}`);
      expect(undone.json().kept).toEqual([]);
      expect((await a.delete(`/api/anchors/${anchor.id}/checkoffs/${addDays(today(), -1)}`)).statusCode).toBe(
        404,
      );
    });

    it('should fail with 400 naming the field for bad input, and change nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ cadence: { times: 8, days: 7 } }, 'cadence.times'],
        [{ cadence: { times: 0, days: 7 } }, 'cadence.times'],
        [{ cadence: { times: 1 } }, 'cadence.days'],
        [{ name: '  ' }, 'name'],
        [{ source: { kind: 'log', logKind: 'gesture', domain: 'astrology' } }, 'source.domain'],
        // The error of the branch the kind chose, not the first branch's "Unknown field".
        [{ source: { kind: 'log', logKind: 'gesture', domain: 12345 } }, 'source.domain'],
        [{ source: { kind: 'log' } }, 'source.logKind'],
        [{ source: { kind: 'weekly', logKind: 'gesture' } }, 'source.kind'],
        [{ startDate: '2026-02-30' }, 'startDate'],
        [{ colour: 'red' }, 'colour'],
      ];
      for (const [over, field] of cases) {
        const res = await a.post('/api/anchors', { name: 'Date night', cadence: weekly, ...over });
        expect(res.statusCode, JSON.stringify(over)).toBe(400);
        expect(res.json().error.field, JSON.stringify(over)).toBe(field);
      }
      expect(await count('anchors', coupleId)).toBe(0);
      const anchor = await create(a, { startDate: addDays(today(), -2) });
      for (const [date, field] of [
        [addDays(today(), 1), 'date'],
        [addDays(today(), -3), 'date'],
        ['2026-13-01', 'date'],
      ]) {
        const res = await a.post(`/api/anchors/${anchor.id}/checkoffs`, { date });
        expect(res.statusCode, date).toBe(400);
        expect(res.json().error.field).toBe(field);
      }
      expect(await count('anchor_checkoffs', coupleId)).toBe(0);
    });
  });

  describe('lapse detection', () => {
    it('flags a weekly anchor kept for 20 weeks and then missed twice, with the evidence in words', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const start = addDays(today(), -160);
      const anchor = await create(a, { startDate: start });
      // Kept every week until 15 days ago, then nothing.
      const dates: string[] = [];
      for (let d = addDays(start, 3); d <= addDays(today(), -15); d = addDays(d, 7)) dates.push(d);
      await plant(coupleId, anchor.id, await idOf(a), dates);
      const [seen] = (await b.get('/api/anchors')).json().anchors;
      expect(seen.status).toBe('lapsed');
      expect(seen.p).toBeLessThan(0.1);
      expect(seen.evidence).toMatch(/In the last 2 weeks you kept Date night in 0\./);
      expect(seen.evidence).toMatch(/likely between \d+% and 100%/);
      expect(seen.lapses).toHaveLength(1);
      expect(seen.lapses[0]).toMatchObject({ from: addDays(dates.at(-1)!, 1), until: null });
      // One date night back: the rate is in line again, and the lapse has an end.
      await a.post(`/api/anchors/${anchor.id}/checkoffs`, { date: today() });
      const after = (await a.get('/api/anchors')).json().anchors[0];
      expect(after.status).toBe('holding');
      expect(after.lapses[0].until).toBe(today());
      const viewer = requirePartner({
        userId: await idOf(a),
        email: 'x',
        sessionId: 'x',
        couple: { id: coupleId, role: 'partner', displayName: 'Lisa', timeZone: 'Europe/Berlin' },
      });
      expect(await anchorsReport(store().db, viewer)).toEqual([
        { name: 'Date night', cadence: 'once a week', lapses: after.lapses },
      ]);
    });

    it('counts log entries only as the viewer may see them: a private entry keeps the anchor for its author alone', async () => {
      const { a, b } = await makeCouple(app());
      const anchor = await create(a, {
        name: 'Little gestures',
        source: { kind: 'log', logKind: 'gesture', domain: 'intimacy' },
        startDate: addDays(today(), -5),
      });
      expect(anchor.source).toEqual({ kind: 'log', logKind: 'gesture', domain: 'intimacy' });
      const day = addDays(today(), -1);
      const gesture = (visibility: string, domains: string[]) =>
        b.post('/api/log', { kind: 'gesture', date: day, text: 'Flowers', domains, visibility });
      expect((await gesture('private', ['intimacy'])).statusCode).toBe(201);
      expect((await gesture('shared', ['logistics'])).statusCode).toBe(201);
      expect((await a.get('/api/anchors')).json().anchors[0].kept).toEqual([]);
      expect((await b.get('/api/anchors')).json().anchors[0].kept).toEqual([day]);
      expect((await a.post(`/api/anchors/${anchor.id}/checkoffs`, { date: day })).statusCode).toBe(409);
    });
  });

  describe('stress periods', () => {
    it('opens from a shared life event, lowers but never removes an anchor, and restores the floor on close', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const anchor = await create(a, { startDate: addDays(today(), -3) });
      const hidden = await a.post('/api/log', {
        kind: 'life_event',
        date: today(),
        text: 'Scan results',
        visibility: 'private',
      });
      const refused = await a.post('/api/anchors/stress', { lifeEventId: hidden.json().id });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.field).toBe('lifeEventId');
      const note = await a.post('/api/log', {
        kind: 'note',
        date: today(),
        text: 'just a note',
        visibility: 'shared',
      });
      expect((await a.post('/api/anchors/stress', { lifeEventId: note.json().id })).json().error.field).toBe(
        'lifeEventId',
      );
      expect((await b.post('/api/anchors/stress', { lifeEventId: hidden.json().id })).statusCode).toBe(404);
      expect((await a.post('/api/anchors/stress', {})).json().error.field).toBe('name');
      expect(await count('stress_periods', coupleId)).toBe(0);

      const baby = await b.post('/api/log', {
        kind: 'life_event',
        date: addDays(today(), -1),
        text: 'Emma is born 👶',
        visibility: 'shared',
      });
      const opened = await a.post('/api/anchors/stress', { lifeEventId: baby.json().id });
      expect(opened.statusCode).toBe(201);
      expect(opened.json()).toMatchObject({ name: 'Emma is born 👶', closedOn: null, crisisSince: null });
      expect(opened.json().openedOn).toBe(baby.json().date);
      const another = await b.post('/api/anchors/stress', { name: 'Another' });
      expect(another.statusCode).toBe(409);
      expect(another.json().error).toMatchObject({
        message: 'A stress period is already open; close it before opening another.',
        say: { code: 'refuse.stressOpen', params: {} },
      });

      const raise = await b.patch(`/api/anchors/${anchor.id}`, { cadence: { times: 2, days: 7 } });
      expect(raise.statusCode).toBe(400);
      expect(raise.json().error.field).toBe('cadence');
      const lowered = await b.patch(`/api/anchors/${anchor.id}`, { cadence: { times: 1, days: 14 } });
      expect(lowered.json()).toMatchObject({
        cadence: { times: 1, days: 14, summary: 'once in 14 days' },
        normalCadence: { times: 1, days: 7 },
      });
      expect((await a.delete(`/api/anchors/${anchor.id}`)).statusCode).toBe(409);
      expect(await count('anchors', coupleId)).toBe(1);

      const closed = await a.post(`/api/anchors/stress/${opened.json().id}/close`);
      expect(closed.json().closedOn).toBe(today());
      expect((await a.post(`/api/anchors/stress/${opened.json().id}/close`)).statusCode).toBe(409);
      const back = (await a.get('/api/anchors')).json();
      expect(back.stress).toBeNull();
      expect(back.pastStress).toHaveLength(1);
      expect(back.anchors[0]).toMatchObject({ cadence: { times: 1, days: 7 }, normalCadence: null });
      expect((await a.delete(`/api/anchors/${anchor.id}`)).statusCode).toBe(200);
      expect(await count('anchors', coupleId)).toBe(0);
    });

    it('crisis mode pauses every habit but no anchor in one step; closing resumes them with streaks unbroken', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const habit = (
        await a.post('/api/habits', {
          cue: 'After I pour the coffee',
          action: 'I ask how you slept',
          owner: 'me',
          domain: 'communication',
          schedule: { kind: 'daily' },
          startDate: addDays(today(), -3),
        })
      ).json();
      await a.post(`/api/habits/${habit.id}/checkoffs`, { date: addDays(today(), -3) });
      const anchor = await create(b, { startDate: addDays(today(), -3) });
      const period = (await b.post('/api/anchors/stress', { name: 'Job loss' })).json();
      // Michael turns crisis mode on; Lisa's habit pauses too (a stress period is the couple's).
      const crisis = await b.post(`/api/anchors/stress/${period.id}/crisis`);
      expect(crisis.statusCode).toBe(200);
      expect(crisis.json().pausedHabits).toEqual([{ id: habit.id, action: 'I ask how you slept' }]);
      expect((await a.get(`/api/habits/${habit.id}`)).json().status).toBe('paused');
      expect((await b.post(`/api/anchors/stress/${period.id}/crisis`)).statusCode).toBe(409);
      expect((await a.post(`/api/anchors/${anchor.id}/checkoffs`, { date: today() })).statusCode).toBe(201);

      // As if crisis mode had started two days ago.
      const since = addDays(today(), -2);
      await store()
        .db.updateTable('habits')
        .set({ status_since: since })
        .where('id', '=', habit.id)
        .execute();
      await store()
        .db.updateTable('stress_paused_habits')
        .set({ paused_on: since })
        .where('couple_id', '=', coupleId)
        .execute();
      const before = (await a.get(`/api/habits/${habit.id}`)).json();
      expect(before.currentStreak).toBe(1);

      await a.post(`/api/anchors/stress/${period.id}/close`);
      const after = (await a.get(`/api/habits/${habit.id}`)).json();
      expect(after.status).toBe('active');
      expect(after.currentStreak).toBe(1); // the two paused days froze the run instead of breaking it
      expect(after.strength).toBeCloseTo(before.strength, 6);
      const skips = await store()
        .db.selectFrom('habit_checkoffs')
        .select(['date', 'kind'])
        .where('habit_id', '=', habit.id)
        .where('kind', '=', 'skip')
        .orderBy('date')
        .execute();
      expect(skips.map((s) => s.date)).toEqual([since, addDays(since, 1)]);
    });
  });
  describe('account deletion', () => {
    it('removes the person’s check-offs and ratings; the couple keeps its anchors and stress periods, unlinked', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const lisa = await idOf(a);
      const anchor = await create(b, { startDate: addDays(today(), -2) });
      await a.post(`/api/anchors/${anchor.id}/checkoffs`, { date: addDays(today(), -1) });
      const event = (
        await a.post('/api/log', {
          kind: 'life_event',
          date: today(),
          text: 'Moving house',
          visibility: 'shared',
        })
      ).json();
      await a.post('/api/anchors/stress', { lifeEventId: event.id });
      const t = (await a.post('/api/exploration/tries', { ideaId: 'starter-intimacy-02' })).json();
      await a.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 5 });
      await b.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 4 });
      expect((await a.delete('/api/account', { password: PASSWORD })).statusCode).toBe(200);
      const db = store().db;
      expect(
        await db.selectFrom('anchor_checkoffs').selectAll().where('by_user', '=', lisa).execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('exploration_ratings').selectAll().where('user_id', '=', lisa).execute(),
      ).toEqual([]);
      const [period] = await db
        .selectFrom('stress_periods')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .execute();
      expect(period).toMatchObject({ life_event_id: null, opened_by: '', name: 'Moving house' });
      const page = (await b.get('/api/anchors')).json();
      expect(page.anchors).toHaveLength(1);
      expect(page.stress.name).toBe('Moving house');
      const tried = (await b.get('/api/exploration')).json().tries[0];
      expect(tried.ratings).toEqual({ mine: 4, partnerRated: false, partner: null });
    });
  });
});
