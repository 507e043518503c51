import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays } from '../../dates.ts';
import type { Store } from '../../storage/db.ts';
import { newId } from '../../storage/ids.ts';

async function ids(a: Actor) {
  const couple = (await a.get('/api/couple')).json();
  const me = couple.partners.find((p: { me: boolean }) => p.me).id as string;
  const partner = couple.partners.find((p: { me: boolean }) => !p.me).id as string;
  return { me, partner, coupleId: couple.id as string };
}

/** Moves a running experiment into the past: it ran `days` days ago and ended `endedAgo` days ago. */
async function backdate(store: Store, id: string, endedAgo: number) {
  const row = await store.db
    .selectFrom('experiments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const total = (JSON.parse(row.schedule!) as number[]).reduce((s, l) => s + l, 0);
  const start = addDays(today(), -endedAgo - total);
  await store.db
    .updateTable('experiments')
    .set({ start_date: start, end_date: addDays(start, total - 1) })
    .where('id', '=', id)
    .execute();
  return { start, total, schedule: JSON.parse(row.schedule!) as number[] };
}

/** Check-ins for every day from `start`, straight into the store (days past the edit window). */
async function plantCheckins(
  store: Store,
  coupleId: string,
  authorId: string,
  start: string,
  days: number,
  value: (day: number) => number,
  visibility: 'shared' | 'private',
) {
  const now = new Date().toISOString();
  const rows = Array.from({ length: days }, (_, d) => ({
    couple_id: coupleId,
    id: newId(),
    author_id: authorId,
    date: addDays(start, d),
    satisfaction: 5,
    energy: value(d),
    connection: value(d),
    conflicts: 0,
    positives: 3,
    metrics: '{}',
    visibility,
    note: null,
    note_visibility: 'private' as const,
    created_at: now,
    updated_at: now,
  }));
  await store.db.insertInto('checkins').values(rows).execute();
}

/** B days (by the drawn schedule) get `lift`, with a little day-to-day noise. */
const lifted = (schedule: number[], lift: number, base = 5) => {
  const bDay: boolean[] = [];
  schedule.forEach((len, i) => {
    for (let k = 0; k < len; k++) bDay.push(i % 2 === 1);
  });
  return (d: number) => Math.max(0, Math.min(10, base + (bDay[d] ? lift : 0) + ((d * 7) % 3) - 1));
};

describe.each(DIALECTS)('experiments on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  describe('propose and accept', () => {
    it('records the proposer’s acceptance, then locks design, rule and a drawn schedule when the partner accepts', async () => {
      const { a, b } = await makeCouple(app());
      const res = await a.post('/api/experiments', {
        title: 'Phones in the drawer at dinner',
        performer: 'both',
        metric: 'connection',
      });
      expect(res.statusCode).toBe(201);
      const e = res.json();
      expect(e).toMatchObject({
        status: 'proposed',
        design: 'ABAB',
        phaseDays: 7,
        minPhase: 3,
        randomized: true,
      });
      expect(e.acceptances).toHaveLength(1);
      expect(e.canAccept).toBe(false);
      expect(e.rule).toContain('We will call it helpful if felt connection is higher on B days');
      expect(e.schedule).toBeNull();

      expect((await a.post(`/api/experiments/${e.id}/accept`)).statusCode).toBe(409);
      const mine = (await b.get(`/api/experiments/${e.id}`)).json();
      expect(mine.canAccept).toBe(true);
      const accepted = await b.post(`/api/experiments/${e.id}/accept`);
      expect(accepted.statusCode).toBe(200);
      const locked = accepted.json();
      expect(locked.status).toBe('running');
      expect(locked.lockedAt).not.toBeNull();
      expect(locked.acceptances.map((x: { userId: string }) => x.userId)).toEqual([
        e.proposedBy,
        (await ids(b)).me,
      ]);
      const lengths = locked.schedule.phases.map((p: { days: number }) => p.days);
      expect(lengths.reduce((s: number, l: number) => s + l, 0)).toBe(28);
      expect(Math.min(...lengths)).toBeGreaterThanOrEqual(3);
      expect(locked.schedule.seed).toBeGreaterThan(0);
      expect(locked.endDate).toBe(addDays(locked.startDate, 27));
      expect(locked.results).toBeNull();
      expect(locked.resultsOpenOn).toBe(addDays(locked.endDate, 1));
      const twice = await b.post(`/api/experiments/${e.id}/accept`);
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.say).toEqual({ code: 'refuse.experimentNotWaiting', params: {} });
    });

    it('runs one experiment per primary metric, with a clear message', async () => {
      const { a, b } = await makeCouple(app());
      const first = (
        await a.post('/api/experiments', { title: 'Walk after dinner', performer: 'both', metric: 'energy' })
      ).json();
      await b.post(`/api/experiments/${first.id}/accept`);
      const second = await b.post('/api/experiments', {
        title: 'Coffee in bed',
        performer: 'me',
        metric: 'energy',
      });
      expect(second.statusCode).toBe(409);
      expect(second.json().error).toMatchObject({ code: 'conflict', field: 'metric' });
      expect(second.json().error.message).toContain('"Walk after dinner" is already running on energy');
      expect(
        (
          await b.post('/api/experiments', {
            title: 'Coffee in bed',
            performer: 'me',
            metric: 'satisfaction',
          })
        ).statusCode,
      ).toBe(201);
    });

    it('refuses bad input with a 400 naming the field, and creates nothing', async () => {
      const { a } = await makeCouple(app());
      const base = { title: 'Phones away', performer: 'me', metric: 'connection' };
      const cases: [object, string][] = [
        [{ ...base, metric: 'happiness' }, 'metric'],
        [{ ...base, secondary: ['connection'] }, 'secondary.0'],
        [{ ...base, performer: 'both', blind: true }, 'blind'],
        [{ ...base, phaseDays: 4, settlingDays: 3 }, 'settlingDays'],
        [{ ...base, phaseDays: 2 }, 'phaseDays'],
        [{ ...base, design: 'ABA' }, 'design'],
        [{ ...base, startDate: addDays(today(), -3) }, 'startDate'],
        [{ ...base, domain: 'astrology' }, 'domain'],
        [{ ...base, colour: 'blue' }, 'colour'],
        [{ ...base, title: '     ' }, 'title'],
      ];
      for (const [body, field] of cases) {
        const res = await a.post('/api/experiments', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error.field).toBe(field);
      }
      expect((await a.get('/api/experiments')).json().experiments).toEqual([]);
    });

    it('answers a retried proposal with the same Idempotency-Key once', async () => {
      const { a } = await makeCouple(app());
      const body = { title: 'Phones away', performer: 'both', metric: 'positives' };
      const first = await a.post('/api/experiments', body, { 'idempotency-key': 'propose-0001' });
      const again = await a.post('/api/experiments', body, { 'idempotency-key': 'propose-0001' });
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json().id).toBe(first.json().id);
      expect((await a.get('/api/experiments')).json().experiments).toHaveLength(1);
    });

    it('asks for the partner first when nobody has joined yet', async () => {
      const { signUp } = await import('../../../test/support/app.ts');
      const solo = await signUp(app(), 'Solo');
      await solo.post('/api/couple', { displayName: 'Solo', timeZone: 'UTC' });
      const res = await solo.post('/api/experiments', {
        title: 'Phones away',
        performer: 'me',
        metric: 'energy',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('Invite your partner');
    });
  });

  describe('blinding', () => {
    it('tells the blinded partner nothing that reveals a phase, in any response, until the end', async () => {
      const { a, b } = await makeCouple(app());
      const canary = `CANARY-PHASE-${Math.random().toString(36).slice(2, 10)}`;
      const e = (
        await a.post('/api/experiments', {
          title: 'Phones in the drawer',
          performer: 'me',
          metric: 'connection',
          blind: true,
          startDate: today(),
        })
      ).json();
      const { me: lisa, partner: michael } = await ids(a);
      expect(e.blindRater).toBe(michael);
      await b.post(`/api/experiments/${e.id}/accept`);
      const start = (await a.get(`/api/experiments/${e.id}`)).json().startDate as string;

      // The performer knows: schedule, today's phase, their taps.
      const tap = await a.post(`/api/experiments/${e.id}/adherence`, { date: start, note: canary });
      expect(tap.statusCode).toBe(201);
      const perf = tap.json();
      expect(perf.iAmBlinded).toBe(false);
      expect(perf.schedule.phases[0].label).toBe('A1');
      expect(perf.adherence[0]).toMatchObject({ userId: lisa, note: canary });

      // The blinded partner: none of it.
      const blind = (await b.get(`/api/experiments/${e.id}`)).json();
      expect(blind).toMatchObject({ iAmBlinded: true, schedule: null, adherence: null, results: null });
      if (blind.today) expect(blind.today.phase).toBeNull();
      expect((await b.post(`/api/experiments/${e.id}/adherence`, { date: start })).statusCode).toBe(403);
      expect((await a.post(`/api/experiments/${e.id}/guesses`, { date: start, guess: 'A' })).statusCode).toBe(
        403,
      );
      const guess = await b.post(`/api/experiments/${e.id}/guesses`, { date: start, guess: 'B' });
      expect(guess.statusCode).toBe(201);
      expect(guess.json().myGuesses).toEqual([{ date: start, guess: 'B' }]);
      await b.get('/api/experiments');
      await b.get('/api/export');
      const feed = (await b.post('/api/rituals/feed')).json().url as string;
      const ics = await b.get(feed);
      expect(ics.body).toContain('attune: experiment “Phones in the drawer”');
      for (const res of b.received) {
        expect(res.body).not.toContain(canary);
        expect(res.body).not.toMatch(/"label":"[AB]\d"/);
        expect(res.body).not.toMatch(/"seed":\d/);
      }
      // The performer's feed and export do carry what they may know.
      expect((await a.get('/api/export')).body).toContain(canary);

      // After the end the blind lifts: schedule, taps and results with the guesses scored.
      await backdate(store(), e.id, 1);
      const after = (await b.get(`/api/experiments/${e.id}`)).json();
      expect(after.status).toBe('ended');
      expect(after.iAmBlinded).toBe(false);
      expect(after.schedule.phases).toHaveLength(4);
      expect(after.results.blind.guesses).toBeGreaterThanOrEqual(0);
    });
  });

  describe('results', () => {
    it('stay locked while it runs, then give the verdict from what each partner may see', async () => {
      const { a, b } = await makeCouple(app());
      const { me: lisa, partner: michael, coupleId } = await ids(a);
      const e = (
        await a.post('/api/experiments', { title: 'Walk together', performer: 'both', metric: 'energy' })
      ).json();
      await b.post(`/api/experiments/${e.id}/accept`);
      expect((await a.get(`/api/experiments/${e.id}`)).json().results).toBeNull();
      const { start, total, schedule } = await backdate(store(), e.id, 2);
      await plantCheckins(store(), coupleId, lisa, start, total, lifted(schedule, 3), 'shared');
      // Michael's private check-ins say the opposite; they must never move Lisa's analysis.
      await plantCheckins(store(), coupleId, michael, start, total, lifted(schedule, -3, 8), 'private');

      const lisaView = (await a.get(`/api/experiments/${e.id}`)).json();
      expect(lisaView.status).toBe('ended');
      expect(lisaView.results.verdict).toBe('helps');
      expect(lisaView.results.nap).toBeGreaterThan(0.9);
      expect(lisaView.results.p).toBeLessThan(0.05);
      expect(lisaView.results.randomization.exactRule).toBe(true);
      expect(lisaView.results.days).toHaveLength(total);
      expect(lisaView.results.pairs).toHaveLength(2);
      const michaelView = (await b.get(`/api/experiments/${e.id}`)).json();
      expect(michaelView.results.verdict).not.toBe('helps'); // his own ratings go in for him

      // Non-interference: changing Michael's private rows leaves Lisa's results byte-equal.
      await store().db.updateTable('checkins').set({ energy: 10 }).where('author_id', '=', michael).execute();
      const again = (await a.get(`/api/experiments/${e.id}`)).json();
      expect(JSON.stringify(again.results)).toBe(JSON.stringify(lisaView.results));
      // Shared, they do count for her.
      await store()
        .db.updateTable('checkins')
        .set({ visibility: 'shared' })
        .where('author_id', '=', michael)
        .execute();
      expect(JSON.stringify((await a.get(`/api/experiments/${e.id}`)).json().results)).not.toBe(
        JSON.stringify(lisaView.results),
      );
    });

    it('stop early with a reason opens the results; the next step is chosen once', async () => {
      const { a, b } = await makeCouple(app());
      const e = (
        await a.post('/api/experiments', {
          title: 'I text one kind line at noon',
          performer: 'me',
          metric: 'satisfaction',
        })
      ).json();
      await b.post(`/api/experiments/${e.id}/accept`);
      expect((await a.post(`/api/experiments/${e.id}/next`, { step: 'drop' })).statusCode).toBe(409);
      expect((await b.post(`/api/experiments/${e.id}/stop`, { reason: '' })).statusCode).toBe(400);
      const stopped = await b.post(`/api/experiments/${e.id}/stop`, { reason: 'Travel for work all month' });
      expect(stopped.statusCode).toBe(200);
      expect(stopped.json()).toMatchObject({
        status: 'stopped',
        stop: { reason: 'Travel for work all month' },
      });
      expect(stopped.json().results.verdict).toBe('not enough evidence');
      expect((await a.post(`/api/experiments/${e.id}/stop`, { reason: 'again' })).statusCode).toBe(409);
      expect((await a.post(`/api/experiments/${e.id}/next`, { step: 'adopt' })).json().error.field).toBe(
        'cue',
      );
      const adopted = await a.post(`/api/experiments/${e.id}/next`, {
        step: 'adopt',
        cue: 'When I sit down for lunch',
      });
      expect(adopted.statusCode).toBe(200);
      const habitId = adopted.json().nextStep.followUp;
      const habit = (await a.get(`/api/habits/${habitId}`)).json();
      expect(habit.action).toBe('I text one kind line at noon');
      expect((await a.post(`/api/experiments/${e.id}/next`, { step: 'drop' })).statusCode).toBe(409);
    });

    it('runs it again longer as a new proposal', async () => {
      const { a, b } = await makeCouple(app());
      const e = (
        await a.post('/api/experiments', { title: 'Phones away', performer: 'both', metric: 'positives' })
      ).json();
      await b.post(`/api/experiments/${e.id}/accept`);
      await a.post(`/api/experiments/${e.id}/stop`, { reason: 'Too short to tell' });
      expect(
        (await b.post(`/api/experiments/${e.id}/next`, { step: 'rerun', phaseDays: 7 })).statusCode,
      ).toBe(400);
      const rerun = (await b.post(`/api/experiments/${e.id}/next`, { step: 'rerun' })).json();
      const again = (await a.get(`/api/experiments/${rerun.nextStep.followUp}`)).json();
      expect(again).toMatchObject({
        status: 'proposed',
        phaseDays: 14,
        canAccept: true,
        title: 'Phones away',
      });
    });
  });

  it('keeps another couple’s experiments out of reach', async () => {
    const one = await makeCouple(app());
    const two = await makeCouple(app(), ['Ann', 'Bob']);
    const e = (
      await one.a.post('/api/experiments', { title: 'Phones away', performer: 'me', metric: 'energy' })
    ).json();
    expect((await two.a.get(`/api/experiments/${e.id}`)).statusCode).toBe(404);
    expect((await two.a.post(`/api/experiments/${e.id}/accept`)).statusCode).toBe(404);
    expect((await two.a.get('/api/experiments')).json().experiments).toEqual([]);
  });
});
