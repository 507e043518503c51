import type { Kysely } from 'kysely';
import { addDays } from '../../dates.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  ownRows,
  type PartnerViewer,
  visibleCheckins,
  visibleCsi4,
  visibleLog,
  visibleRows,
} from '../../storage/scope.ts';
import type { CheckinRow, Csi4Row, Database, MetricRow } from '../../storage/tables.ts';
import { START_DAYS } from './rules.ts';

export interface CheckinInput {
  date: string;
  /** Null: not answered. */
  satisfaction: number | null;
  energy: number | null;
  connection: number | null;
  conflicts: number | null;
  positives: number | null;
  metrics: Record<string, number>;
  visibility: 'shared' | 'private';
  note: string | null;
  noteVisibility: 'shared' | 'private';
}

/** The couple's metrics, oldest first (proposed, accepted and retired). */
export async function listMetrics(db: Kysely<Database>, viewer: PartnerViewer): Promise<MetricRow[]> {
  return visibleRows(db, viewer, 'metrics').selectAll().orderBy('proposed_at').orderBy('id').execute();
}

export const isAccepted = (m: MetricRow) => m.accepted_at !== null && m.retired_at === null;

export async function findMetric(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<MetricRow | undefined> {
  return visibleRows(db, viewer, 'metrics').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMetric(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  m: { name: string; scaleMin: number; scaleMax: number; better: 'higher' | 'lower'; domain: string | null },
): Promise<MetricRow> {
  const row: MetricRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    name: m.name,
    scale_min: m.scaleMin,
    scale_max: m.scaleMax,
    better: m.better,
    domain: m.domain,
    proposed_by: viewer.userId,
    proposed_at: nowIso(),
    accepted_by: null,
    accepted_at: null,
    retired_at: null,
  };
  await db.insertInto('metrics').values(row).execute();
  return row;
}

export async function acceptMetric(db: Kysely<Database>, viewer: PartnerViewer, id: string): Promise<void> {
  await db
    .updateTable('metrics')
    .set({ accepted_by: viewer.userId, accepted_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .execute();
}

/** Retires a metric: it leaves the check-in, and every value recorded for it stays. */
export async function retireMetric(db: Kysely<Database>, viewer: PartnerViewer, id: string): Promise<void> {
  await db
    .updateTable('metrics')
    .set({ retired_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .execute();
}

export async function findOwnCheckin(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  date: string,
): Promise<CheckinRow | undefined> {
  return ownRows(db, viewer, 'checkins').selectAll().where('date', '=', date).executeTakeFirst();
}

/** The partner's check-in for a day, if the viewer may see it (shared). */
export async function findPartnerCheckin(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  date: string,
): Promise<CheckinRow | undefined> {
  return visibleCheckins(db, viewer)
    .selectAll()
    .where('checkins.author_id', '!=', viewer.userId)
    .where('checkins.date', '=', date)
    .executeTakeFirst();
}

/** The viewer's most recent check-in before `date`, within a week: the values offered as a start. */
export async function findStart(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  date: string,
): Promise<CheckinRow | undefined> {
  return ownRows(db, viewer, 'checkins')
    .selectAll()
    .where('date', '<', date)
    .where('date', '>=', addDays(date, -START_DAYS))
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Saves the viewer's check-in for a day: creates it, or replaces the one already there. Safe to
 * retry, and two saves racing for the same day end as one row (the unique day key decides).
 */
export async function saveCheckin(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  c: CheckinInput,
): Promise<CheckinRow> {
  const now = nowIso();
  const values = {
    satisfaction: c.satisfaction,
    energy: c.energy,
    connection: c.connection,
    conflicts: c.conflicts,
    positives: c.positives,
    metrics: JSON.stringify(c.metrics),
    visibility: c.visibility,
    note: c.note,
    note_visibility: c.noteVisibility,
    updated_at: now,
  };
  return db
    .insertInto('checkins')
    .values({
      couple_id: viewer.couple.id,
      id: newId(),
      author_id: viewer.userId,
      date: c.date,
      created_at: now,
      ...values,
    })
    .onConflict((oc) => oc.columns(['couple_id', 'author_id', 'date']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The check-ins the viewer may see between two dates (inclusive), oldest first. */
export async function listVisibleCheckins(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  from: string,
  to: string,
): Promise<CheckinRow[]> {
  return visibleCheckins(db, viewer)
    .selectAll()
    .where('checkins.date', '>=', from)
    .where('checkins.date', '<=', to)
    .orderBy('checkins.date')
    .execute();
}

export async function listVisibleCsi4(db: Kysely<Database>, viewer: PartnerViewer): Promise<Csi4Row[]> {
  return visibleCsi4(db, viewer).selectAll().orderBy('csi4.month', 'desc').limit(48).execute();
}

export async function hasCsi4For(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  month: string,
): Promise<boolean> {
  const row = await ownRows(db, viewer, 'csi4').select('id').where('month', '=', month).executeTakeFirst();
  return row !== undefined;
}

export async function insertCsi4(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  r: { month: string; items: number[]; total: number; visibility: 'shared' | 'private' },
): Promise<Csi4Row> {
  const row: Csi4Row = {
    couple_id: viewer.couple.id,
    id: newId(),
    author_id: viewer.userId,
    month: r.month,
    items: JSON.stringify(r.items),
    total: r.total,
    visibility: r.visibility,
    created_at: nowIso(),
  };
  await db.insertInto('csi4').values(row).execute();
  return row;
}

/**
 * Conflicts and positive moments (appreciations, gestures) the log holds for a day, counted over
 * the entries the viewer may see: what the check-in offers as the day's counts.
 */
export async function countLoggedMoments(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  date: string,
): Promise<{ conflicts: number; positives: number }> {
  const rows = await visibleLog(db, viewer)
    .select('log.kind')
    .where('log.date', '=', date)
    .where('log.kind', 'in', ['conflict', 'appreciation', 'gesture'])
    .execute();
  const conflicts = rows.filter((r) => r.kind === 'conflict').length;
  return { conflicts, positives: rows.length - conflicts };
}
