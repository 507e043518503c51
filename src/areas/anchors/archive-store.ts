import type { Kysely } from 'kysely';
import { addDays, localDate } from '../../dates.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleRows,
  coupleTimeZones,
  isHabitOwner,
  type PartnerViewer,
  sharedRows,
} from '../../storage/scope.ts';
import type { ArchiveSnapshotRow, Database } from '../../storage/tables.ts';
import { scheduleOf } from '../habits/present.ts';
import { describeSchedule } from '../habits/rules.ts';
import {
  GOOD,
  isGoodPeriod,
  type NowState,
  type PatternKind,
  type PeriodMetrics,
  type SnapshotContent,
} from './archive.ts';

/*
 * A snapshot holds only what both partners see: the couple's habits, rituals and anchors, and
 * metrics from shared check-ins and shared log entries. So an automatic snapshot is the same
 * whichever partner's day it is taken on, and it never carries anyone's private rows.
 */

export async function periodMetrics(
  db: Kysely<Database>,
  coupleId: string,
  today: string,
): Promise<PeriodMetrics> {
  const from = addDays(today, -(GOOD.days - 1));
  const [checkins, log] = await Promise.all([
    sharedRows(db, coupleId, 'checkins')
      .select('satisfaction')
      .where('date', '>=', from)
      .where('date', '<=', today)
      .execute(),
    sharedRows(db, coupleId, 'log')
      .select('kind')
      .where('kind', 'in', ['appreciation', 'gesture', 'conflict'])
      .where('date', '>=', from)
      .where('date', '<=', today)
      .execute(),
  ]);
  const n = checkins.length;
  // The mean over the days satisfaction was answered; an unanswered day is left out.
  const answered = checkins.map((c) => c.satisfaction).filter((v): v is number => v !== null);
  return {
    checkins: n,
    satisfaction:
      answered.length === 0
        ? null
        : Math.round((10 * answered.reduce((s, v) => s + Number(v), 0)) / answered.length) / 10,
    positives: log.filter((e) => e.kind !== 'conflict').length,
    negatives: log.filter((e) => e.kind === 'conflict').length,
  };
}

async function currentContent(
  db: Kysely<Database>,
  coupleId: string,
  today: string,
): Promise<SnapshotContent> {
  const [habits, rituals, anchors, metrics] = await Promise.all([
    coupleRows(db, coupleId, 'habits').selectAll().where('status', '=', 'active').orderBy('id').execute(),
    coupleRows(db, coupleId, 'rituals').selectAll().where('active', '=', 1).orderBy('id').execute(),
    coupleRows(db, coupleId, 'anchors').selectAll().orderBy('id').execute(),
    periodMetrics(db, coupleId, today),
  ]);
  return {
    metrics,
    habits: habits.map((h) => ({
      id: h.id,
      cue: h.cue,
      action: h.action,
      schedule: describeSchedule(scheduleOf(h)),
      plan: scheduleOf(h),
    })),
    rituals: rituals.map((r) => ({ id: r.id, title: r.title, cadence: r.cadence })),
    anchors: anchors.map((a) => ({ id: a.id, name: a.name, times: a.times, days: a.days })),
  };
}

export async function takeSnapshot(
  db: Kysely<Database>,
  coupleId: string,
  p: { today: string; reason: 'auto' | 'request'; note: string | null; by: string | null },
): Promise<ArchiveSnapshotRow> {
  const row: ArchiveSnapshotRow = {
    couple_id: coupleId,
    id: newId(),
    date: p.today,
    reason: p.reason,
    note: p.note,
    content: JSON.stringify(await currentContent(db, coupleId, p.today)),
    created_by: p.by,
    created_at: nowIso(),
  };
  await db.insertInto('archive_snapshots').values(row).execute();
  return row;
}

export async function listSnapshots(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<ArchiveSnapshotRow[]> {
  return coupleRows(db, viewer.couple.id, 'archive_snapshots')
    .selectAll()
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Takes an automatic snapshot when the last 28 days were good and none was taken in 90 days. */
export async function snapshotIfGood(
  db: Kysely<Database>,
  coupleId: string,
  today: string,
): Promise<boolean> {
  const recent = await coupleRows(db, coupleId, 'archive_snapshots')
    .select('id')
    .where('reason', '=', 'auto')
    .where('date', '>', addDays(today, -GOOD.spacingDays))
    .executeTakeFirst();
  if (recent || !isGoodPeriod(await periodMetrics(db, coupleId, today))) return false;
  await takeSnapshot(db, coupleId, { today, reason: 'auto', note: null, by: null });
  return true;
}

/**
 * The automatic snapshots, taken by housekeeping rather than by reading the archive (reads do not
 * write): each couple whose last 28 days were good, on its first partner's calendar day.
 */
export async function snapshotGoodPeriods(db: Kysely<Database>, now: number): Promise<number> {
  let taken = 0;
  for (const c of await coupleTimeZones(db))
    if (await snapshotIfGood(db, c.coupleId, localDate(c.timeZone, new Date(now)))) taken++;
  return taken;
}

export async function nowState(db: Kysely<Database>, coupleId: string): Promise<NowState> {
  const [habits, rituals, anchors] = await Promise.all([
    coupleRows(db, coupleId, 'habits').select(['id', 'status']).execute(),
    coupleRows(db, coupleId, 'rituals').select(['id', 'active']).execute(),
    coupleRows(db, coupleId, 'anchors').select('id').execute(),
  ]);
  return {
    habits: new Map(habits.map((h) => [h.id, h.status])),
    rituals: new Map(rituals.map((r) => [r.id, Number(r.active) === 1])),
    anchors: new Set(anchors.map((a) => a.id)),
  };
}

/** Brings one pattern of a snapshot back into the couple's life, in one step. */
export async function restorePattern(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  content: SnapshotContent,
  kind: PatternKind,
  id: string,
  today: string,
): Promise<void> {
  const coupleId = viewer.couple.id;
  if (kind === 'habit') {
    if (!content.habits.some((h) => h.id === id)) throw notFound('That habit in this snapshot');
    const habit = await coupleRows(db, coupleId, 'habits')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!habit)
      throw new AppError(
        'conflict',
        'That habit is no longer here; start it again from the habits screen.',
      ).saying(phrase('refuse.archiveHabitGone'));
    if (habit.status === 'active')
      throw new AppError('conflict', 'That habit is already part of your days.').saying(
        phrase('refuse.archiveHabitActive'),
      );
    if (!isHabitOwner(viewer, habit))
      throw new AppError('forbidden', 'Only the partner whose habit this is can bring it back; ask them.');
    await db
      .updateTable('habits')
      .set({ status: 'active', status_reason: null, status_since: today, updated_at: nowIso() })
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .execute();
  } else if (kind === 'ritual') {
    if (!content.rituals.some((r) => r.id === id)) throw notFound('That ritual in this snapshot');
    const r = await db
      .updateTable('rituals')
      .set({ active: 1 })
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .where('active', '=', 0)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0)
      throw new AppError('conflict', 'That ritual is already on, or no longer here.').saying(
        phrase('refuse.archiveRitual'),
      );
  } else {
    const a = content.anchors.find((x) => x.id === id);
    if (!a) throw notFound('That anchor in this snapshot');
    const exists = await coupleRows(db, coupleId, 'anchors')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (exists)
      throw new AppError('conflict', 'That anchor is still with you.').saying(phrase('refuse.archiveAnchor'));
    const now = nowIso();
    await db
      .insertInto('anchors')
      .values({
        couple_id: coupleId,
        id,
        name: a.name,
        times: a.times,
        days: a.days,
        lowered_times: null,
        lowered_days: null,
        source: 'checkoff',
        log_kind: null,
        log_domain: null,
        start_date: today,
        created_by: viewer.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
