import { type Kysely, sql } from 'kysely';
import { localDate } from '../../dates.ts';
import { coupleRows, ownRows, type PartnerViewer, visibleRows } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { writeStamp } from '../../storage/write-stamp.ts';
import { answered } from '../checkins/rules.ts';
import { isAccepted, listMetrics } from '../checkins/store.ts';
import type { LoopCheckin, LoopEntry } from '../log/loops.ts';
import { BUILT_IN_OUTCOMES, type CreditRows } from './series.ts';

/*
 * The credit area's SQL. Every read goes through the viewer's scope: the rows a scan is computed
 * from are exactly the rows this viewer may see (the partner's private entries and check-ins
 * never reach it).
 */

export interface Partner {
  userId: string;
  name: string;
  email: string;
}

/** The couple's partners, the viewer first. */
export async function listPartners(db: Kysely<Database>, viewer: PartnerViewer): Promise<Partner[]> {
  const rows = await coupleRows(db, viewer.couple.id, 'members')
    .innerJoin('users', 'users.id', 'members.user_id')
    .select(['members.user_id as userId', 'members.display_name as name', 'users.email as email'])
    .where('members.role', '=', 'partner')
    .orderBy('members.joined_at')
    .execute();
  return rows.sort((a, b) => (a.userId === viewer.userId ? -1 : b.userId === viewer.userId ? 1 : 0));
}

/** Each viewer's last fingerprint and the write stamp it was read under (storage/write-stamp.ts). */
const lastRead = new Map<string, { stamp: string; fingerprint: string }>();
const LAST_READ_LIMIT = 1000;

/**
 * A cheap summary of everything a scan reads for this viewer: the number of rows and their latest
 * change per table, and today's date. A different fingerprint means new data (or a new day).
 * Re-read only when the database's write stamp changed since this viewer's last read: while
 * nothing is written, a cached read costs one O(1) statement instead of scanning the rows.
 */
export async function dataFingerprint(db: Kysely<Database>, viewer: PartnerViewer): Promise<string> {
  const key = `${viewer.couple.id}:${viewer.userId}`;
  // Read before the fingerprint: a write after this point changes the stamp the next reader sees.
  const stamp = await writeStamp(db);
  const today = localDate(viewer.couple.timeZone);
  const last = lastRead.get(key);
  if (stamp !== null && last?.stamp === `${stamp}|${today}`) return last.fingerprint;
  const fingerprint = await readFingerprint(db, viewer);
  if (stamp !== null) {
    lastRead.delete(key);
    lastRead.set(key, { stamp: `${stamp}|${today}`, fingerprint });
    if (lastRead.size > LAST_READ_LIMIT) lastRead.delete(lastRead.keys().next().value!);
  }
  return fingerprint;
}

async function readFingerprint(db: Kysely<Database>, viewer: PartnerViewer): Promise<string> {
  // One statement (scalar subqueries), so a cached read costs one round trip.
  const summary = (col: string, or?: string) =>
    sql<string>`count(*) || ':' || coalesce(max(${or ? sql`coalesce(${sql.ref(col)}, ${sql.ref(or)})` : sql.ref(col)}), '')`.as(
      'v',
    );
  const couple = viewer.couple.id;
  const parts = [
    visibleRows(db, viewer, 'log').select(summary('log.updated_at')),
    visibleRows(db, viewer, 'checkins').select(summary('checkins.updated_at')),
    coupleRows(db, couple, 'habit_checkoffs')
      .where('habit_checkoffs.kind', '=', 'done')
      .select(summary('habit_checkoffs.created_at')),
    coupleRows(db, couple, 'habits').select(summary('habits.updated_at')),
    coupleRows(db, couple, 'ritual_completions').select(summary('ritual_completions.created_at')),
    coupleRows(db, couple, 'stress_periods').select(summary('stress_periods.closed_on')),
    // A retired metric's retired_at is its latest change (a metric is accepted, then retired).
    coupleRows(db, couple, 'metrics').select(summary('metrics.retired_at', 'metrics.accepted_at')),
    coupleRows(db, couple, 'members').select(summary('members.joined_at')),
  ];
  const row = await db.selectNoFrom(parts.map((q, i) => q.as(`p${i}`))).executeTakeFirstOrThrow();
  return JSON.stringify([localDate(viewer.couple.timeZone), Object.values(row)]);
}

/** Everything a credit scan needs, as this viewer may see it. */
export async function loadCreditRows(db: Kysely<Database>, viewer: PartnerViewer): Promise<CreditRows> {
  const couple = viewer.couple.id;
  const [partners, entries, checkins, checkoffs, habits, rituals, completions, metrics, stress] =
    await Promise.all([
      listPartners(db, viewer),
      visibleRows(db, viewer, 'log').select(['log.author_id', 'log.kind', 'log.date']).execute(),
      visibleRows(db, viewer, 'checkins')
        .select([
          'checkins.author_id',
          'checkins.date',
          'checkins.satisfaction',
          'checkins.energy',
          'checkins.connection',
          'checkins.metrics',
        ])
        .execute(),
      coupleRows(db, couple, 'habit_checkoffs')
        .select(['habit_checkoffs.habit_id', 'habit_checkoffs.by_user', 'habit_checkoffs.date'])
        .where('habit_checkoffs.kind', '=', 'done')
        .execute(),
      coupleRows(db, couple, 'habits').select(['habits.id', 'habits.action', 'habits.start_date']).execute(),
      coupleRows(db, couple, 'rituals')
        .select(['rituals.id', 'rituals.title', 'rituals.created_at'])
        .execute(),
      coupleRows(db, couple, 'ritual_completions')
        .select(['ritual_completions.ritual_id', 'ritual_completions.author_id', 'ritual_completions.date'])
        .execute(),
      listMetrics(db, viewer),
      coupleRows(db, couple, 'stress_periods')
        .select(['stress_periods.opened_on', 'stress_periods.closed_on'])
        .execute(),
    ]);
  const firstCompletion = new Map<string, string>();
  for (const c of completions)
    if (!firstCompletion.has(c.ritual_id) || c.date < firstCompletion.get(c.ritual_id)!)
      firstCompletion.set(c.ritual_id, c.date);
  return {
    today: localDate(viewer.couple.timeZone),
    partners: partners.map((p) => p.userId),
    entries: entries.map((e) => ({ author: e.author_id, kind: e.kind, date: e.date })),
    checkins: checkins.map((c) => ({
      author: c.author_id,
      date: c.date,
      values: answered({
        ...(JSON.parse(c.metrics) as Record<string, number>),
        satisfaction: c.satisfaction,
        energy: c.energy,
        connection: c.connection,
      }),
    })),
    done: [
      ...checkoffs.map((c) => ({ source: 'habit' as const, id: c.habit_id, by: c.by_user, date: c.date })),
      ...completions.map((c) => ({
        source: 'ritual' as const,
        id: c.ritual_id,
        by: c.author_id,
        date: c.date,
      })),
    ],
    habits: habits.map((h) => ({ id: h.id, label: h.action, start: h.start_date })),
    rituals: rituals
      .filter((r) => firstCompletion.has(r.id))
      .map((r) => ({ id: r.id, label: r.title, start: firstCompletion.get(r.id)! })),
    metrics: [
      ...BUILT_IN_OUTCOMES.map((id) => ({ id, better: 'higher' as const })),
      ...metrics.filter(isAccepted).map((m) => ({ id: m.id, better: m.better })),
    ],
    stress: stress.map((s) => ({ from: s.opened_on, until: s.closed_on })),
  };
}

/** The check-ins relief is seen in: the numbers of every check-in this viewer may see. */
export async function loadLoopCheckins(db: Kysely<Database>, viewer: PartnerViewer): Promise<LoopCheckin[]> {
  return visibleRows(db, viewer, 'checkins')
    .select(['checkins.author_id as author', 'checkins.date', 'checkins.connection', 'checkins.satisfaction'])
    .execute();
}

/** The entries the loops are found in: every log entry this viewer may see. */
export async function loadLoopEntries(db: Kysely<Database>, viewer: PartnerViewer): Promise<LoopEntry[]> {
  const rows = await visibleRows(db, viewer, 'log')
    .select([
      'log.id',
      'log.author_id',
      'log.kind',
      'log.date',
      'log.text',
      'log.domains',
      'log.repair_of',
      'log.promise_due',
      'log.promise_state',
    ])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    author: r.author_id,
    kind: r.kind,
    date: r.date,
    text: r.text,
    domains: JSON.parse(r.domains) as string[],
    repairOf: r.repair_of,
    promiseDue: r.promise_due,
    promiseState: r.promise_state,
  }));
}

export async function listDecisions(db: Kysely<Database>, viewer: PartnerViewer) {
  return ownRows(db, viewer, 'credit_decisions').selectAll().execute();
}

export async function saveDecision(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  key: string,
  decision: 'confirmed' | 'dismissed',
  q: number,
): Promise<void> {
  const row = {
    couple_id: viewer.couple.id,
    user_id: viewer.userId,
    hint_key: key,
    decision,
    q_ppm: Math.max(0, Math.round(q * 1e6)),
    decided_at: new Date().toISOString(),
  };
  await db
    .insertInto('credit_decisions')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['couple_id', 'user_id', 'hint_key']).doUpdateSet({
        decision: row.decision,
        q_ppm: row.q_ppm,
        decided_at: row.decided_at,
      }),
    )
    .execute();
}

export async function findReview(db: Kysely<Database>, viewer: PartnerViewer, date: string) {
  return ownRows(db, viewer, 'credit_reviews')
    .selectAll()
    .where('credit_reviews.date', '=', date)
    .executeTakeFirst();
}

export async function insertReview(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  review: {
    date: string;
    appreciationId: string;
    logId: string | null;
    habitId: string | null;
    actionDate: string | null;
  },
): Promise<boolean> {
  const r = await db
    .insertInto('credit_reviews')
    .values({
      couple_id: viewer.couple.id,
      user_id: viewer.userId,
      date: review.date,
      appreciation_id: review.appreciationId,
      action_log_id: review.logId,
      action_habit_id: review.habitId,
      action_date: review.actionDate,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['couple_id', 'user_id', 'date']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The evening's candidates: the partner's actions of today and yesterday that the viewer may see. */
export async function partnerActions(db: Kysely<Database>, viewer: PartnerViewer, from: string, to: string) {
  const [entries, checkoffs, habits] = await Promise.all([
    visibleRows(db, viewer, 'log')
      .select(['log.id', 'log.kind', 'log.date', 'log.text', 'log.domains'])
      .where('log.author_id', '!=', viewer.userId)
      .where('log.kind', 'in', ['appreciation', 'gesture', 'repair', 'promise'])
      .where('log.date', '>=', from)
      .where('log.date', '<=', to)
      .orderBy('log.date', 'desc')
      .orderBy('log.id', 'desc')
      .limit(10)
      .execute(),
    coupleRows(db, viewer.couple.id, 'habit_checkoffs')
      .select(['habit_checkoffs.habit_id', 'habit_checkoffs.date'])
      .where('habit_checkoffs.kind', '=', 'done')
      .where('habit_checkoffs.by_user', '!=', viewer.userId)
      .where('habit_checkoffs.date', '>=', from)
      .where('habit_checkoffs.date', '<=', to)
      .orderBy('habit_checkoffs.date', 'desc')
      .limit(10)
      .execute(),
    coupleRows(db, viewer.couple.id, 'habits')
      .select(['habits.id', 'habits.action', 'habits.domain'])
      .execute(),
  ]);
  const habitOf = new Map(habits.map((h) => [h.id, h]));
  return {
    entries,
    checkoffs: checkoffs.flatMap((c) => {
      const h = habitOf.get(c.habit_id);
      return h ? [{ habitId: c.habit_id, date: c.date, action: h.action, domain: h.domain }] : [];
    }),
  };
}
