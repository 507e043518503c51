import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { Actor, makeCouple, PASSWORD, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe.each(DIALECTS)('rituals on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  describe('GET/POST/PATCH /api/rituals', () => {
    it('starts every couple with the six built-in rituals, once, even when both partners look at once', async () => {
      const { a, b } = await makeCouple(app());
      const [ra, rb] = await Promise.all([a.get('/api/rituals'), b.get('/api/rituals')]);
      expect(ra.json().rituals.map((r: { key: string }) => r.key)).toEqual([
        'daily_appreciation',
        'morning_gratitude',
        'evening_checkin',
        'weekly_wins',
        'monthly_review',
        'quarterly_celebration',
      ]);
      expect(rb.json().rituals).toHaveLength(6);
      expect(ra.json().rituals[3]).toMatchObject({ cadence: 'weekly', weekday: 7, custom: false });
    });

    it('adds the couple’s own ritual and checks that its cadence has the day it needs', async () => {
      const { a, b } = await makeCouple(app());
      const bad = await a.post('/api/rituals', {
        title: 'Walk',
        prompt: '',
        cadence: 'weekly',
        time: '10:00',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('weekday');
      const badTime = await a.post('/api/rituals', {
        title: 'Walk',
        prompt: '',
        cadence: 'daily',
        time: '25:00',
      });
      expect(badTime.json().error.field).toBe('time');
      const ok = await a.post('/api/rituals', {
        title: 'Walk',
        prompt: 'Talk',
        cadence: 'monthly',
        time: '10:00',
        dayOfMonth: 15,
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ custom: true, dayOfMonth: 15, weekday: null, active: true });
      const moved = await b.patch(`/api/rituals/${ok.json().id}`, { cadence: 'weekly', weekday: 2 });
      expect(moved.json()).toMatchObject({ cadence: 'weekly', weekday: 2, dayOfMonth: null });
      const off = await b.patch(`/api/rituals/${ok.json().id}`, { active: false });
      expect(off.json().active).toBe(false);
      const done = await a.post(`/api/rituals/${ok.json().id}/completions`, { date: localDate(BERLIN) });
      expect(done.statusCode).toBe(409);
      expect(done.json().error.say).toEqual({ code: 'refuse.ritualOff', params: {} });
    });
  });

  describe('POST /api/rituals/{id}/completions', () => {
    it('logs a completion once per day, and saves an appreciation as a shared log entry in the same step', async () => {
      const { a, b } = await makeCouple(app());
      const daily = (await a.get('/api/rituals')).json().rituals[0];
      const today = localDate(BERLIN);
      const res = await a.post(`/api/rituals/${daily.id}/completions`, {
        date: today,
        appreciation: 'Thanks for the soup',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().logEntryId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await a.post(`/api/rituals/${daily.id}/completions`, { date: today })).statusCode).toBe(201);
      const list = (await a.get('/api/rituals')).json().rituals[0];
      expect(list).toMatchObject({ doneByMe: true, lastDone: today, doneLast30: 1 });
      const log = (await b.get('/api/log?kind=appreciation')).json().entries;
      expect(log.map((e: { text: string }) => e.text)).toEqual(['Thanks for the soup']);
      const review = (await b.get(`/api/rituals/review/week?end=${addDays(today, 1)}`)).json();
      expect(review.appreciations.map((w: { text: string }) => w.text)).toEqual(['Thanks for the soup']);
      expect(review.rituals).toEqual([{ title: 'Daily appreciation', times: 1 }]);
      const future = await a.post(`/api/rituals/${daily.id}/completions`, { date: addDays(today, 3) });
      expect(future.json().error.field).toBe('date');
    });
  });

  describe('reviews', () => {
    it('lists each habit’s week in the weekly review', async () => {
      const { a, b } = await makeCouple(app());
      const today = localDate(BERLIN);
      const habit = await a.post('/api/habits', {
        cue: 'After I pour the morning coffee',
        action: 'I ask Michael how he slept',
        reward: 'A square of dark chocolate',
        owner: 'me',
        domain: 'communication',
        schedule: { kind: 'daily' },
      });
      expect(habit.statusCode).toBe(201);
      expect((await a.post(`/api/habits/${habit.json().id}/checkoffs`, { date: today })).statusCode).toBe(
        201,
      );
      const review = (await b.get(`/api/rituals/review/week?end=${addDays(today, 1)}`)).json();
      expect(review.habits).toHaveLength(1);
      expect(review.habits[0]).toMatchObject({
        action: 'I ask Michael how he slept',
        ownerName: 'Lisa',
        done: 1,
      });
      expect(review.habits[0].message.length).toBeGreaterThan(10);
    });

    it('counts a numeric habit’s day in the weekly review only when it met the target', async () => {
      const { a, b } = await makeCouple(app());
      const today = localDate(BERLIN);
      const habit = await a.post('/api/habits', {
        cue: 'After dinner',
        action: 'We talk with phones away',
        reward: 'Tea together',
        owner: 'me',
        domain: 'communication',
        schedule: { kind: 'daily' },
        target: { kind: 'at_least', value: 20, unit: 'minutes' },
      });
      expect(habit.statusCode).toBe(201);
      const id = habit.json().id;
      expect((await a.post(`/api/habits/${id}/checkoffs`, { date: today, value: 10 })).statusCode).toBe(201);
      const short = (await b.get(`/api/rituals/review/week?end=${today}`)).json();
      expect(short.habits[0].done).toBe(0);
      await a.delete(`/api/habits/${id}/checkoffs/${today}`);
      expect((await a.post(`/api/habits/${id}/checkoffs`, { date: today, value: 25 })).statusCode).toBe(201);
      const met = (await b.get(`/api/rituals/review/week?end=${today}`)).json();
      expect(met.habits[0].done).toBe(1);
    });

    it('lists kept promises of the week but not the partner’s private ones', async () => {
      const { a, b } = await makeCouple(app());
      const today = localDate(NEW_YORK);
      for (const [text, visibility] of [
        ['shared promise', 'shared'],
        ['SECRET promise', 'private'],
      ] as const) {
        const p = await a.post('/api/log', { kind: 'promise', date: today, text, visibility });
        await a.post(`/api/log/${p.json().id}/promise`, { state: 'kept' });
      }
      const review = await b.get(`/api/rituals/review/week?end=${today}`);
      expect(review.json().keptPromises.map((w: { text: string }) => w.text)).toEqual(['shared promise']);
      expect(review.body).not.toContain('SECRET');
    });

    it('compares this month’s averages with the previous month’s, from shared days only', async () => {
      const { a, b } = await makeCouple(app());
      const today = localDate(BERLIN);
      const body = { date: today, satisfaction: 8, energy: 6, connection: 7, conflicts: 1, positives: 5 };
      await a.post('/api/checkins', body);
      await b.post('/api/checkins', {
        ...body,
        date: localDate(NEW_YORK),
        satisfaction: 4,
        visibility: 'private',
      });
      const month = today.slice(0, 7);
      const r = (await a.get(`/api/rituals/review/month?month=${month}`)).json();
      const sat = r.metrics.find((m: { field: string }) => m.field === 'satisfaction');
      expect(sat.mine).toMatchObject({ current: 8, previous: null, days: 1, previousDays: 0 });
      expect(sat.partner).toMatchObject({ current: null, days: 0 });
      expect(r.ratio.current).toBe(5);
      expect((await a.get('/api/rituals/review/month?month=2024-13')).json().error.field).toBe('month');
    });
  });

  describe('calendar feed', () => {
    it('serves an iCalendar feed that an independent parser reads: titles, time zone, recurrence', async () => {
      const { b } = await makeCouple(app());
      const created = await b.post('/api/rituals/feed');
      expect(created.statusCode).toBe(201);
      const url = created.json().url as string;
      expect((await b.get('/api/rituals/feed')).json()).toMatchObject({ active: true, url: null });
      const feed = await new Actor(app(), 'calendar app').get(url);
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
      const parsed = ical.sync.parseICS(feed.body);
      expect(Object.values(parsed).some((c) => c?.type === 'VTIMEZONE')).toBe(true);
      const events = Object.values(parsed).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
      expect(events.map((e) => e.summary).sort()).toEqual([
        'attune: daily appreciation',
        'attune: evening check-in',
        'attune: monthly metrics review',
        'attune: morning gratitude share',
        'attune: quarterly celebration',
        'attune: weekly wins review',
      ]);
      const evening = events.find((e) => e.summary === 'attune: evening check-in')!;
      expect((evening.start as { tz?: string }).tz).toBe(NEW_YORK);
      // 21:30 in New York, whatever the server's zone: the wall-clock time in B's zone.
      const wall = new Intl.DateTimeFormat('en-GB', {
        timeZone: NEW_YORK,
        hour: '2-digit',
        minute: '2-digit',
      });
      expect(wall.format(evening.start)).toBe('21:30');
      expect(String(evening.rrule)).toContain('FREQ=DAILY');
      const weekly = events.find((e) => e.summary === 'attune: weekly wins review')!;
      expect(String(weekly.rrule)).toContain('BYDAY=SU');
      const next = weekly.rrule!.between(new Date(), new Date(Date.now() + 15 * 86_400_000));
      expect(next.length).toBeGreaterThanOrEqual(2);
      for (const when of next)
        expect(new Intl.DateTimeFormat('en-US', { timeZone: NEW_YORK, weekday: 'long' }).format(when)).toBe(
          'Sunday',
        );
      const quarterly = events.find((e) => e.summary === 'attune: quarterly celebration')!;
      expect(String(quarterly.rrule)).toMatch(/FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1/);
      expect(feed.body).not.toMatch(/Michael|Lisa|@example/);
    });

    it('dies when regenerated or revoked, grants nothing else, and dies with the account', async () => {
      const { a } = await makeCouple(app());
      const first = (await a.post('/api/rituals/feed')).json().url as string;
      const second = (await a.post('/api/rituals/feed')).json().url as string;
      const stranger = new Actor(app(), 'stranger');
      expect((await stranger.get(first)).statusCode).toBe(404);
      expect((await stranger.get(second)).statusCode).toBe(200);
      const token = second.split('/').pop()!;
      stranger.cookie = `attune_session=${token}`;
      expect((await stranger.get('/api/checkins/week')).statusCode).toBe(401);
      expect((await stranger.get('/api/rituals')).statusCode).toBe(401);
      expect((await a.delete('/api/rituals/feed')).json().active).toBe(false);
      expect((await stranger.get(second)).statusCode).toBe(404);
      const third = (await a.post('/api/rituals/feed')).json().url as string;
      expect((await stranger.get(third)).statusCode).toBe(200);
      const aId = (await a.get('/api/account')).json().id;
      const daily = (await a.get('/api/rituals')).json().rituals[0];
      await a.post(`/api/rituals/${daily.id}/completions`, { date: localDate(BERLIN) });
      expect((await a.delete('/api/account', { password: PASSWORD })).statusCode).toBe(200);
      expect((await stranger.get(third)).statusCode).toBe(404);
      const db = store().db;
      expect(
        await db.selectFrom('ritual_feeds').select('user_id').where('user_id', '=', aId).execute(),
      ).toHaveLength(0);
      expect(
        await db.selectFrom('ritual_completions').select('id').where('author_id', '=', aId).execute(),
      ).toHaveLength(0);
    });
  });

  describe('GET /api/checkins/from-log', () => {
    it('measures repair latency and promise trust from what the viewer may see', async () => {
      const { a, b } = await makeCouple(app());
      const today = localDate(NEW_YORK);
      const conflict = await a.post('/api/log', {
        kind: 'conflict',
        date: addDays(today, -3),
        text: 'c',
        visibility: 'shared',
      });
      await b.post('/api/log', {
        kind: 'repair',
        date: addDays(today, -1),
        text: 'r',
        repairOf: conflict.json().id,
        visibility: 'shared',
      });
      const hidden = await a.post('/api/log', {
        kind: 'conflict',
        date: addDays(today, -9),
        text: 'c2',
        visibility: 'private',
      });
      await a.post('/api/log', {
        kind: 'repair',
        date: addDays(today, -2),
        text: 'r2',
        repairOf: hidden.json().id,
        visibility: 'private',
      });
      for (const state of ['kept', 'kept', 'broken'] as const) {
        const p = await a.post('/api/log', { kind: 'promise', date: today, text: 'p', visibility: 'shared' });
        await b.post(`/api/log/${p.json().id}/promise`, { state });
      }
      const forB = (await b.get('/api/checkins/from-log')).json();
      expect(forB.repairLatency).toMatchObject({ repaired: 1, unrepaired: 0, medianDays: 2 });
      const forA = (await a.get('/api/checkins/from-log')).json();
      expect(forA.repairLatency).toMatchObject({ repaired: 2, medianDays: 4.5 });
      const trustA = forB.promiseTrust.find((p: { mine: boolean }) => !p.mine);
      expect(trustA).toMatchObject({ kept: 2, broken: 1 });
      expect(trustA.score).toBeGreaterThan(0.4);
      expect(trustA.score).toBeLessThan(0.7);
      expect(forB.promiseTrust.find((p: { mine: boolean }) => p.mine)).toMatchObject({
        score: null,
        kept: 0,
      });
    });
  });
});
