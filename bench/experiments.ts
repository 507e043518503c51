/**
 * The experiment page (issue 14): GET /api/experiments/{id} of a finished ABAB experiment,
 * 4 × 14 days, both partners rating daily, with its whole analysis (primary and two secondary
 * metrics: NAP, Tau-BC, Tau-U, one-sided randomization tests both ways), in-process through the
 * app (`inject`: session, validation, scope, statistics, serialisation), beside the raw SQL read
 * of the same rows. Once with the exact enumeration of the recorded rule (minimum phase 7 days:
 * 4,495 schedules), once with a rule too large to enumerate (minimum 2 days: 20,825 schedules,
 * so 10,000 seeded draws). p99 ≤ 300 ms on SQLite and PostgreSQL.
 */
import type { FastifyInstance } from 'fastify';
import { addDays, localDate } from '../src/dates.ts';
import { buildApp } from '../src/server/app.ts';
import { defaultConfig } from '../src/server/context.ts';
import { openStore, type Store } from '../src/storage/db.ts';
import { newId } from '../src/storage/ids.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { makeCouple } from '../test/support/app.ts';
import { onBothDatabases } from './databases.ts';
import { percentile, type Report, timeRuns } from './harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

async function measure(label: string, store: Store, report: Report) {
  const app: FastifyInstance = await buildApp({ store, config: defaultConfig });
  const { a, b } = await makeCouple(app);
  const e = (
    await a.post('/api/experiments', {
      title: 'Phones in the drawer at dinner',
      performer: 'both',
      metric: 'connection',
      secondary: ['satisfaction', 'energy'],
      phaseDays: 14,
    })
  ).json();
  await b.post(`/api/experiments/${e.id}/accept`);
  const row = await store.db
    .selectFrom('experiments')
    .selectAll()
    .where('id', '=', e.id)
    .executeTakeFirstOrThrow();
  const schedule = JSON.parse(row.schedule!) as number[];
  const start = addDays(localDate('UTC'), -60);
  await store.db
    .updateTable('experiments')
    .set({ start_date: start, end_date: addDays(start, 55) })
    .where('id', '=', e.id)
    .execute();
  const members = await store.db
    .selectFrom('members')
    .select('user_id')
    .where('couple_id', '=', row.couple_id)
    .execute();
  const bDay: boolean[] = schedule.flatMap((len, i) => Array.from({ length: len }, () => i % 2 === 1));
  const now = new Date().toISOString();
  const rows = members.flatMap((m, k) =>
    bDay.map((isB, d) => ({
      couple_id: row.couple_id,
      id: newId(),
      author_id: m.user_id,
      date: addDays(start, d),
      satisfaction: 5 + ((d + k) % 4),
      energy: 4 + ((d * 3 + k) % 5),
      connection: (isB ? 7 : 5) + ((d * 7 + k) % 3) - 1,
      conflicts: d % 3 === 0 ? 1 : 0,
      positives: 3,
      metrics: '{}',
      visibility: 'shared' as const,
      note: null,
      note_visibility: 'private' as const,
      created_at: now,
      updated_at: now,
    })),
  );
  await store.db.insertInto('checkins').values(rows).execute();

  const end = addDays(start, 55);
  const page = async () => {
    const r = await a.get(`/api/experiments/${e.id}`);
    if (r.statusCode !== 200 || r.json().results === null) throw new Error(r.body);
    a.received.length = 0;
    return r.json();
  };
  const raw = () =>
    Promise.all([
      store.db
        .selectFrom('experiments')
        .selectAll()
        .where('couple_id', '=', row.couple_id)
        .where('id', '=', e.id)
        .execute(),
      store.db
        .selectFrom('checkins')
        .selectAll()
        .where('couple_id', '=', row.couple_id)
        .where('date', '>=', start)
        .where('date', '<=', end)
        .execute(),
    ]);
  for (const [name, minPhase] of [
    ['exact, 4,495 schedules', 7],
    ['10,000 draws of 20,825 schedules', 2],
  ] as const) {
    await store.db.updateTable('experiments').set({ min_phase: minPhase }).where('id', '=', e.id).execute();
    const method = (await page()).results.randomization.method;
    if (method !== (minPhase === 7 ? 'exact' : 'monte-carlo'))
      throw new Error(`expected another method than ${method}`);
    const view = await timeRuns(page, RUNS, 5);
    const base = await timeRuns(raw, RUNS, 5);
    const p99 = percentile(view, 99);
    report({
      name: `experiment page, ABAB 4×14 days, ${name}, ${label}, p99`,
      value: p99,
      unit: 'ms',
      baseline: { value: percentile(base, 99), label: 'raw SQL read of the same rows' },
      better: 'lower',
      target: '≤ 300 ms',
      ok: p99 <= 300,
    });
  }
  await app.close();
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('experiments', async (dialect, url) => {
    const store = await openStore({ url, poolSize: 5 });
    try {
      await migrateToLatest(store.db);
      await measure(dialect, store, report);
    } finally {
      await store.close();
    }
  });
}
