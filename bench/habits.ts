/**
 * Speed of the habits screen (issue 7). A couple with three years of habits is generated here:
 * eight habits in four domains, started over the three years, checked off on about 80% of days
 * in runs and lapses, with skipped weeks and weekly SRBAI answers. GET /api/habits (every habit
 * with strength, streaks, 90-day calendar and chart) is timed through the whole app in-process
 * (`inject`: session, validation, scope, statistics, response schema), beside the raw SQL read of
 * the same rows. Also: habit strength for three years of one habit, the stats call alone and the
 * whole card (series, streaks, calendar, chart, celebrations); and the automaticity estimate that
 * saving an SRBAI answer computes and stores (issue 12), beside the curve fit alone.
 */
import type { FastifyInstance } from 'fastify';
import { computeAutomaticity } from '../src/areas/habits/automaticity.ts';
import { normalizeSchedule } from '../src/areas/habits/rules.ts';
import { calendar, chart, habitNumbers, recentCelebrations } from '../src/areas/habits/strength.ts';
import { addDays, localDate } from '../src/dates.ts';
import { buildApp } from '../src/server/app.ts';
import { defaultConfig } from '../src/server/context.ts';
import { fitAutomaticity } from '../src/stats/automaticity.ts';
import { habitStrength } from '../src/stats/habit-strength.ts';
import { createRng } from '../src/stats/random.ts';
import { openStore, type Store } from '../src/storage/db.ts';
import { newId } from '../src/storage/ids.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { onBothDatabases } from './databases.ts';
import { percentile, type Report, timeRuns } from './harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const DAYS = 3 * 365;

async function signUpCouple(app: FastifyInstance) {
  const call = async (url: string, body: unknown, cookie?: string) =>
    app.inject({ method: 'POST', url, payload: body as object, headers: cookie ? { cookie } : {} });
  const a = await call('/api/account/signup', {
    email: `lisa${Date.now()}@example.com`,
    password: 'bench password 123',
  });
  const cookieA = String(a.headers['set-cookie']).split(';')[0]!;
  const b = await call('/api/account/signup', {
    email: `mike${Date.now()}@example.com`,
    password: 'bench password 123',
  });
  const cookieB = String(b.headers['set-cookie']).split(';')[0]!;
  const couple = (await call('/api/couple', { displayName: 'Lisa', timeZone: 'UTC' }, cookieA)).json();
  const code = (await call('/api/couple/invites', undefined, cookieA)).json().code;
  await call('/api/couple/join', { code, displayName: 'Michael', timeZone: 'UTC' }, cookieB);
  return {
    cookie: cookieA,
    coupleId: couple.id as string,
    lisa: a.json().id as string,
    michael: b.json().id as string,
  };
}

/** Three years of habits for the couple, written straight to the store. Returns the row counts. */
async function generate(store: Store, coupleId: string, lisa: string, michael: string) {
  const rng = createRng(7);
  const today = localDate('UTC');
  const first = addDays(today, -DAYS + 1);
  const plan = [
    { owner: lisa, domain: 'communication', start: 0, schedule: { kind: 'daily' as const } },
    { owner: michael, domain: 'communication', start: 60, schedule: { kind: 'daily' as const } },
    { owner: 'both', domain: 'intimacy', start: 30, schedule: { kind: 'times' as const, times: 3, days: 7 } },
    {
      owner: lisa,
      domain: 'logistics',
      start: 200,
      schedule: { kind: 'weekdays' as const, weekdays: [1, 3, 5] },
    },
    { owner: michael, domain: 'logistics', start: 365, schedule: { kind: 'daily' as const } },
    { owner: 'both', domain: 'conflict_resolution', start: 400, schedule: { kind: 'daily' as const } },
    {
      owner: lisa,
      domain: 'intimacy',
      start: 700,
      schedule: { kind: 'weekdays' as const, weekdays: [6, 7] },
    },
    {
      owner: michael,
      domain: 'conflict_resolution',
      start: 800,
      schedule: { kind: 'times' as const, times: 4, days: 7 },
    },
  ];
  const now = new Date().toISOString();
  const checkoffs: object[] = [];
  const srbai: object[] = [];
  for (const [i, p] of plan.entries()) {
    const id = newId();
    const s = normalizeSchedule(p.schedule);
    const start = addDays(first, p.start);
    await store.db
      .insertInto('habits')
      .values({
        couple_id: coupleId,
        id,
        created_by: lisa,
        owner: p.owner,
        domain: p.domain,
        cue: `After cue ${i}`,
        action: `I do the tiny thing number ${i}`,
        reward: 'a cup of tea',
        schedule_kind: s.kind,
        weekdays: JSON.stringify(s.weekdays),
        times: s.times,
        days: s.days,
        status: 'active',
        status_reason: null,
        status_since: start,
        start_date: start,
        created_at: now,
        updated_at: now,
      })
      .execute();
    let lapse = 0;
    for (let d = p.start; d < DAYS; d++) {
      const date = addDays(first, d);
      if (lapse > 0) {
        lapse--;
        continue;
      }
      if (rng.next() < 0.01) lapse = 2 + Math.floor(rng.next() * 6); // a lapse of a few days
      const skip = d % 120 < 5; // a vacation week now and then
      if (skip || rng.next() < 0.8) {
        const by = p.owner === 'both' ? (rng.next() < 0.5 ? lisa : michael) : p.owner;
        checkoffs.push({
          couple_id: coupleId,
          habit_id: id,
          date,
          kind: skip ? 'skip' : 'done',
          by_user: by,
          appreciation_id: null,
          created_at: now,
        });
      }
      if ((d - p.start) % 7 === 0 && d - p.start < 7 * 16) {
        const v = Math.min(
          7,
          Math.max(1, Math.round(6 - 4 * Math.exp(-0.04 * (d - p.start)) + rng.normal() * 0.5)),
        );
        srbai.push({
          couple_id: coupleId,
          habit_id: id,
          user_id: p.owner === 'both' ? lisa : p.owner,
          date,
          items: JSON.stringify([v, v, v, v]),
          created_at: now,
          automaticity: null,
        });
      }
    }
    // As the app does when an answer is saved: the estimate is kept with the latest answer.
    const mine = srbai.filter((r) => (r as { habit_id: string }).habit_id === id) as {
      date: string;
      items: string;
      automaticity: string | null;
    }[];
    if (mine.length > 0) {
      const answers = mine.map((r) => ({ date: r.date, items: JSON.parse(r.items) as number[] }));
      mine.at(-1)!.automaticity = JSON.stringify(computeAutomaticity(answers, start));
    }
  }
  for (let i = 0; i < checkoffs.length; i += 500)
    await store.db
      .insertInto('habit_checkoffs')
      .values(checkoffs.slice(i, i + 500) as never)
      .execute();
  for (let i = 0; i < srbai.length; i += 500)
    await store.db
      .insertInto('habit_srbai')
      .values(srbai.slice(i, i + 500) as never)
      .execute();
  return { habits: plan.length, checkoffs: checkoffs.length, srbai: srbai.length };
}

/** The same rows the screen reads, by plain queries: habits, check-offs, answers, changes, pace, partners. */
async function rawRead(store: Store, coupleId: string) {
  const db = store.db;
  return Promise.all([
    db.selectFrom('members').select(['user_id', 'display_name']).where('couple_id', '=', coupleId).execute(),
    db.selectFrom('habits').selectAll().where('couple_id', '=', coupleId).execute(),
    db
      .selectFrom('habit_checkoffs')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('habit_id')
      .orderBy('date')
      .execute(),
    db.selectFrom('habit_srbai').selectAll().where('couple_id', '=', coupleId).orderBy('date').execute(),
    db
      .selectFrom('habit_changes')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('state', '=', 'pending')
      .execute(),
    db.selectFrom('pace').selectAll().where('couple_id', '=', coupleId).execute(),
  ]);
}

async function benchDialect(report: Report, dialect: 'SQLite' | 'PostgreSQL', url: string): Promise<void> {
  const store = await openStore({ url });
  await migrateToLatest(store.db);
  const app = await buildApp({ store, config: defaultConfig });
  try {
    const { cookie, coupleId, lisa, michael } = await signUpCouple(app);
    const counts = await generate(store, coupleId, lisa, michael);
    const screen = async () => {
      const res = await app.inject({ method: 'GET', url: '/api/habits', headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(res.body);
    };
    const appMs = await timeRuns(screen, RUNS, 5);
    const rawMs = await timeRuns(() => rawRead(store, coupleId), RUNS, 5);
    const what = `${counts.habits} habits, ${counts.checkoffs} check-offs, ${counts.srbai} SRBAI answers`;
    const baseline = { label: `raw SQL read of the same rows (${what})` };
    report({
      name: `habits screen (3 years), ${dialect}, p50`,
      value: percentile(appMs, 50),
      unit: 'ms',
      better: 'lower',
      baseline: { ...baseline, value: percentile(rawMs, 50) },
    });
    const p99 = percentile(appMs, 99);
    report({
      name: `habits screen (3 years), ${dialect}, p99`,
      value: p99,
      unit: 'ms',
      better: 'lower',
      baseline: { ...baseline, value: percentile(rawMs, 99) },
      target: '≤ 300 ms',
      ok: p99 <= 300,
    });
  } finally {
    await app.close();
    await store.close();
  }
}

function benchStrength(report: Report): void {
  const rng = createRng(11);
  const start = '2022-01-01';
  const entries = Array.from({ length: DAYS }, (_, i) =>
    i % 120 < 5 ? 'skip' : rng.next() < 0.8 ? 1 : null,
  );
  const facts = {
    schedule: normalizeSchedule({ kind: 'daily' }),
    startDate: start,
    status: 'active' as const,
    statusSince: start,
  };
  const marks = entries.flatMap((e, i) =>
    e === null
      ? []
      : [{ date: addDays(start, i), kind: e === 'skip' ? ('skip' as const) : ('done' as const) }],
  );
  const today = addDays(start, DAYS - 1);
  const sync = (f: () => unknown, runs: number) => {
    for (let i = 0; i < 20; i++) f();
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      f();
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  };
  const stats = sync(() => habitStrength(entries, { schedule: { numerator: 1, denominator: 1 } }), 500);
  const card = sync(() => {
    const n = habitNumbers(facts, marks, today);
    calendar(facts, marks, today);
    chart(n, today);
    recentCelebrations(n, today);
  }, 500);
  // The baseline: one pass of exponential smoothing over the same days, the least any score costs.
  const floor = sync(() => {
    let s = 0;
    for (const e of entries) if (e !== 'skip') s = s * 0.95 + (e ? 0.05 : 0);
    return s;
  }, 500);
  report({
    name: 'habit strength, 3 years of one habit (stats), p99',
    value: percentile(stats, 99),
    unit: 'ms',
    better: 'lower',
    baseline: { value: percentile(floor, 99), label: 'one bare smoothing loop over the same days' },
    target: '≤ 5 ms',
    ok: percentile(stats, 99) <= 5,
  });
  report({
    name: 'habit card, 3 years (series, streaks, 90-day calendar, chart, celebrations), p99',
    value: percentile(card, 99),
    unit: 'ms',
    better: 'lower',
    target: '≤ 5 ms',
    ok: percentile(card, 99) <= 5,
  });
}

/** What saving one SRBAI answer costs: the curve fit and its 80 % interval, 16 and 26 answers. */
function benchAutomaticity(report: Report): void {
  const rng = createRng(12);
  for (const weeks of [16, 26]) {
    const start = '2025-01-01';
    const answers = Array.from({ length: weeks }, (_, i) => {
      const v = Math.min(7, Math.max(1, 6 - 4 * Math.exp(-0.04 * 7 * i) + 0.5 * rng.normal()));
      return { date: addDays(start, 7 * i), items: [v, v, v, v] };
    });
    const points = answers.map((a, i) => ({ day: 7 * i, srbai: a.items[0]! }));
    const time = (f: () => unknown) => {
      for (let i = 0; i < 5; i++) f();
      const out: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t0 = performance.now();
        f();
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    };
    const full = time(() => computeAutomaticity(answers, start));
    const fitOnly = time(() => fitAutomaticity(points));
    report({
      name: `automaticity estimate per new SRBAI answer (fit + 80 % interval), ${weeks} answers, p50`,
      value: percentile(full, 50),
      unit: 'ms',
      better: 'lower',
      baseline: { value: percentile(fitOnly, 50), label: 'the curve fit alone' },
      target: '≤ 50 ms (once per answer, never per read)',
      ok: percentile(full, 50) <= 50,
    });
  }
}

export async function run(report: Report): Promise<void> {
  benchStrength(report);
  benchAutomaticity(report);
  await onBothDatabases('habits', (dialect, url) => benchDialect(report, dialect, url));
}
