import type { Kysely } from 'kysely';
import { localDate } from '../../dates.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleHabits,
  coupleRows,
  habitAnswersForStrength,
  type PartnerViewer,
  visibleRows,
} from '../../storage/scope.ts';
import type {
  Database,
  HabitChangeRow,
  HabitCheckoffRow,
  HabitRow,
  HabitsTable,
} from '../../storage/tables.ts';
import { splitDue, withDueChanges } from './due.ts';
import type { Schedule } from './rules.ts';
import { type Target, targetColumns } from './target.ts';

export interface NewHabit {
  owner: string;
  domain: string;
  cue: string;
  action: string;
  reward: string;
  schedule: Schedule;
  startDate: string;
  /** A numeric habit's target; null for a yes/no habit. */
  target: Target | null;
}

export async function insertHabit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  h: NewHabit,
): Promise<HabitRow> {
  const now = nowIso();
  const row: HabitRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    created_by: viewer.userId,
    owner: h.owner,
    domain: h.domain,
    cue: h.cue,
    action: h.action,
    reward: h.reward,
    schedule_kind: h.schedule.kind,
    weekdays: JSON.stringify(h.schedule.weekdays),
    times: h.schedule.times,
    days: h.schedule.days,
    status: 'active',
    status_reason: null,
    status_since: h.startDate,
    start_date: h.startDate,
    created_at: now,
    updated_at: now,
    ...(h.target ? targetColumns(h.target) : { target_kind: null, target_value: null, unit: null }),
  };
  await db.insertInto('habits').values(row).execute();
  return row;
}

/**
 * The couple's habits as they stand today, with the pending changes still waiting: an easing whose
 * horizon has passed with every consent counts as applied (see due.ts), written or not. Reads no
 * more than it returns, and writes nothing.
 */
export async function habitState(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  only?: string,
): Promise<{ habits: HabitRow[]; waiting: HabitChangeRow[]; due: HabitChangeRow[] }> {
  let q = coupleHabits(db, viewer).selectAll();
  if (only) q = q.where('habits.id', '=', only);
  const [rows, pending, partners] = await Promise.all([
    q.orderBy('habits.created_at').orderBy('habits.id').execute(),
    storedPendingChanges(db, viewer, only),
    listPartners(db, viewer.couple.id),
  ]);
  const owners = new Map(rows.map((r) => [r.id, r.owner]));
  const today = localDate(viewer.couple.timeZone);
  const { due, waiting } = splitDue(
    pending,
    owners,
    partners.map((p) => p.user_id),
    today,
  );
  return { habits: rows.map((r) => withDueChanges(r, due)), waiting, due: [...due.values()] };
}

export async function listHabits(db: Kysely<Database>, viewer: PartnerViewer): Promise<HabitRow[]> {
  return (await habitState(db, viewer)).habits;
}

export async function findHabit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<HabitRow | undefined> {
  return (await habitState(db, viewer, id)).habits[0];
}

export async function updateHabit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  patch: Partial<Omit<HabitsTable, 'couple_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('habits')
    .set({ ...patch, updated_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .execute();
}

export { scheduleColumns } from './due.ts';

/** Check-offs of the couple's habits (all of them, or of one habit), oldest first. */
export async function listCheckoffs(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId?: string,
): Promise<HabitCheckoffRow[]> {
  let q = visibleRows(db, viewer, 'habit_checkoffs').selectAll();
  if (habitId) q = q.where('habit_id', '=', habitId);
  return q.orderBy('habit_id').orderBy('date').execute();
}

export async function findCheckoff(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  date: string,
): Promise<HabitCheckoffRow | undefined> {
  return visibleRows(db, viewer, 'habit_checkoffs')
    .selectAll()
    .where('habit_id', '=', habitId)
    .where('date', '=', date)
    .executeTakeFirst();
}

/**
 * Records a day as done or skipped (with a numeric habit's amount in hundredths); a second
 * check-off of the same day replaces the first.
 */
export async function upsertCheckoff(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  date: string,
  kind: 'done' | 'skip',
  value: number | null = null,
): Promise<void> {
  await db
    .insertInto('habit_checkoffs')
    .values({
      couple_id: viewer.couple.id,
      habit_id: habitId,
      date,
      kind,
      by_user: viewer.userId,
      appreciation_id: null,
      created_at: nowIso(),
      value,
    })
    .onConflict((oc) =>
      oc.columns(['couple_id', 'habit_id', 'date']).doUpdateSet({ kind, by_user: viewer.userId, value }),
    )
    .execute();
}

export async function deleteCheckoff(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  date: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('habit_checkoffs')
    .where('couple_id', '=', viewer.couple.id)
    .where('habit_id', '=', habitId)
    .where('date', '=', date)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Links the partner's appreciation to a check-off, only if none is linked yet (one tap, once). */
export async function linkAppreciation(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  date: string,
  logId: string,
): Promise<boolean> {
  const r = await db
    .updateTable('habit_checkoffs')
    .set({ appreciation_id: logId })
    .where('couple_id', '=', viewer.couple.id)
    .where('habit_id', '=', habitId)
    .where('date', '=', date)
    .where('appreciation_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function upsertSrbai(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  date: string,
  items: number[],
): Promise<void> {
  await db
    .insertInto('habit_srbai')
    .values({
      couple_id: viewer.couple.id,
      habit_id: habitId,
      user_id: viewer.userId,
      date,
      items: JSON.stringify(items),
      created_at: nowIso(),
      automaticity: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['couple_id', 'habit_id', 'user_id', 'date'])
        .doUpdateSet({ items: JSON.stringify(items), automaticity: null }),
    )
    .execute();
}

/** Stores the automaticity estimate computed from a person's answers with their latest answer. */
export async function setSrbaiAutomaticity(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  date: string,
  automaticity: unknown,
): Promise<void> {
  await db
    .updateTable('habit_srbai')
    .set({ automaticity: JSON.stringify(automaticity) })
    .where('couple_id', '=', viewer.couple.id)
    .where('habit_id', '=', habitId)
    .where('user_id', '=', viewer.userId)
    .where('date', '=', date)
    .execute();
}

/** The SRBAI answers behind the automaticity the viewer is shown (see scope.ts). */
export async function listSrbai(db: Kysely<Database>, viewer: PartnerViewer, habitId?: string) {
  return habitAnswersForStrength(db, viewer, habitId);
}

export async function insertChange(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
  change: unknown,
  effectiveOn: string,
): Promise<void> {
  // One pending easing per habit: a new proposal replaces the old one.
  await withdrawChanges(db, viewer, habitId);
  await db
    .insertInto('habit_changes')
    .values({
      couple_id: viewer.couple.id,
      id: newId(),
      habit_id: habitId,
      proposed_by: viewer.userId,
      change: JSON.stringify(change),
      effective_on: effectiveOn,
      consents: JSON.stringify([viewer.userId]),
      state: 'pending',
      created_at: nowIso(),
    })
    .execute();
}

/** Withdraws the habit's pending easing: a newer decision has overtaken it. */
export async function withdrawChanges(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId: string,
): Promise<void> {
  await db
    .updateTable('habit_changes')
    .set({ state: 'withdrawn' })
    .where('couple_id', '=', viewer.couple.id)
    .where('habit_id', '=', habitId)
    .where('state', '=', 'pending')
    .execute();
}

/** The easings still waiting (horizon or consent): what a read shows as pending. */
export async function pendingChanges(db: Kysely<Database>, viewer: PartnerViewer): Promise<HabitChangeRow[]> {
  return (await habitState(db, viewer)).waiting;
}

/** Every change stored as pending, due or not; only habitState reads this. */
async function storedPendingChanges(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  habitId?: string,
): Promise<HabitChangeRow[]> {
  let q = visibleRows(db, viewer, 'habit_changes').selectAll().where('state', '=', 'pending');
  if (habitId) q = q.where('habit_id', '=', habitId);
  return q.execute();
}

export async function setChange(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  patch: { consents?: string; state?: 'applied' | 'withdrawn' },
): Promise<boolean> {
  const r = await db
    .updateTable('habit_changes')
    .set(patch)
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The couple's partners (id, display name and time zone), first to join first. */
export async function listPartners(db: Kysely<Database>, coupleId: string) {
  return coupleRows(db, coupleId, 'members')
    .select(['user_id', 'display_name', 'time_zone'])
    .where('role', '=', 'partner')
    .orderBy('joined_at')
    .execute();
}
