/**
 * Coach (issue 17): a coach's home with 200 admitted couples on PostgreSQL — each couple's
 * weekly digest (check-in trends, experiments, anchors kept and lapsed, habits' strength, shared
 * CSI-4), through the app's full request path (session lookup, admission from the consents,
 * every read through the coach's rules) — beside the raw read of the same rows: one plain query
 * per table for all 200 couples, no rules, no digest. p50/p99 over repeated runs, in process.
 *
 * The couples are written straight into the store (signing up 400 people would time Argon2,
 * not the coach's home): two partners, all areas consented, 3 habits with 60 days of check-offs,
 * 14 days of shared check-ins each, 2 anchors with check-offs, an experiment, 2 shared CSI-4s.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { hashToken } from '../src/areas/account/store.ts';
import { buildApp } from '../src/server/app.ts';
import { defaultConfig } from '../src/server/context.ts';
import { openStore } from '../src/storage/db.ts';
import { newId, nowIso } from '../src/storage/ids.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import type { Database } from '../src/storage/tables.ts';
import { COACH_AREAS } from '../src/storage/viewer.ts';
import { startPostgres } from '../test/support/pg-server.ts';
import { percentile, type Report, timeRuns } from './harness.ts';

const COUPLES = 200;
const RUNS = 30;
const TARGET_MS = 500;

const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);

async function seed(db: Kysely<Database>) {
  const now = nowIso();
  const coachId = newId();
  await db
    .insertInto('users')
    .values({ id: coachId, email: 'coach@bench.test', password_hash: 'x', created_at: now })
    .execute();
  await db
    .insertInto('coach_profiles')
    .values({ user_id: coachId, display_name: 'Coach', created_at: now })
    .execute();
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: newId(),
      token_hash: hashToken(token),
      user_id: coachId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      user_agent: 'bench',
    })
    .execute();
  const coupleIds: string[] = [];
  for (let c = 0; c < COUPLES; c++) {
    const couple = newId();
    coupleIds.push(couple);
    const [a, b] = [newId(), newId()];
    const link = newId();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values(
          [a, b].map((id, i) => ({
            id,
            email: `p${c}-${i}@bench.test`,
            password_hash: 'x',
            created_at: now,
          })),
        )
        .execute();
      await trx
        .insertInto('couples')
        .values({ id: couple, created_at: now, log_default_visibility: 'shared' })
        .execute();
      await trx
        .insertInto('members')
        .values(
          [a, b].map((user_id, i) => ({
            couple_id: couple,
            user_id,
            role: 'partner' as const,
            display_name: `P${c}${i}`,
            time_zone: 'Europe/Berlin',
            joined_at: now,
          })),
        )
        .execute();
      await trx
        .insertInto('coach_links')
        .values({
          couple_id: couple,
          id: link,
          code_hash: `bench-${couple}`,
          invited_by: a,
          created_at: now,
          expires_at: now,
          coach_id: coachId,
          joined_at: now,
          revoked_at: null,
          revoked_by: null,
          last_session_on: null,
        })
        .execute();
      await trx
        .insertInto('coach_consents')
        .values(
          [a, b].map((user_id) => ({
            couple_id: couple,
            link_id: link,
            user_id,
            areas: JSON.stringify(COACH_AREAS),
            updated_at: now,
          })),
        )
        .execute();
      const habits = [0, 1, 2].map((h) => ({
        couple_id: couple,
        id: newId(),
        created_by: a,
        owner: 'both',
        domain: 'communication',
        cue: 'After dinner',
        action: `Habit ${h}`,
        reward: '',
        schedule_kind: 'daily' as const,
        weekdays: '[]',
        times: 1,
        days: 1,
        status: 'active' as const,
        status_reason: null,
        status_since: day(60),
        start_date: day(60),
        created_at: now,
        updated_at: now,
        target_kind: null,
        target_value: null,
        unit: null,
      }));
      await trx.insertInto('habits').values(habits).execute();
      await trx
        .insertInto('habit_checkoffs')
        .values(
          habits.flatMap((h) =>
            Array.from({ length: 60 }, (_, d) => d)
              .filter((d) => d % 3 !== 0)
              .map((d) => ({
                couple_id: couple,
                habit_id: h.id,
                date: day(d + 1),
                kind: 'done' as const,
                by_user: a,
                appreciation_id: null,
                created_at: now,
                value: null,
              })),
          ),
        )
        .execute();
      await trx
        .insertInto('checkins')
        .values(
          [a, b].flatMap((author_id) =>
            Array.from({ length: 14 }, (_, d) => ({
              couple_id: couple,
              id: newId(),
              author_id,
              date: day(d + 1),
              satisfaction: 5 + (d % 4),
              energy: 6,
              connection: 4 + (d % 5),
              conflicts: 0,
              positives: 2,
              metrics: '{}',
              visibility: 'shared' as const,
              note: null,
              note_visibility: 'private' as const,
              created_at: now,
              updated_at: now,
            })),
          ),
        )
        .execute();
      const anchors = [0, 1].map((k) => ({
        couple_id: couple,
        id: newId(),
        name: `Anchor ${k}`,
        times: 1,
        days: 7,
        lowered_times: null,
        lowered_days: null,
        source: 'checkoff' as const,
        log_kind: null,
        log_domain: null,
        start_date: day(90),
        created_by: a,
        created_at: now,
        updated_at: now,
      }));
      await trx.insertInto('anchors').values(anchors).execute();
      await trx
        .insertInto('anchor_checkoffs')
        .values(
          anchors.flatMap((an, k) =>
            Array.from({ length: 12 }, (_, w) => ({
              couple_id: couple,
              anchor_id: an.id,
              date: day(w * 7 + k + 1),
              by_user: a,
              created_at: now,
            })),
          ),
        )
        .execute();
      await trx
        .insertInto('experiments')
        .values({
          couple_id: couple,
          id: newId(),
          title: 'Phones away',
          performer: 'both',
          blind_rater: null,
          metric: 'connection',
          better: 'higher',
          secondary: '[]',
          design: 'ABAB',
          phase_days: 7,
          min_phase: 3,
          randomized: 1,
          settling_days: 0,
          rule: 'r',
          domain: 'communication',
          status: 'proposed',
          proposed_by: a,
          proposed_at: now,
          acceptances: '[]',
          locked_at: null,
          start_date: null,
          end_date: null,
          seed: null,
          schedule: null,
          stopped_at: null,
          stopped_on: null,
          stopped_by: null,
          stop_reason: null,
          next_step: null,
          next_step_by: null,
          next_step_at: null,
          follow_up: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('csi4')
        .values(
          [a, b].map((author_id, i) => ({
            couple_id: couple,
            id: newId(),
            author_id,
            month: day(20 + i).slice(0, 7),
            items: '[5,4,4,4]',
            total: 17,
            visibility: 'shared' as const,
            created_at: now,
          })),
        )
        .execute();
    });
  }
  return { token, coupleIds };
}

/** The same rows the home reads, as plain queries for all couples at once: no rules, no digest. */
async function rawRead(db: Kysely<Database>, ids: string[]) {
  await Promise.all([
    db.selectFrom('members').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('coach_consents').selectAll().where('couple_id', 'in', ids).execute(),
    db
      .selectFrom('checkins')
      .select(['couple_id', 'date', 'satisfaction', 'connection', 'energy'])
      .where('couple_id', 'in', ids)
      .where('date', '>=', day(14))
      .execute(),
    db.selectFrom('experiments').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('anchors').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('anchor_checkoffs').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('stress_periods').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('habits').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('habit_checkoffs').selectAll().where('couple_id', 'in', ids).execute(),
    db.selectFrom('csi4').selectAll().where('couple_id', 'in', ids).execute(),
  ]);
}

export async function run(report: Report): Promise<void> {
  const server = await startPostgres();
  const name = `attune_bench_coach_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const store = await openStore({ url: url.toString() });
  try {
    await migrateToLatest(store.db);
    const { token, coupleIds } = await seed(store.db);
    const app = await buildApp({ store, config: defaultConfig });
    const home = async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/coach',
        headers: { cookie: `attune_session=${token}` },
      });
      if (res.statusCode !== 200) throw new Error(res.body);
      const n = res.json().couples.length;
      if (n !== COUPLES) throw new Error(`expected ${COUPLES} couples, got ${n}`);
    };
    const appTimes = await timeRuns(home, RUNS, 3);
    const rawTimes = await timeRuns(() => rawRead(store.db, coupleIds), RUNS, 3);
    const label = 'raw read of the same rows (one query per table, no rules, no digest)';
    for (const p of [50, 99]) {
      const value = percentile(appTimes, p);
      report({
        name: `coach home, ${COUPLES} couples, PostgreSQL, p${p}`,
        value,
        unit: 'ms',
        baseline: { value: percentile(rawTimes, p), label },
        better: 'lower',
        ...(p === 99 ? { target: `≤ ${TARGET_MS} ms`, ok: value <= TARGET_MS } : {}),
      });
    }
    await app.close();
  } finally {
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await server.stop();
  }
}
