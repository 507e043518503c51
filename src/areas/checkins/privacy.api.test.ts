import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

/*
 * The privacy property: every statistic shown to B is identical with and without A's private
 * data (private check-ins, private notes, an unshared CSI-4, private conflicts, repairs and
 * promises). fast-check draws random logs; each run uses a fresh couple.
 */

const values = fc.record({
  satisfaction: fc.integer({ min: 0, max: 10 }),
  energy: fc.integer({ min: 0, max: 10 }),
  connection: fc.integer({ min: 0, max: 10 }),
  conflicts: fc.integer({ min: 0, max: 6 }),
  positives: fc.integer({ min: 0, max: 12 }),
});
// Which of the 4 editable days (0 = today … 3 days ago) each partner fills, and how.
const dayPlan = fc.array(fc.option(values, { nil: null }), { minLength: 4, maxLength: 4 });
const logPlan = fc.array(
  fc.record({
    kind: fc.constantFrom('conflict', 'promise'),
    back: fc.integer({ min: 0, max: 40 }),
    kept: fc.boolean(),
  }),
  { maxLength: 5 },
);
const world = fc.record({
  aShared: dayPlan,
  aPrivate: dayPlan,
  b: dayPlan,
  aLogShared: logPlan,
  aLogPrivate: logPlan,
  csi4: fc.tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 5 }),
  ),
});

async function writeLog(
  a: Actor,
  b: Actor,
  plan: { kind: string; back: number; kept: boolean }[],
  visibility: 'shared' | 'private',
) {
  const today = localDate('Europe/Berlin');
  for (const item of plan) {
    const date = addDays(today, -item.back);
    const res = await a.post('/api/log', {
      kind: item.kind,
      date,
      text: `${visibility} ${item.kind}`,
      visibility,
    });
    const id = res.json().id as string;
    if (item.kind === 'promise')
      await a.post(`/api/log/${id}/promise`, { state: item.kept ? 'kept' : 'broken' });
    else
      await a.post('/api/log', {
        kind: 'repair',
        date: addDays(date, item.back % 3),
        text: 'r',
        repairOf: id,
        visibility,
      });
  }
  void b;
}

async function statsFor(b: Actor) {
  const today = localDate('America/New_York');
  const urls = [
    `/api/checkins/week?end=${today}`,
    `/api/checkins/week?end=${addDays(today, 1)}`,
    `/api/rituals/review/month?month=${today.slice(0, 7)}`,
    `/api/rituals/review/week?end=${today}`,
    '/api/checkins/from-log',
    '/api/checkins/csi4',
    // A running experiment's meter counts rated days from what B may see (issue 14).
    '/api/experiments',
    ...[0, 1, 2, 3].map((i) => `/api/checkins/day/${addDays(today, -i)}`),
  ];
  const out: Record<string, unknown> = {};
  for (const u of urls) {
    const res = await b.get(u);
    expect(res.statusCode, `${u}: ${res.body}`).toBe(200);
    out[u] = res.json();
  }
  return out;
}

describe.each(DIALECTS)('check-in privacy on %s', (dialect) => {
  const { app } = useApp(dialect);

  it('shows B the same statistics with and without A’s private data', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { a, b } = await makeCouple(app());
        const aToday = localDate('Europe/Berlin');
        const bToday = localDate('America/New_York');
        const experiment = await a.post('/api/experiments', {
          title: 'Phones away at dinner',
          performer: 'me',
          metric: 'connection',
          startDate: aToday,
        });
        await b.post(`/api/experiments/${experiment.json().id}/accept`);
        for (const [i, v] of w.b.entries())
          if (v)
            await b.post('/api/checkins', {
              ...v,
              date: addDays(bToday, -i),
              note: 'b note',
              noteVisibility: 'shared',
            });
        // A's shared days go first; private days only where A has no shared one (one row per day).
        for (const [i, v] of w.aShared.entries())
          if (v) await a.post('/api/checkins', { ...v, date: addDays(aToday, -i) });
        await writeLog(a, b, w.aLogShared, 'shared');
        const before = await statsFor(b);

        for (const [i, v] of w.aPrivate.entries())
          if (v && !w.aShared[i])
            await a.post('/api/checkins', {
              ...v,
              date: addDays(aToday, -i),
              visibility: 'private',
              note: 'PRIVATE',
            });
        // Private notes on A's shared days: the numbers stay shared, the note does not travel.
        for (const [i, v] of w.aShared.entries())
          if (v) await a.post('/api/checkins', { ...v, date: addDays(aToday, -i), note: 'PRIVATE note' });
        expect((await a.post('/api/checkins/csi4', { items: w.csi4 })).statusCode).toBe(201);
        await writeLog(a, b, w.aLogPrivate, 'private');
        const after = await statsFor(b);

        // Only "updatedAt" of A's re-saved shared days may differ; strip it and compare.
        const strip = (x: unknown) =>
          JSON.parse(JSON.stringify(x, (k, v) => (k === 'updatedAt' ? undefined : v)));
        expect(strip(after)).toEqual(strip(before));
        expect(JSON.stringify(after)).not.toContain('PRIVATE');
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('would notice a leak: A’s shared data does change what B sees', async () => {
    const { a, b } = await makeCouple(app());
    const aToday = localDate('Europe/Berlin');
    const experiment = (
      await a.post('/api/experiments', {
        title: 'Phones away',
        performer: 'me',
        metric: 'connection',
        startDate: aToday,
      })
    ).json();
    await b.post(`/api/experiments/${experiment.id}/accept`);
    const before = await statsFor(b);
    await a.post('/api/checkins', {
      date: localDate('Europe/Berlin'),
      satisfaction: 9,
      energy: 9,
      connection: 9,
      conflicts: 1,
      positives: 7,
    });
    const after = await statsFor(b);
    expect(after).not.toEqual(before);
    // The experiment's meter counts the shared day (when both partners are on the same date).
    if (localDate('America/New_York') === aToday) {
      const rated = (x: Record<string, unknown>) =>
        (x['/api/experiments'] as { experiments: { meter: { ratedDays: number } }[] }).experiments[0]!.meter
          .ratedDays;
      expect(rated(after)).toBe(rated(before) + 1);
    }
  });
});
