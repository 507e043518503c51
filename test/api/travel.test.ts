import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/dates.ts';
import { type Actor, makeCouple, useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';

/*
 * A partner who travels: a "day" is each partner's local calendar day (PRODUCT.md), so when Lisa
 * flies from Pago Pago (UTC−11) to Kiritimati (UTC+14) her today jumps one or two days ahead,
 * and back again on the way home. Check-ins, habit check-offs and rituals keep the dates they
 * were given: no day lost in the air, none doubled on the way back, and her partner's days are
 * his own. Both zones have no daylight saving, so the jump is 1–2 days at any moment.
 */
const HOME = 'Pacific/Pago_Pago';
const AWAY = 'Pacific/Kiritimati';
const PARTNER = 'America/New_York'; // makeCouple's zone for the second partner

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Waits (up to a minute) until no zone's date turns within the next 30 s, so "today" holds for the test. */
async function steadyClock(zones: string[]): Promise<void> {
  const turns = () => zones.some((z) => localDate(z) !== localDate(z, new Date(Date.now() + 30_000)));
  for (let waited = 0; turns() && waited < 60_000; waited += 1000)
    await new Promise((r) => setTimeout(r, 1000));
}

const checkin = (date: string, satisfaction: number) => ({
  date,
  satisfaction,
  energy: 5,
  connection: 6,
  conflicts: 0,
  positives: 3,
});

describe.each(DIALECTS)('a partner who travels across time zones, on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  const moveTo = async (who: Actor, timeZone: string) => {
    const res = await who.patch('/api/couple/me', { timeZone });
    expect(res.statusCode, res.body).toBe(200);
  };
  const ownRows = async (
    table: 'checkins' | 'habit_checkoffs' | 'ritual_completions',
    column: string,
    id: string,
  ) =>
    (
      await store()
        .db.selectFrom(table)
        .select('date')
        .where(column as 'author_id', '=', id)
        .orderBy('date')
        .execute()
    ).map((r) => r.date);

  it('keeps check-ins, habit days and rituals on her local dates there and back', {
    timeout: 120_000,
  }, async () => {
    await steadyClock([HOME, AWAY, PARTNER]);
    const { a, b } = await makeCouple(app());
    const lisaId = (await a.get('/api/account')).json().id as string;
    await moveTo(a, HOME);
    const P = localDate(HOME);
    const K = localDate(AWAY);
    const gap = daysBetween(P, K);
    expect([1, 2]).toContain(gap);
    const inAir = gap === 2 ? [addDays(P, 1)] : []; // a day that passed during the flight

    // At home: today is P; K has not come yet for her.
    expect((await a.get(`/api/checkins/day/${P}`)).json().today).toBe(P);
    expect((await a.post('/api/checkins', checkin(P, 6))).statusCode).toBe(200);
    const habit = await a.post('/api/habits', {
      cue: 'After I pour the coffee',
      action: 'I ask how you slept',
      owner: 'me',
      domain: 'communication',
      schedule: { kind: 'daily' },
      startDate: addDays(P, -2),
    });
    expect(habit.statusCode, habit.body).toBe(201);
    const habitId = habit.json().id as string;
    expect((await a.post(`/api/habits/${habitId}/checkoffs`, { date: P })).statusCode).toBeLessThan(300);
    const early = await a.post(`/api/habits/${habitId}/checkoffs`, { date: K });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('date');
    const ritual = (await a.get('/api/rituals')).json().rituals[0].id as string;
    expect((await a.post(`/api/rituals/${ritual}/completions`, { date: P })).statusCode).toBeLessThan(300);

    // Away: today is K; the days in the air can still be filled in.
    await moveTo(a, AWAY);
    const day = (await a.get(`/api/checkins/day/${K}`)).json();
    expect(day.today).toBe(K);
    expect(day.locked).toBe(false);
    for (const d of [...inAir, K]) {
      expect((await a.post('/api/checkins', checkin(d, 7))).statusCode).toBe(200);
      expect((await a.post(`/api/habits/${habitId}/checkoffs`, { date: d })).statusCode).toBeLessThan(300);
    }
    expect((await a.post(`/api/rituals/${ritual}/completions`, { date: K })).statusCode).toBeLessThan(300);
    const away = (await a.get('/api/habits')).json().habits[0];
    expect(away.doneToday).toBe(true);
    expect(away.calendar.at(-1).date).toBe(K);
    const doneDays = away.calendar
      .filter((c: { state: string }) => c.state === 'done')
      .map((c: { date: string }) => c.date);
    expect(doneDays).toEqual([P, ...inAir, K]);
    expect(away.currentStreak).toBe(gap + 1); // no day lost in the air
    const rituals = (await a.get('/api/rituals')).json().rituals;
    expect(rituals[0]).toMatchObject({ id: ritual, doneByMe: true, lastDone: K });

    // Her partner's day is his own, and he sees her days on her dates.
    const his = localDate(PARTNER);
    expect((await b.get(`/api/checkins/day/${his}`)).json().today).toBe(his);
    const week = (await b.get(`/api/checkins/week?end=${K}`)).json();
    const hers = week.days
      .filter((d: { partner: unknown }) => d.partner !== null)
      .map((d: { date: string }) => d.date);
    expect(hers).toEqual([P, ...inAir, K]);

    // Home again: today is P once more; P's check-in is replaced, not doubled; K's is kept.
    await moveTo(a, HOME);
    const back = (await a.get(`/api/checkins/day/${P}`)).json();
    expect(back.today).toBe(P);
    expect(back.checkin.satisfaction).toBe(6);
    expect((await a.post('/api/checkins', checkin(P, 8))).statusCode).toBe(200);
    expect(await ownRows('checkins', 'author_id', lisaId)).toEqual([P, ...inAir, K]);
    expect(await ownRows('habit_checkoffs', 'by_user', lisaId)).toEqual([P, ...inAir, K]);
    expect(await ownRows('ritual_completions', 'author_id', lisaId)).toEqual([P, K]);
    const home = (await a.get('/api/habits')).json().habits[0];
    expect(home.doneToday).toBe(true);
    expect(home.calendar.at(-1).date).toBe(P);
    expect((await a.get('/api/rituals')).json().rituals[0].doneByMe).toBe(true);

    // And out again: K's check-off is there where it was, once.
    await moveTo(a, AWAY);
    const again = (await a.get('/api/habits')).json().habits[0];
    expect(again.calendar.filter((c: { date: string }) => c.date === K)).toEqual([
      { date: K, state: 'done' },
    ]);
    expect((await a.get(`/api/checkins/day/${K}`)).json().checkin.satisfaction).toBe(7);
  });
});
