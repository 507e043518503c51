import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

// makeCouple puts A in Berlin and B in New York: each partner's "today" is their own local day.
const todayIn = (zone: string) => localDate(zone);
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const day = (over: Record<string, unknown> = {}) => ({
  date: todayIn(BERLIN),
  satisfaction: 7,
  energy: 5,
  connection: 6,
  conflicts: 1,
  positives: 4,
  ...over,
});

describe.each(DIALECTS)('check-ins on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const rows = async (coupleId: string) =>
    store().db.selectFrom('checkins').selectAll().where('couple_id', '=', coupleId).execute();

  describe('POST /api/checkins', () => {
    it('saves a day, replaces it on a second save, and keeps one row per partner per day', async () => {
      const { a, coupleId } = await makeCouple(app());
      const first = await a.post('/api/checkins', day({ note: 'tired but ok' }));
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({
        satisfaction: 7,
        note: 'tired but ok',
        noteVisibility: 'private',
        visibility: 'shared',
        mine: true,
        locked: false,
      });
      const second = await a.post('/api/checkins', day({ satisfaction: 9 }));
      expect(second.json().satisfaction).toBe(9);
      expect(second.json().id).toBe(first.json().id);
      expect(await rows(coupleId)).toHaveLength(1);
    });

    it('rejects out-of-range and unknown fields with a 400 naming the field, and changes nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      const bad = await a.post('/api/checkins', day({ satisfaction: 11 }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('satisfaction');
      const unknown = await a.post('/api/checkins', day({ mood: 3 }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.field).toBe('mood');
      const fake = await a.post('/api/checkins', day({ date: '2025-02-30' }));
      expect(fake.json().error.field).toBe('date');
      expect(await rows(coupleId)).toHaveLength(0);
    });

    it('stores unanswered values as missing, never as a default, and leaves them out of the week means', async () => {
      const { a, coupleId } = await makeCouple(app());
      const today = todayIn(BERLIN);
      const res = await a.post('/api/checkins', { date: today, satisfaction: 8, conflicts: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        satisfaction: 8,
        energy: null,
        connection: null,
        conflicts: null,
        positives: null,
      });
      const [row] = await rows(coupleId);
      expect(row).toMatchObject({ energy: null, connection: null, conflicts: null, positives: null });
      await a.post('/api/checkins', day({ date: addDays(today, -1), energy: 2, conflicts: 1, positives: 3 }));
      const week = (await a.get(`/api/checkins/week?end=${today}`)).json();
      // Energy was answered once (2): an unanswered day is not a zero that would halve it.
      expect(week.means.mine).toMatchObject({ satisfaction: 7.5, energy: 2, conflicts: 1, positives: 3 });
      expect(week.ratio).toMatchObject({ positives: 3, negatives: 1 });
    });

    it('rejects a check-in with nothing answered and no note, and keeps nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      const res = await a.post('/api/checkins', { date: todayIn(BERLIN) });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('satisfaction');
      expect(await rows(coupleId)).toHaveLength(0);
      const noteOnly = await a.post('/api/checkins', { date: todayIn(BERLIN), note: 'a quiet day' });
      expect(noteOnly.statusCode).toBe(200);
    });

    it('fills a forgotten day within 3 days and locks older days, saying why', async () => {
      const { a } = await makeCouple(app());
      const today = todayIn(BERLIN);
      expect((await a.post('/api/checkins', day({ date: addDays(today, -1) }))).statusCode).toBe(200);
      expect((await a.post('/api/checkins', day({ date: addDays(today, -3) }))).statusCode).toBe(200);
      const old = await a.post('/api/checkins', day({ date: addDays(today, -4) }));
      expect(old.statusCode).toBe(409);
      expect(old.json().error).toMatchObject({ field: 'date' });
      expect(old.json().error.message).toMatch(/3 days/);
      const view = (await a.get(`/api/checkins/day/${addDays(today, -4)}`)).json();
      expect(view).toMatchObject({ locked: true, checkin: null });
      expect(view.lockedReason).toMatch(/3 days/);
      expect(view.lock).toEqual({ code: 'past_window', days: 3 });
      expect((await a.post('/api/checkins', day({ date: addDays(today, 2) }))).statusCode).toBe(409);
    });
  });

  describe('GET /api/checkins/day/{date}', () => {
    it('offers the last check-in as a start and says when the CSI-4 is due', async () => {
      const { a } = await makeCouple(app());
      const today = todayIn(BERLIN);
      const empty = (await a.get(`/api/checkins/day/${today}`)).json();
      expect(empty).toMatchObject({ checkin: null, start: null, locked: false, csi4Due: true });
      await a.post('/api/checkins', day({ date: addDays(today, -1), energy: 2 }));
      const view = (await a.get(`/api/checkins/day/${today}`)).json();
      expect(view.startDate).toBe(addDays(today, -1));
      expect(view.start).toMatchObject({ energy: 2, satisfaction: 7, metrics: {} });
    });

    it('offers the conflicts and positive moments logged that day, counting only entries the viewer may see', async () => {
      const { a, b } = await makeCouple(app());
      const today = todayIn(BERLIN);
      const log = (who: Actor, kind: string, visibility: string, date = today) =>
        who.post('/api/log', { kind, date, text: `${kind} ${visibility}`, visibility });
      await log(a, 'conflict', 'shared');
      await log(b, 'appreciation', 'shared');
      await log(a, 'gesture', 'private');
      await log(b, 'conflict', 'private'); // B's private row: never counted for A
      await log(a, 'note', 'shared');
      await log(a, 'conflict', 'shared', addDays(today, -1));
      const view = (await a.get(`/api/checkins/day/${today}`)).json();
      expect(view.logged).toEqual({ conflicts: 1, positives: 2 });
    });
  });

  describe('GET /api/checkins/week', () => {
    it('shows my series, the partner’s shared series with gaps, never a private day or note, and the ratio', async () => {
      const { a, b } = await makeCouple(app());
      const end = todayIn(NEW_YORK);
      await b.post('/api/checkins', day({ date: end, positives: 10, conflicts: 2 }));
      await a.post('/api/checkins', day({ date: end, positives: 6, conflicts: 0, note: 'SECRET-A-NOTE' }));
      await a.post('/api/checkins', {
        // The day before B's today, which is A's yesterday or the day before (their days differ at night).
        ...day({ date: addDays(end, -1), positives: 0, conflicts: 9 }),
        visibility: 'private',
      });
      const week = await b.get(`/api/checkins/week?end=${end}`);
      expect(week.statusCode).toBe(200);
      expect(week.body).not.toContain('SECRET-A-NOTE');
      const w = week.json();
      expect(w.days).toHaveLength(7);
      expect(w.days[6]).toMatchObject({ date: end, mine: { positives: 10 }, partner: { positives: 6 } });
      expect(w.days.slice(0, 5).every((d: { mine: unknown }) => d.mine === null)).toBe(true);
      // A's private day (9 conflicts) is not in B's ratio: 16 positives to 2 conflicts.
      expect(w.ratio).toMatchObject({ positives: 16, negatives: 2, ratio: 8, target: 5 });
      expect(w.ratio.explanation).toMatch(/first impression/);
      const aRes = await a.get(`/api/checkins/week?end=${end}`);
      expect(aRes.statusCode, aRes.body).toBe(200);
      const aWeek = aRes.json();
      expect(aWeek.ratio.negatives).toBe(11);
      const aDay = (await a.get(`/api/checkins/day/${end}`)).json();
      expect(aDay.checkin.note).toBe('SECRET-A-NOTE');
      const bDay = await b.get(`/api/checkins/day/${end}`);
      expect(bDay.json().partner).toMatchObject({ positives: 6, note: null, mine: false, locked: true });
      expect(bDay.body).not.toContain('SECRET-A-NOTE');
      const hidden = addDays(end, -1);
      expect((await b.get(`/api/checkins/day/${hidden}`)).json().partner).toBeNull();
    });

    it('shows a shared note to the partner', async () => {
      const { a, b } = await makeCouple(app());
      const d = todayIn(BERLIN);
      await a.post('/api/checkins', day({ date: d, note: 'a lovely walk', noteVisibility: 'shared' }));
      expect((await b.get(`/api/checkins/day/${d}`)).json().partner.note).toBe('a lovely walk');
    });
  });

  describe('metrics', () => {
    async function proposed(a: Actor, b: Actor) {
      const p = await a.post('/api/checkins/metrics', {
        name: 'Phone-free evenings',
        scaleMin: 0,
        scaleMax: 1,
        better: 'higher',
        domain: 'communication',
      });
      expect(p.statusCode).toBe(201);
      expect(p.json()).toMatchObject({ state: 'proposed', proposedByMe: true, canAccept: false });
      const seen = (await b.get('/api/checkins/metrics')).json().metrics[0];
      expect(seen).toMatchObject({ state: 'proposed', proposedByMe: false, canAccept: true });
      return p.json().id as string;
    }

    it('needs the other partner to accept before a metric joins the check-in; retiring keeps the data', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const id = await proposed(a, b);
      const d = todayIn(BERLIN);
      expect((await a.get(`/api/checkins/day/${d}`)).json().metrics).toEqual([]);
      const early = await a.post('/api/checkins', day({ metrics: { [id]: 1 } }));
      expect(early.statusCode).toBe(400);
      expect(early.json().error.field).toBe(`metrics.${id}`);
      expect((await a.post(`/api/checkins/metrics/${id}/accept`)).statusCode).toBe(403);
      expect((await b.post(`/api/checkins/metrics/${id}/accept`)).json().state).toBe('accepted');
      const twice = await b.post(`/api/checkins/metrics/${id}/accept`);
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.say).toEqual({ code: 'refuse.metricNotWaiting', params: {} });
      expect((await a.get(`/api/checkins/day/${d}`)).json().metrics.map((m: { id: string }) => m.id)).toEqual(
        [id],
      );
      const outOfScale = await a.post('/api/checkins', day({ metrics: { [id]: 3 } }));
      expect(outOfScale.json().error.field).toBe(`metrics.${id}`);
      expect((await a.post('/api/checkins', day({ metrics: { [id]: 1 } }))).json().metrics).toEqual({
        [id]: 1,
      });
      expect((await a.post(`/api/checkins/metrics/${id}/retire`)).json().state).toBe('retired');
      expect((await a.get(`/api/checkins/day/${d}`)).json().metrics).toEqual([]);
      expect(JSON.parse((await rows(coupleId))[0]!.metrics)).toEqual({ [id]: 1 });
    });

    it('answers 400 naming a metric key that is not an id before any rule of the day, a locked one included', async () => {
      const { a } = await makeCouple(app());
      for (const date of [todayIn(BERLIN), '2020-01-01']) {
        const res = await a.post('/api/checkins', day({ date, metrics: { mood: 1_000_000_000 } }));
        expect(res.statusCode, date).toBe(400);
        expect(res.json().error.field).toBe('metrics.mood');
      }
    });

    it('rejects a scale upside down and an unknown domain', async () => {
      const { a } = await makeCouple(app());
      const flat = await a.post('/api/checkins/metrics', {
        name: 'x',
        scaleMin: 3,
        scaleMax: 3,
        better: 'higher',
      });
      expect(flat.json().error.field).toBe('scaleMax');
      const dom = await a.post('/api/checkins/metrics', {
        name: 'x',
        scaleMin: 0,
        scaleMax: 3,
        better: 'lower',
        domain: 'nope',
      });
      expect(dom.json().error.field).toBe('domain');
    });
  });

  describe('CSI-4', () => {
    it('scores 0–21, once a month, and shows the partner only a shared result', async () => {
      const { a, b } = await makeCouple(app());
      const bad = await a.post('/api/checkins/csi4', { items: [3, 6, 3, 3] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('items.1');
      const mine = await a.post('/api/checkins/csi4', { items: [6, 5, 5, 5] });
      expect(mine.json()).toMatchObject({ total: 21, distressed: false, visibility: 'private' });
      expect((await a.post('/api/checkins/csi4', { items: [1, 1, 1, 1] })).statusCode).toBe(409);
      const shared = await b.post('/api/checkins/csi4', { items: [3, 3, 3, 3], visibility: 'shared' });
      expect(shared.json()).toMatchObject({ total: 12, distressed: true });
      const aView = (await a.get('/api/checkins/csi4')).json();
      expect(aView.due).toBe(false);
      expect(aView.cutoff).toBe(13.5);
      expect(aView.results.map((r: { total: number }) => r.total).sort()).toEqual([12, 21]);
      const bView = (await b.get('/api/checkins/csi4')).json();
      expect(bView.results.map((r: { total: number }) => r.total)).toEqual([12]);
    });
  });

  describe('account deletion', () => {
    it('removes every check-in, CSI-4 and ritual row of the person', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      await a.post('/api/checkins', day());
      await b.post('/api/checkins', day({ date: todayIn(NEW_YORK) }));
      await a.post('/api/checkins/csi4', { items: [3, 3, 3, 3] });
      const aId = (await a.get('/api/account')).json().id;
      expect((await a.delete('/api/account', { password: 'correct horse battery staple' })).statusCode).toBe(
        200,
      );
      const db = store().db;
      for (const t of ['checkins', 'csi4'] as const)
        expect(await db.selectFrom(t).select('id').where('author_id', '=', aId).execute(), t).toHaveLength(0);
      expect(
        await db.selectFrom('ritual_feeds').select('user_id').where('user_id', '=', aId).execute(),
      ).toHaveLength(0);
      expect(await rows(coupleId)).toHaveLength(1);
    });
  });
});
