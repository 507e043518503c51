import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, today, todayB, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays } from '../../dates.ts';
import { requirePartner } from '../../storage/scope.ts';
import { loadWeeklyHabitWins } from './weekly.ts';

// makeCouple: Lisa (a) lives in Europe/Berlin, Michael (b) in America/New_York.
const habit = (over: Record<string, unknown> = {}) => ({
  cue: 'After I pour the morning coffee',
  action: 'I ask Michael how he slept',
  reward: 'A square of dark chocolate',
  owner: 'me',
  domain: 'communication',
  schedule: { kind: 'daily' },
  ...over,
});

describe.each(DIALECTS)('habits on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const count = async (table: 'habits' | 'habit_checkoffs' | 'habit_changes', coupleId: string) =>
    (await store().db.selectFrom(table).select('couple_id').where('couple_id', '=', coupleId).execute())
      .length;
  const create = async (who: Actor, over: Record<string, unknown> = {}) => {
    const res = await who.post('/api/habits', habit(over));
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  };

  describe('POST /api/habits', () => {
    it('starts a habit for me, my partner or both, with schedule and reward', async () => {
      const { a, b } = await makeCouple(app());
      const mine = await create(a);
      expect(mine).toMatchObject({
        ownerName: 'Lisa',
        mine: true,
        status: 'active',
        strength: 0,
        currentStreak: 0,
        reward: 'A square of dark chocolate',
        schedule: { kind: 'daily', summary: 'every day' },
      });
      expect(mine.calendar).toHaveLength(90);
      expect(mine.calendar.at(-1)).toEqual({ date: today(), state: 'open' });
      const michael = (await b.get('/api/couple')).json().partners.find((p: { me: boolean }) => p.me).id;
      const his = await create(a, {
        owner: michael,
        domain: 'logistics',
        schedule: { kind: 'weekdays', weekdays: [5, 1, 3] },
      });
      expect(his).toMatchObject({
        ownerName: 'Michael',
        mine: false,
        schedule: { weekdays: [1, 3, 5], summary: 'on Mon, Wed, Fri' },
      });
      const ours = await create(b, {
        owner: 'both',
        domain: 'intimacy',
        schedule: { kind: 'times', times: 3, days: 7 },
      });
      expect(ours).toMatchObject({
        ownerName: 'Both of you',
        mine: true,
        schedule: { summary: '3 times in 7 days' },
      });
      // Both partners see all three.
      expect((await b.get('/api/habits')).json().habits.map((h: { id: string }) => h.id)).toEqual([
        mine.id,
        his.id,
        ours.id,
      ]);
    });

    it('should fail with 400 naming the field for bad input, suggest tiny versions of vague goals, and change nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      const other = await makeCouple(app(), ['Ann', 'Bob']);
      const stranger = (await other.a.get('/api/account')).json().id;
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ schedule: { kind: 'times', times: 8, days: 7 } }, 'schedule.times'],
        [{ schedule: { kind: 'weekdays', weekdays: [] } }, 'schedule.weekdays'],
        [{ schedule: { kind: 'weekdays' } }, 'schedule.weekdays'],
        [{ schedule: { kind: 'weekdays', weekdays: [8] } }, 'schedule.weekdays.0'],
        [{ schedule: { kind: 'times', days: 7 } }, 'schedule.times'],
        [{ schedule: { kind: 'hourly' } }, 'schedule.kind'],
        [{ owner: stranger }, 'owner'],
        [{ owner: 'nobody' }, 'owner'],
        [{ domain: 'astrology' }, 'domain'],
        [{ cue: '' }, 'cue'],
        [{ cue: undefined }, 'cue'],
        [{ action: undefined }, 'action'],
        [{ action: 'communicate better' }, 'action'],
        [{ action: 'be nicer' }, 'action'],
        [{ startDate: addDays(today(), -30) }, 'startDate'],
        [{ colour: 'blue' }, 'colour'],
      ];
      for (const [over, field] of cases) {
        const res = await a.post('/api/habits', habit(over));
        expect(res.statusCode, JSON.stringify(over)).toBe(400);
        expect(res.json().error.field, JSON.stringify(over)).toBe(field);
      }
      const vague = (await a.post('/api/habits', habit({ action: 'communicate better' }))).json().error
        .message;
      expect(vague).toContain('tiny');
      expect(vague).toContain('ask one question about their day');
      expect(await count('habits', coupleId)).toBe(0);
    });

    it('keeps to the domain’s pace: one new change at a time until the couple raises it', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const first = await create(a);
      const second = await b.post('/api/habits', habit({ action: 'I say one thing I noticed today' }));
      expect(second.statusCode).toBe(400);
      expect(second.json().error.field).toBe('domain');
      expect(second.json().error.message).toContain(first.action);
      expect((await b.patch('/api/pace/communication', { maxActive: 2 })).statusCode).toBe(200);
      expect(
        (await b.post('/api/habits', habit({ action: 'I say one thing I noticed today' }))).statusCode,
      ).toBe(201);
      expect(await count('habits', coupleId)).toBe(2);
    });

    it('applies a retried create with the same Idempotency-Key once', async () => {
      const { a, coupleId } = await makeCouple(app());
      const first = await a.post('/api/habits', habit(), { 'idempotency-key': 'habit-retry-0001' });
      const again = await a.post('/api/habits', habit(), { 'idempotency-key': 'habit-retry-0001' });
      expect(again.statusCode).toBe(201);
      expect(again.json().id).toBe(first.json().id);
      expect(await count('habits', coupleId)).toBe(1);
    });
  });

  describe('check-offs', () => {
    it('scores like Loop, shows the reward at once, celebrates, and freezes on skipped days', async () => {
      const { a, b } = await makeCouple(app());
      const h = await create(a, { startDate: addDays(today(), -3) });
      const off = async (days: number, kind = 'done') =>
        a.post(`/api/habits/${h.id}/checkoffs`, { date: addDays(today(), -days), kind });
      await off(3);
      await off(2);
      const third = await off(1);
      expect(third.statusCode).toBe(201);
      expect(third.json().reward).toBe('A square of dark chocolate');
      expect(third.json().celebration).toMatchObject({ kind: 'streak', value: 3 });
      expect(third.json().celebration.message).toContain('3 in a row');
      const fourth = (await off(0)).json();
      // Loop's YesNoScoreListTest: four days done in a row score 0.192067 (half-life 13 days).
      expect(fourth.habit.strength).toBeCloseTo(0.192, 3);
      expect(fourth.habit).toMatchObject({
        currentStreak: 4,
        bestStreak: 4,
        doneToday: true,
        halfLifeDays: 13,
      });
      expect(fourth.habit.strengthExplained).toContain('19%');
      expect(fourth.habit.chart.at(-1)).toBeCloseTo(0.192, 3);
      expect(fourth.habit.calendar.slice(-4).map((d: { state: string }) => d.state)).toEqual([
        'done',
        'done',
        'done',
        'done',
      ]);
      // Michael sees the same numbers; he cannot check off Lisa's habit.
      expect((await b.get(`/api/habits/${h.id}`)).json().strength).toBeCloseTo(0.192, 3);
      expect((await b.post(`/api/habits/${h.id}/checkoffs`, { date: todayB() })).statusCode).toBe(403);
      // Turning yesterday into a skip freezes the score there: three scored days, 0.14782 in Loop's series.
      const skipped = (await off(1, 'skip')).json().habit;
      expect(skipped.calendar.at(-2).state).toBe('skip');
      expect(skipped.strength).toBeCloseTo(0.148, 3);
      expect(skipped.currentStreak).toBe(3);
    });

    it('refuses future days, days outside the edit window and before the start, changing nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      const h = await create(a, { startDate: addDays(today(), -1) });
      for (const date of [addDays(today(), 1), addDays(today(), -4), addDays(today(), -2), '2025-02-30']) {
        const res = await a.post(`/api/habits/${h.id}/checkoffs`, { date });
        expect(res.statusCode, date).toBe(400);
        expect(res.json().error.field).toBe('date');
      }
      expect(
        (await a.post(`/api/habits/${h.id}/checkoffs`, { date: today(), kind: 'maybe' })).json().error.field,
      ).toBe('kind');
      expect(await count('habit_checkoffs', coupleId)).toBe(0);
      await a.post(`/api/habits/${h.id}/checkoffs`, { date: today() });
      expect((await a.delete(`/api/habits/${h.id}/checkoffs/${today()}`)).json().doneToday).toBe(false);
      expect((await a.delete(`/api/habits/${h.id}/checkoffs/${today()}`)).statusCode).toBe(404);
    });

    it('restarts cheerfully after a lapse', async () => {
      const { a } = await makeCouple(app());
      const h = await create(a, { startDate: addDays(today(), -3) });
      await a.post(`/api/habits/${h.id}/checkoffs`, { date: addDays(today(), -3) });
      await a.post(`/api/habits/${h.id}/checkoffs`, { date: addDays(today(), -2) });
      const back = (await a.post(`/api/habits/${h.id}/checkoffs`, { date: today() })).json();
      expect(back.celebration.kind).toBe('restart');
      expect(back.celebration.message).toContain('lapse is information');
      expect(back.habit).toMatchObject({ currentStreak: 1, bestStreak: 2 });
      expect(back.habit.calendar.at(-2).state).toBe('missed');
    });

    it('lets the partner answer a check-off with one tap, logged as a shared appreciation', async () => {
      const { a, b } = await makeCouple(app());
      const h = await create(a, { startDate: addDays(today(), -1) });
      const date = addDays(today(), -1);
      await a.post(`/api/habits/${h.id}/checkoffs`, { date });
      const feed = (await b.get(`/api/habits/${h.id}`)).json().recent;
      expect(feed).toEqual([
        { date, byId: expect.any(String), byName: 'Lisa', appreciated: false, canAppreciate: true },
      ]);
      expect((await a.post(`/api/habits/${h.id}/checkoffs/${date}/appreciate`)).statusCode).toBe(403);
      const tap = await b.post(`/api/habits/${h.id}/checkoffs/${date}/appreciate`);
      expect(tap.statusCode).toBe(201);
      expect(tap.json().text).toContain('Lisa did "I ask Michael how he slept"');
      const entry = (await a.get(`/api/log/${tap.json().logEntryId}`)).json();
      expect(entry).toMatchObject({
        kind: 'appreciation',
        visibility: 'shared',
        mine: false,
        domains: ['communication'],
      });
      const again = await b.post(`/api/habits/${h.id}/checkoffs/${date}/appreciate`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.say).toEqual({ code: 'refuse.thanksAlready', params: {} });
      expect((await b.post(`/api/habits/${h.id}/checkoffs/${today()}/appreciate`)).statusCode).toBe(404);
      expect((await a.get(`/api/habits/${h.id}`)).json().recent[0].appreciated).toBe(true);
    });
  });

  it('gives the weekly ritual each habit’s week in plain words', async () => {
    const { a, coupleId } = await makeCouple(app());
    const h = await create(a, { startDate: addDays(today(), -3) });
    for (const n of [3, 1, 0]) await a.post(`/api/habits/${h.id}/checkoffs`, { date: addDays(today(), -n) });
    const me = (await a.get('/api/account')).json();
    const viewer = requirePartner({
      userId: me.id,
      email: me.email,
      sessionId: 'test',
      couple: { id: coupleId, role: 'partner', displayName: 'Lisa', timeZone: 'Europe/Berlin' },
    });
    const wins = await loadWeeklyHabitWins(store().db, viewer, addDays(today(), -6));
    // Four days of the week fall on or after the start; three were done.
    expect(wins).toEqual([
      expect.objectContaining({ habitId: h.id, ownerName: 'Lisa', done: 3, expected: 4, kept: false }),
    ]);
  });
});
