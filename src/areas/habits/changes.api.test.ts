import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';
import { backupCouple, serializeBackup } from '../../export/backup.ts';

const habit = (over: Record<string, unknown> = {}) => ({
  cue: 'After dinner',
  action: 'We walk around the block together',
  owner: 'both',
  domain: 'intimacy',
  schedule: { kind: 'daily' },
  ...over,
});

describe.each(DIALECTS)('habit changes, status, SRBAI and erasure on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const create = async (who: Actor, over: Record<string, unknown> = {}) => {
    const res = await who.post('/api/habits', habit(over));
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json();
  };
  /** Moves a pending change's horizon into the past, as if 7 days had gone by. */
  const passHorizon = (habitId: string) =>
    store()
      .db.updateTable('habit_changes')
      .set({ effective_on: addDays(today(), -1) })
      .where('habit_id', '=', habitId)
      .execute();

  it('makes a shared habit harder at once, but easier only after 7 days and both partners’ consent', async () => {
    const { a, b } = await makeCouple(app());
    const h = await create(a, { schedule: { kind: 'times', times: 3, days: 7 } });
    const harder = (await a.patch(`/api/habits/${h.id}`, { schedule: { kind: 'daily' } })).json();
    expect(harder.schedule.kind).toBe('daily');
    expect(harder.pendingChange).toBeNull();

    const eased = (
      await a.patch(`/api/habits/${h.id}`, { schedule: { kind: 'times', times: 2, days: 7 } })
    ).json();
    expect(eased.schedule.kind).toBe('daily');
    const michael = (await b.get('/api/account')).json().id;
    expect(eased.pendingChange).toMatchObject({
      summary: 'Ease the schedule to 2 times in 7 days',
      effectiveOn: addDays(today(), 7),
      waitingFor: [michael],
      mineToConsent: false,
    });
    expect((await b.get(`/api/habits/${h.id}`)).json().pendingChange.mineToConsent).toBe(true);
    // The horizon passes, but Michael has not agreed: nothing changes.
    await passHorizon(h.id);
    expect((await a.get(`/api/habits/${h.id}`)).json().schedule.kind).toBe('daily');
    const agreed = (await b.post(`/api/habits/${h.id}/consent`)).json();
    expect(agreed.schedule).toMatchObject({ kind: 'times', times: 2, days: 7 });
    expect(agreed.pendingChange).toBeNull();
    expect((await b.post(`/api/habits/${h.id}/consent`)).statusCode).toBe(404);
    // A new easing, then a harder schedule at once: the waiting easing is withdrawn.
    await a.patch(`/api/habits/${h.id}`, { schedule: { kind: 'times', times: 1, days: 7 } });
    const firmer = (
      await b.patch(`/api/habits/${h.id}`, { schedule: { kind: 'times', times: 4, days: 7 } })
    ).json();
    expect(firmer).toMatchObject({ schedule: { times: 4, days: 7 }, pendingChange: null });
  });

  it('waits out the horizon for a one-owner habit without asking the partner', async () => {
    const { a } = await makeCouple(app());
    const h = await create(a, {
      owner: 'me',
      domain: 'logistics',
      schedule: { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] },
    });
    const eased = (
      await a.patch(`/api/habits/${h.id}`, { schedule: { kind: 'weekdays', weekdays: [1, 3] } })
    ).json();
    expect(eased.pendingChange.waitingFor).toEqual([]);
    expect(eased.schedule.weekdays).toEqual([1, 2, 3, 4, 5]);
    await passHorizon(h.id);
    expect((await a.get(`/api/habits/${h.id}`)).json().schedule.weekdays).toEqual([1, 3]);
  });

  it('shows a due easing as applied without writing a row, and the next write stores it', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const h = await create(a, { owner: 'me', domain: 'logistics' });
    await a.patch(`/api/habits/${h.id}`, { schedule: { kind: 'weekdays', weekdays: [1, 3] } });
    const paused = await create(a, { owner: 'me', domain: 'communication' });
    await a.post(`/api/habits/${paused.id}/status`, { status: 'paused', reason: 'a busy month' });
    await passHorizon(h.id);
    await passHorizon(paused.id);
    const rows = async () => serializeBackup(await backupCouple(store().db, coupleId));
    const before = await rows();
    for (const who of [a, b]) {
      const list = (await who.get('/api/habits')).json().habits;
      expect(list.find((x: { id: string }) => x.id === h.id)).toMatchObject({
        schedule: { kind: 'weekdays', weekdays: [1, 3] },
        pendingChange: null,
      });
      expect((await who.get(`/api/habits/${paused.id}`)).json()).toMatchObject({
        status: 'paused',
        statusReason: 'a busy month',
        pendingChange: null,
      });
      expect((await who.get('/api/pace')).statusCode).toBe(200);
    }
    expect(await rows()).toBe(before);
    // A write builds on what the reads showed: it stores the change first.
    const edited = (await a.patch(`/api/habits/${h.id}`, { cue: 'After the morning coffee' })).json();
    expect(edited).toMatchObject({ schedule: { weekdays: [1, 3] }, pendingChange: null });
    const stored = await store()
      .db.selectFrom('habit_changes')
      .select(['habit_id', 'state'])
      .where('couple_id', '=', coupleId)
      .execute();
    expect(stored.map((c) => c.state).sort()).toEqual(['applied', 'applied']);
    const row = await store()
      .db.selectFrom('habits')
      .selectAll()
      .where('id', '=', paused.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'paused', status_reason: 'a busy month' });
  });

  it('pauses for illness at once, otherwise after the horizon; retires only with a reason', async () => {
    const { a, b } = await makeCouple(app());
    const h = await create(a);
    const later = (
      await a.post(`/api/habits/${h.id}/status`, { status: 'paused', reason: 'busy month' })
    ).json();
    expect(later.status).toBe('active');
    expect(later.pendingChange.summary).toContain('Pause');
    const ill = (await b.post(`/api/habits/${h.id}/status`, { status: 'paused', illness: true })).json();
    expect(ill).toMatchObject({
      status: 'paused',
      statusReason: 'illness',
      statusSince: localDate('America/New_York'),
    });
    const resting = await a.post(`/api/habits/${h.id}/checkoffs`, { date: today() });
    expect(resting.statusCode).toBe(409);
    expect(resting.json().error.say).toEqual({ code: 'refuse.habitResting', params: {} });
    expect((await a.post(`/api/habits/${h.id}/status`, { status: 'active' })).json().status).toBe('active');
    const noReason = await a.post(`/api/habits/${h.id}/status`, { status: 'retired' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    expect(noReason.json().error.say).toEqual({ code: 'refuse.retireReason', params: {} });
    const retired = (
      await a.post(`/api/habits/${h.id}/status`, {
        status: 'retired',
        reason: 'the cue never happened on weekdays',
      })
    ).json();
    expect(retired).toMatchObject({ status: 'retired', statusReason: 'the cue never happened on weekdays' });
    expect((await a.post(`/api/habits/${h.id}/status`, { status: 'bored' })).json().error.field).toBe(
      'status',
    );
  });

  it('asks the four SRBAI questions weekly and estimates days to automatic once the curve bends', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const h = await create(a, { owner: 'me', startDate: addDays(today(), -2) });
    expect(h.srbaiDue).toBe(true);
    expect((await b.get(`/api/habits/${h.id}`)).json().srbaiDue).toBe(false);
    for (const items of [
      [4, 4, 4],
      [0, 4, 4, 4],
      [4, 4, 4, 8],
      [4, 4, 4, 4.5],
    ]) {
      const res = await a.post(`/api/habits/${h.id}/srbai`, { items });
      expect(res.statusCode, JSON.stringify(items)).toBe(400);
      expect(res.json().error.field).toMatch(/^items/);
    }
    const first = (await a.post(`/api/habits/${h.id}/srbai`, { items: [2, 3, 2, 1] })).json();
    expect(first.srbaiDue).toBe(false);
    expect(first.automaticity).toMatchObject({
      status: 'not enough data',
      answers: 1,
      latest: 2,
      daysLeft: null,
    });
    expect(first.automaticity.explanation).toContain('Not enough data yet');
    // Weekly answers on a Lally curve, a = 6, b = 5, c = 0.05: 95% of the plateau at
    // ln(5 / 0.3) / 0.05 = 56.27 days. Entered directly, as if over seven weeks (day 0 … 49).
    await store()
      .db.updateTable('habits')
      .set({ start_date: addDays(today(), -49) })
      .where('id', '=', h.id)
      .execute();
    await store().db.deleteFrom('habit_srbai').where('habit_id', '=', h.id).execute();
    const user = (await a.get('/api/account')).json().id;
    for (let week = 0; week <= 7; week++) {
      const s = 6 - 5 * Math.exp(-0.05 * 7 * week);
      await store()
        .db.insertInto('habit_srbai')
        .values({
          couple_id: coupleId,
          habit_id: h.id,
          user_id: user,
          date: addDays(today(), -49 + 7 * week),
          items: JSON.stringify([s, s, s, s]),
          created_at: new Date().toISOString(),
        })
        .execute();
    }
    const view = (await b.get(`/api/habits/${h.id}`)).json().automaticity;
    // Today is day 49: 56.27 − 49 ≈ 7 more days; noise-free answers agree, so the interval is a point.
    expect(view).toMatchObject({
      status: 'fitted',
      answers: 8,
      daysLeft: 7,
      daysLeftLow: 7,
      daysLeftHigh: 7,
    });
    expect(view.explanation).toContain('About 7 more days');
    expect(view.level).toBe(0.8);
    // A new answer is fitted once, when it is saved, and the estimate is kept with it.
    const s7 = 6 - 5 * Math.exp(-0.05 * 49);
    await a.post(`/api/habits/${h.id}/srbai`, { items: [s7, s7, s7, s7].map((x) => Math.round(x)) });
    const saved = await store()
      .db.selectFrom('habit_srbai')
      .select(['automaticity'])
      .where('habit_id', '=', h.id)
      .where('date', '=', today())
      .executeTakeFirstOrThrow();
    expect(JSON.parse(saved.automaticity!)).toMatchObject({
      status: 'fitted',
      answers: 8,
      level: 0.8,
      startDate: addDays(today(), -49),
    });
    // Reads present the stored estimate without refitting: a marker value comes straight back.
    await store()
      .db.updateTable('habit_srbai')
      .set({
        automaticity: JSON.stringify({
          status: 'fitted',
          answers: 8,
          startDate: addDays(today(), -49),
          day95: 79,
          low: 60,
          high: null,
          level: 0.8,
        }),
      })
      .where('habit_id', '=', h.id)
      .where('date', '=', today())
      .execute();
    const marked = (await a.get(`/api/habits/${h.id}`)).json().automaticity;
    expect(marked).toMatchObject({ daysLeft: 30, daysLeftLow: 11, daysLeftHigh: null });
    expect(marked.explanation).toContain('cannot yet say how much longer');
    // An estimate from other answers than those stored now (one was removed) is not trusted.
    await store()
      .db.deleteFrom('habit_srbai')
      .where('habit_id', '=', h.id)
      .where('date', '=', addDays(today(), -49))
      .execute();
    const fewer = (await a.get(`/api/habits/${h.id}`)).json().automaticity;
    expect(fewer).toMatchObject({ status: 'fitted', answers: 7 });
    expect(fewer.daysLeft).not.toBe(30);
  });

  it('erases a deleted partner’s habits, check-offs, answers, proposals and audit items', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const lisas = await create(a, {
      owner: 'me',
      domain: 'logistics',
      action: 'I clear the table after dinner',
    });
    const ours = await create(a, { schedule: { kind: 'times', times: 5, days: 7 } });
    const michaels = await create(b, {
      owner: 'me',
      domain: 'communication',
      action: 'I ask one question at dinner',
    });
    await a.post(`/api/habits/${lisas.id}/checkoffs`, { date: today() });
    await a.post(`/api/habits/${ours.id}/checkoffs`, { date: today() });
    await a.post(`/api/habits/${ours.id}/srbai`, { items: [3, 3, 3, 3] });
    await a.patch(`/api/habits/${ours.id}`, { schedule: { kind: 'times', times: 3, days: 7 } });
    await b.post(`/api/habits/${michaels.id}/checkoffs`, { date: localDate('America/New_York') });
    await a.post(`/api/habits/${michaels.id}/checkoffs/${localDate('America/New_York')}/appreciate`);
    await a.post('/api/rewards/audit', { behaviour: 'Silent treatment', label: 'relief' });
    const lisa = (await a.get('/api/account')).json().id;
    expect((await a.delete('/api/account', { password: 'correct horse battery staple' })).statusCode).toBe(
      200,
    );
    const db = store().db;
    const rows = async (t: 'habits' | 'habit_checkoffs' | 'habit_srbai' | 'habit_changes' | 'reward_audit') =>
      db.selectFrom(t).selectAll().where('couple_id', '=', coupleId).execute();
    expect((await rows('habits')).map((r) => (r as { id: string }).id).sort()).toEqual(
      [ours.id, michaels.id].sort(),
    );
    expect(JSON.stringify(await rows('habits'))).not.toContain(lisa);
    expect(JSON.stringify(await rows('habit_checkoffs'))).not.toContain(lisa);
    expect(await rows('habit_checkoffs')).toHaveLength(1);
    expect((await rows('habit_checkoffs'))[0]).toMatchObject({
      habit_id: michaels.id,
      appreciation_id: null,
    });
    expect(await rows('habit_srbai')).toHaveLength(0);
    expect(await rows('habit_changes')).toHaveLength(0);
    expect(await rows('reward_audit')).toHaveLength(0);
    expect((await b.get('/api/habits')).statusCode).toBe(200);
  });
});
