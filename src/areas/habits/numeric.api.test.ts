import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, today as todayA, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays } from '../../dates.ts';

// makeCouple: Lisa (a) and Michael (b); the couple's days are Berlin days.
const habit = (over: Record<string, unknown> = {}) => ({
  cue: 'After dinner',
  action: 'I read to Michael from our book',
  owner: 'me',
  domain: 'communication',
  schedule: { kind: 'daily' },
  target: { kind: 'at_least', value: 20, unit: 'minutes' },
  ...over,
});

/** Loop's score step with half-life 13 days: score · m + completion · (1 − m). */
const m = 0.5 ** (1 / 13);
const step = (score: number, completion: number) => score * m + completion * (1 - m);

describe.each(DIALECTS)('numeric habits on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const create = async (who: Actor, over: Record<string, unknown> = {}) => {
    const res = await who.post('/api/habits', habit(over));
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  };
  const checkoffs = (coupleId: string) =>
    store()
      .db.selectFrom('habit_checkoffs')
      .select(['date', 'kind', 'value'])
      .where('couple_id', '=', coupleId)
      .orderBy('date')
      .execute();
  const passHorizon = (habitId: string) =>
    store()
      .db.updateTable('habit_changes')
      .set({ effective_on: addDays(todayA(), -1) })
      .where('habit_id', '=', habitId)
      .execute();

  it('counts amounts against an at-least target: Loop’s numeric score, streaks and calendar', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const h = await create(a, { startDate: addDays(todayA(), -3) });
    expect(h.target).toEqual({
      kind: 'at_least',
      value: 20,
      unit: 'minutes',
      summary: 'at least 20 minutes a day',
    });
    const off = (days: number, value?: number) =>
      a.post(`/api/habits/${h.id}/checkoffs`, { date: addDays(todayA(), -days), value });
    expect((await off(3, 25)).json().value).toBe(25);
    expect((await off(2, 10.5)).statusCode).toBe(201);
    const last = (await off(0, 20)).json();
    // 25 ≥ 20 → 1; 10.5 of 20 → 0.525; nothing yesterday → 0; 20 of 20 → 1.
    const expected = step(step(step(step(0, 1), 0.525), 0), 1);
    expect(last.habit.strength).toBeCloseTo(expected, 3);
    expect(last.habit).toMatchObject({ currentStreak: 1, bestStreak: 1, doneToday: true });
    expect(last.habit.calendar.slice(-4)).toEqual([
      { date: addDays(todayA(), -3), state: 'done', value: 25 },
      { date: addDays(todayA(), -2), state: 'missed', value: 10.5 },
      { date: addDays(todayA(), -1), state: 'missed', value: null },
      { date: todayA(), state: 'done', value: 20 },
    ]);
    expect((await checkoffs(coupleId)).map((c) => [c.kind, Number(c.value)])).toEqual([
      ['done', 2500],
      ['done', 1050],
      ['done', 2000],
    ]);
    // The partner sees the same numbers and each day's amount.
    const seen = (await b.get(`/api/habits/${h.id}`)).json();
    expect(seen.strength).toBeCloseTo(expected, 3);
    expect(seen.recent[0]).toMatchObject({ date: todayA(), value: 20 });
  });

  it('keeps an at-most habit whole on quiet days and scores an over-limit day down', async () => {
    const { a } = await makeCouple(app());
    const h = await create(a, {
      action: 'I keep the phone in the drawer during dinner',
      startDate: addDays(todayA(), -2),
      target: { kind: 'at_most', value: 2, unit: 'checks' },
    });
    expect(h.target.summary).toBe('at most 2 checks a day');
    await a.post(`/api/habits/${h.id}/checkoffs`, { date: addDays(todayA(), -2), value: 3 });
    const today = (await a.post(`/api/habits/${h.id}/checkoffs`, { date: todayA(), value: 0 })).json();
    // At most 2: 3 is 50% over → 0.5; an empty day counts as 0 (kept); 0 → kept. Starts at 1, as Loop.
    expect(today.habit.strength).toBeCloseTo(step(step(step(1, 0.5), 1), 1), 3);
    expect(today.habit.calendar.slice(-3).map((d: { state: string }) => d.state)).toEqual([
      'missed',
      'open',
      'done',
    ]);
  });

  it('refuses bad targets and amounts with a 400 naming the field, changing nothing', async () => {
    const { a, coupleId } = await makeCouple(app());
    const creates: Array<[unknown, string]> = [
      [{ kind: 'at_least', value: 0, unit: 'minutes' }, 'target.value'],
      [{ kind: 'at_least', value: -5, unit: 'minutes' }, 'target.value'],
      [{ kind: 'at_least', value: 1.234, unit: 'minutes' }, 'target.value'],
      [{ kind: 'at_least', value: 20, unit: '  ' }, 'target.unit'],
      [{ kind: 'at_least', value: 20 }, 'target.unit'],
      [{ kind: 'about', value: 20, unit: 'minutes' }, 'target.kind'],
    ];
    for (const [target, field] of creates) {
      const res = await a.post('/api/habits', habit({ target }));
      expect(res.statusCode, JSON.stringify(target)).toBe(400);
      expect(res.json().error.field, JSON.stringify(target)).toBe(field);
    }
    const numeric = await create(a);
    const yesNo = await create(a, { domain: 'logistics', target: undefined });
    expect(yesNo.target).toBeNull();
    const offs: Array<[string, Record<string, unknown>]> = [
      [numeric.id, {}],
      [numeric.id, { value: -1 }],
      [numeric.id, { value: 2.555 }],
      [numeric.id, { kind: 'skip', value: 5 }],
      [yesNo.id, { value: 1 }],
    ];
    for (const [id, body] of offs) {
      const res = await a.post(`/api/habits/${id}/checkoffs`, { date: todayA(), ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field, JSON.stringify(body)).toBe('value');
    }
    expect(await checkoffs(coupleId)).toEqual([]);
    // A skip needs no amount; a yes/no habit can't be given a target later; the direction stays.
    expect(
      (await a.post(`/api/habits/${numeric.id}/checkoffs`, { date: todayA(), kind: 'skip' })).statusCode,
    ).toBe(201);
    const later = await a.patch(`/api/habits/${yesNo.id}`, {
      target: { kind: 'at_least', value: 1, unit: 'x' },
    });
    expect(later.json().error.field).toBe('target');
    const turned = await a.patch(`/api/habits/${numeric.id}`, {
      target: { kind: 'at_most', value: 20, unit: 'minutes' },
    });
    expect(turned.json().error.field).toBe('target.kind');
    expect((await a.get(`/api/habits/${numeric.id}`)).json().target.value).toBe(20);
  });

  it('makes a shared target harder at once, but easier only after 7 days and both partners’ consent', async () => {
    const { a, b } = await makeCouple(app());
    const h = await create(a, { owner: 'both', domain: 'intimacy' });
    const harder = (
      await a.patch(`/api/habits/${h.id}`, { target: { kind: 'at_least', value: 30, unit: 'minutes' } })
    ).json();
    expect(harder.target.value).toBe(30);
    expect(harder.pendingChange).toBeNull();
    const eased = (
      await a.patch(`/api/habits/${h.id}`, { target: { kind: 'at_least', value: 10, unit: 'minutes' } })
    ).json();
    const michael = (await b.get('/api/account')).json().id;
    expect(eased.target.value).toBe(30);
    expect(eased.pendingChange).toMatchObject({
      summary: 'Ease the target to at least 10 minutes',
      effectiveOn: addDays(todayA(), 7),
      waitingFor: [michael],
    });
    await passHorizon(h.id);
    expect((await a.get(`/api/habits/${h.id}`)).json().target.value).toBe(30);
    const agreed = (await b.post(`/api/habits/${h.id}/consent`)).json();
    expect(agreed.target).toMatchObject({ value: 10, summary: 'at least 10 minutes a day' });
    expect(agreed.pendingChange).toBeNull();
    // An easing waits; a harder target then counts at once and withdraws it.
    await a.patch(`/api/habits/${h.id}`, { target: { kind: 'at_least', value: 5, unit: 'minutes' } });
    const firmer = (
      await b.patch(`/api/habits/${h.id}`, { target: { kind: 'at_least', value: 15, unit: 'minutes' } })
    ).json();
    expect(firmer).toMatchObject({ target: { value: 15 }, pendingChange: null });
  });

  it('waits out the horizon for a one-owner at-most habit raised, and lowers it at once', async () => {
    const { a } = await makeCouple(app());
    const h = await create(a, { target: { kind: 'at_most', value: 3, unit: 'coffees' } });
    const raised = (
      await a.patch(`/api/habits/${h.id}`, { target: { kind: 'at_most', value: 4, unit: 'coffees' } })
    ).json();
    expect(raised.target.value).toBe(3);
    expect(raised.pendingChange).toMatchObject({
      waitingFor: [],
      summary: 'Ease the target to at most 4 coffees',
    });
    await passHorizon(h.id);
    expect((await a.get(`/api/habits/${h.id}`)).json().target.value).toBe(4);
    const lowered = (
      await a.patch(`/api/habits/${h.id}`, { target: { kind: 'at_most', value: 1.5, unit: 'coffees' } })
    ).json();
    expect(lowered.target).toMatchObject({ value: 1.5, summary: 'at most 1.5 coffees a day' });
  });

  it('imports Loop numerical habits with their target, unit and each day’s amount', async () => {
    const { a, coupleId } = await makeCouple(app());
    const zip = zipSync({
      'Habits.csv': strToU8(
        'Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n' +
          '001,Glasses of wine,NUMERICAL,How many?,,1,7,#00897B,glasses,AT_MOST,3.0,false\n' +
          '002,Km walked together,NUMERICAL,,,1,1,#00897B,km,AT_LEAST,2.5,false\n',
      ),
      '001 Glasses of wine/Checkmarks.csv': strToU8(
        'Date,Value,Notes\n2024-03-03,0,\n2024-03-02,2000,\n2024-03-01,SKIP,\n',
      ),
      '002 Km walked together/Checkmarks.csv': strToU8('Date,Value,Notes\n2024-03-03,1500,\n2024-03-02,0,\n'),
    });
    const res = await a.post('/api/log/import', {
      fileName: 'Loop Habits CSV 2024-03-04.zip',
      content: Buffer.from(zip).toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().habits).toEqual({ created: 2, checkoffs: 4 });
    const habits = (await a.get('/api/habits')).json().habits as Array<Record<string, any>>;
    const wine = habits.find((h) => h.action === 'Glasses of wine')!;
    const walk = habits.find((h) => h.action === 'Km walked together')!;
    expect(wine.target).toEqual({
      kind: 'at_most',
      value: 3,
      unit: 'glasses',
      summary: 'at most 3 glasses in 7 days',
    });
    expect(wine.schedule).toMatchObject({ kind: 'times', times: 1, days: 7 });
    expect(walk.target).toMatchObject({ kind: 'at_least', value: 2.5, unit: 'km' });
    const days = await store()
      .db.selectFrom('habit_checkoffs')
      .select(['habit_id', 'date', 'kind', 'value'])
      .where('couple_id', '=', coupleId)
      .orderBy('habit_id')
      .orderBy('date')
      .execute();
    const of = (id: string) =>
      days
        .filter((d) => d.habit_id === id)
        .map((d) => [d.date, d.kind, d.value === null ? null : Number(d.value)]);
    // At most: the 0 is kept on record; at least: a 0 says no more than an empty day.
    expect(of(wine.id)).toEqual([
      ['2024-03-01', 'skip', null],
      ['2024-03-02', 'done', 200],
      ['2024-03-03', 'done', 0],
    ]);
    expect(of(walk.id)).toEqual([['2024-03-03', 'done', 150]]);
  });
});
