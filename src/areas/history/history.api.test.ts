import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

// makeCouple: Lisa (a) lives in Europe/Berlin, Michael (b) in America/New_York; days inside both edit windows.
const dayNY = (n: number) => addDays(localDate('America/New_York'), n);

const checkin = async (who: Actor, date: string, satisfaction: number, visibility: 'shared' | 'private') => {
  const res = await who.post('/api/checkins', {
    date,
    satisfaction,
    energy: 5,
    connection: 5,
    conflicts: 0,
    positives: 2,
    visibility,
  });
  if (res.statusCode !== 200) throw new Error(res.body);
};

const lifeEvent = async (who: Actor, date: string, text: string, visibility: 'shared' | 'private') => {
  const res = await who.post('/api/log', { kind: 'life_event', date, text, visibility });
  if (res.statusCode !== 201) throw new Error(res.body);
};

describe.each(DIALECTS)('history on %s', (dialect) => {
  const { app } = useApp(dialect);

  describe('GET /api/history', () => {
    it('gives each partner a daily series with gaps as null, and the partner’s private days as gaps', async () => {
      const { a, b } = await makeCouple(app());
      const [d0, d1, d2] = [dayNY(-3), dayNY(-2), dayNY(-1)];
      await checkin(a, d1, 7, 'shared');
      await checkin(a, d2, 5, 'shared');
      await checkin(b, d1, 8, 'shared');
      await checkin(b, d2, 3, 'private');
      const url = `/api/history?from=${d0}&to=${d2}`;
      const seen = async (who: Actor) => {
        const res = await who.get(url);
        expect(res.statusCode).toBe(200);
        const h = res.json();
        const sat = h.metrics.find((m: { key: string }) => m.key === 'satisfaction');
        return { h, sat: sat.series.map((s: { values: unknown[] }) => s.values) };
      };
      const forA = await seen(a);
      expect(forA.h.from).toBe(d0);
      expect(forA.h.partners.map((p: { name: string; self: boolean }) => [p.name, p.self])).toEqual([
        ['Lisa', true],
        ['Michael', false],
      ]);
      expect(forA.sat).toEqual([
        [null, 7, 5],
        [null, 8, null],
      ]);
      expect((await seen(b)).sat).toEqual([
        [null, 7, 5],
        [null, 8, 3],
      ]);
      // Without a range it starts at the first check-in the viewer may see.
      const whole = (await a.get('/api/history')).json();
      expect(whole.from).toBe(d1);
      expect(whole.loops).toEqual([]);
    });

    it('answers again from the data after every change the viewer may see (the series are cached)', async () => {
      const { a, b } = await makeCouple(app());
      const [d1, d2] = [dayNY(-2), dayNY(-1)];
      await checkin(a, d1, 7, 'shared');
      await checkin(b, d1, 8, 'shared');
      const url = `/api/history?from=${d1}&to=${d2}`;
      const series = async (key = 'satisfaction') => {
        const h = (await a.get(url)).json();
        return h.metrics
          .find((m: { key: string }) => m.key === key)
          ?.series.map((s: { values: unknown[] }) => s.values);
      };
      expect(await series()).toEqual([
        [7, null],
        [8, null],
      ]);
      // Read twice, so the next answers come after a cached one.
      expect(await series()).toEqual([
        [7, null],
        [8, null],
      ]);
      await checkin(a, d2, 4, 'shared');
      expect(await series()).toEqual([
        [7, 4],
        [8, null],
      ]);
      // The partner takes a day back to private: it becomes a gap for Lisa at once.
      await checkin(b, d1, 8, 'private');
      expect(await series()).toEqual([
        [7, 4],
        [null, null],
      ]);
      await checkin(b, d1, 6, 'shared');
      expect(await series()).toEqual([
        [7, 4],
        [6, null],
      ]);
      // A custom metric joins once accepted, and leaves when retired.
      const proposed = await a.post('/api/checkins/metrics', {
        name: 'Laughter',
        scaleMin: 0,
        scaleMax: 10,
        better: 'higher',
      });
      expect(proposed.statusCode, proposed.body).toBe(201);
      const id = proposed.json().id as string;
      expect(await series(id)).toBeUndefined();
      expect((await b.post(`/api/checkins/metrics/${id}/accept`)).statusCode).toBe(200);
      expect(await series(id)).toEqual([
        [null, null],
        [null, null],
      ]);
      expect((await a.post(`/api/checkins/metrics/${id}/retire`)).statusCode).toBe(200);
      expect(await series(id)).toBeUndefined();
    });

    it('marks the loops of the log, found only from what the viewer may see', async () => {
      const { a, b } = await makeCouple(app());
      for (const [i, visibility] of (
        ['shared', 'private', 'private', 'private', 'private'] as const
      ).entries()) {
        const res = await a.post('/api/log', {
          kind: 'conflict',
          date: dayNY(-60 + 12 * i),
          text: 'The dishes again, left in the sink',
          visibility,
        });
        expect(res.statusCode).toBe(201);
      }
      // Other fights too: a topic in nearly every conflict is how a couple writes, not a loop.
      for (const [i, text] of ['Money for the holiday', 'Late for the cinema', 'Phones at dinner'].entries())
        await a.post('/api/log', { kind: 'conflict', date: dayNY(-55 + 12 * i), text, visibility: 'shared' });
      const forA = (await a.get('/api/history')).json();
      expect(forA.loops).toEqual([expect.objectContaining({ kind: 'recurring-conflict' })]);
      expect(forA.loops[0].dates).toHaveLength(5);
      const mark = forA.annotations.find((x: { kind: string }) => x.kind === 'loop');
      expect(mark).toMatchObject({ date: dayNY(-60), until: dayNY(-12) });
      expect(mark.title).toMatch(/^Recurring conflict: /);
      // Four of the five are Lisa's private entries: Michael's history knows no loop.
      const forB = (await b.get(`/api/history?from=${dayNY(-70)}&to=${dayNY(-1)}`)).json();
      expect(forB.loops).toEqual([]);
      expect(forB.annotations.filter((x: { kind: string }) => x.kind === 'loop')).toEqual([]);
    });

    it('annotates shared life events for both, a private one only for its author, and habits and stress periods', async () => {
      const { a, b } = await makeCouple(app());
      const secret = `CANARY-HISTORY-${Math.random().toString(36).slice(2, 9)}`;
      await lifeEvent(a, dayNY(-1), 'We moved house\nBoxes everywhere', 'shared');
      await lifeEvent(b, dayNY(-1), secret, 'private');
      const habit = await a.post('/api/habits', {
        owner: 'both',
        domain: 'communication',
        cue: 'After I pour the coffee',
        action: 'ask about the day ahead',
        reward: 'a smile',
        schedule: { kind: 'daily' },
      });
      expect(habit.statusCode, habit.body).toBe(201);
      expect((await a.post('/api/anchors/stress', { name: 'Job loss' })).statusCode).toBe(201);

      const forA = await a.get('/api/history');
      expect(forA.body).not.toContain(secret);
      const kinds = forA
        .json()
        .annotations.map((x: { kind: string; title: string }) => `${x.kind}: ${x.title}`);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'life_event: We moved house',
          'habit_started: Started: ask about the day ahead',
          'stress_period: Job loss',
        ]),
      );
      const forB = (await b.get('/api/history')).json();
      expect(forB.annotations.map((x: { title: string }) => x.title)).toContain(secret);
    });

    it('shows an experiment’s phases to its performer, never to the blinded partner while it runs', async () => {
      const { a, b } = await makeCouple(app());
      const proposed = await a.post('/api/experiments', {
        title: 'Phones in the drawer at dinner',
        performer: 'me',
        metric: 'connection',
        blind: true,
        startDate: localDate('Europe/Berlin'),
      });
      expect(proposed.statusCode, proposed.body).toBe(201);
      expect((await b.post(`/api/experiments/${proposed.json().id}/accept`)).statusCode).toBe(200);
      // Up to A's today: at night in Europe, B's today (New York) is the day before the start.
      const experimentOf = async (who: Actor) =>
        (await who.get(`/api/history?to=${localDate('Europe/Berlin')}`))
          .json()
          .annotations.find((x: { kind: string }) => x.kind === 'experiment');
      const forA = await experimentOf(a);
      expect(forA.phases.length).toBeGreaterThan(1);
      expect(forA.phases[0]).toMatchObject({ label: 'A1', condition: 'A' });
      const forB = await experimentOf(b);
      expect(forB.title).toBe('Phones in the drawer at dinner');
      expect(forB.phases).toBeUndefined();
      expect(forB.story).toMatch(/hidden from you until it ends/);
    });

    it('refuses an impossible range with a 400 naming the field', async () => {
      const { a } = await makeCouple(app());
      const bad = await a.get('/api/history?from=2026-02-30');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('from');
      const backwards = await a.get('/api/history?from=2026-05-02&to=2026-05-01');
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.field).toBe('from');
      expect(backwards.json().error.say).toEqual({ code: 'refuse.historyOrder', params: {} });
      const tooLong = await a.get('/api/history?from=2010-01-01&to=2026-05-01');
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error.field).toBe('from');
      expect(tooLong.json().error.say).toMatchObject({ code: 'refuse.historyMax' });
    });
  });
});
