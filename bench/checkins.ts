/**
 * Check-in speed (issue 6), in-process through the whole app (`inject`: routing, validation,
 * session, scope, serialisation) beside the bare SQL of the same work on the same store:
 * - saving a check-in vs a bare Fastify route running the same SQL (the session lookup, then the
 *   upsert) on the same store, both through `inject` (ratio ≥ 0.5, the spine's CRUD budget);
 * - "this week" and the monthly review for a couple with three years of daily check-ins from
 *   both partners: p99 ≤ 300 ms, printed beside the raw SQL read of the same rows.
 * SQLite and PostgreSQL both; the three years are generated here, directly in the store.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { addDays, localDate } from '../src/dates.ts';
import { buildApp } from '../src/server/app.ts';
import { defaultConfig } from '../src/server/context.ts';
import { openStore, type Store } from '../src/storage/db.ts';
import { newId } from '../src/storage/ids.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { makeCouple } from '../test/support/app.ts';
import { lookUpSession } from './baseline.ts';
import { onBothDatabases } from './databases.ts';
import { percentile, type Report, timeRuns } from './harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

async function threeYears(store: Store, coupleId: string, users: string[], end: string) {
  const rows = [];
  for (let i = 0; i < 3 * 365; i++) {
    const date = addDays(end, -i - 4); // leave the edit window free for the save benchmark
    for (const u of users) {
      if ((i * 7 + u.length) % 11 === 0) continue; // some gaps, as in life
      rows.push({
        couple_id: coupleId,
        id: newId(),
        author_id: u,
        date,
        satisfaction: (i * 3) % 11,
        energy: (i * 5) % 11,
        connection: (i * 7) % 11,
        conflicts: i % 3,
        positives: (i % 7) + 1,
        metrics: '{}',
        visibility: i % 9 === 0 ? ('private' as const) : ('shared' as const),
        note: i % 4 === 0 ? 'a note' : null,
        note_visibility: 'private' as const,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await store.db
      .insertInto('checkins')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

async function measure(label: string, store: Store, report: Report) {
  const app: FastifyInstance = await buildApp({ store, config: defaultConfig });
  const { a } = await makeCouple(app);
  const me = (await a.get('/api/account')).json();
  const coupleId = me.couple.id as string;
  const members = await store.db
    .selectFrom('members')
    .select('user_id')
    .where('couple_id', '=', coupleId)
    .execute();
  const today = localDate('Europe/Berlin');
  const n = await threeYears(
    store,
    coupleId,
    members.map((m) => m.user_id),
    today,
  );
  const cookie = a.cookie!;
  const inject = (method: 'GET' | 'POST', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });

  // 1. Saving a check-in vs the bare upsert.
  let k = 0;
  const body = () => ({
    date: today,
    satisfaction: k % 11,
    energy: 5,
    connection: 6,
    conflicts: 0,
    positives: (k++ % 9) + 1,
  });
  const save = await timeRuns(
    async () => {
      const r = await inject('POST', '/api/checkins', body());
      if (r.statusCode !== 200) throw new Error(r.body);
    },
    RUNS,
    10,
  );
  const baseApp = Fastify();
  baseApp.post('/checkins', async (request) => {
    await lookUpSession(store, request.headers.cookie);
    const { date: _date, ...b } = request.body as ReturnType<typeof body>;
    const v = {
      ...b,
      metrics: '{}',
      visibility: 'shared' as const,
      note: null,
      note_visibility: 'private' as const,
      updated_at: new Date().toISOString(),
    };
    return store.db
      .insertInto('checkins')
      .values({
        couple_id: coupleId,
        id: newId(),
        author_id: me.id,
        created_at: v.updated_at,
        ...v,
        date: addDays(today, -1),
      })
      .onConflict((oc) => oc.columns(['couple_id', 'author_id', 'date']).doUpdateSet(v))
      .returningAll()
      .executeTakeFirstOrThrow();
  });
  const bare = await timeRuns(
    async () => {
      const r = await baseApp.inject({
        method: 'POST',
        url: '/checkins',
        headers: { cookie, 'content-type': 'application/json' },
        payload: JSON.stringify(body()),
      });
      if (r.statusCode !== 200) throw new Error(r.body);
    },
    RUNS,
    10,
  );
  await baseApp.close();
  const perSec = (xs: number[]) => 1000 / percentile(xs, 50);
  const ratio = perSec(save) / perSec(bare);
  report({
    name: `save a check-in, ${label}, median req/s`,
    value: perSec(save),
    unit: 'req/s',
    baseline: { value: perSec(bare), label: 'bare Fastify, same store, same SQL incl. session lookup' },
    better: 'higher',
    target: 'ratio ≥ 0.5',
    ok: ratio >= 0.5,
  });

  // 2. The week and month views of the three-year couple vs the raw read of the same rows.
  const month = today.slice(0, 7);
  const views = [
    { name: 'this week', url: `/api/checkins/week?end=${today}`, from: addDays(today, -6), to: today },
    {
      name: 'monthly review',
      url: `/api/rituals/review/month?month=${month}`,
      from: `${month.slice(0, 5)}${String(Number(month.slice(5)) - 1 || 12).padStart(2, '0')}-01`,
      to: `${month}-31`,
    },
  ];
  for (const v of views) {
    const view = await timeRuns(
      async () => {
        const r = await inject('GET', v.url);
        if (r.statusCode !== 200) throw new Error(r.body);
      },
      RUNS,
      5,
    );
    const raw = await timeRuns(
      () =>
        store.db
          .selectFrom('checkins')
          .selectAll()
          .where('couple_id', '=', coupleId)
          .where('date', '>=', v.from)
          .where('date', '<=', v.to)
          .execute(),
      RUNS,
      5,
    );
    const p99 = percentile(view, 99);
    report({
      name: `${v.name} (3 years, ${n} check-ins), ${label}, p99`,
      value: p99,
      unit: 'ms',
      baseline: { value: percentile(raw, 99), label: 'raw SQL read of the same rows' },
      better: 'lower',
      target: '≤ 300 ms',
      ok: p99 <= 300,
    });
  }
  await app.close();
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('checkins', async (dialect, url) => {
    const store = await openStore({ url, poolSize: 5 });
    try {
      await migrateToLatest(store.db);
      await measure(dialect, store, report);
    } finally {
      await store.close();
    }
  });
}
