import type { Kysely } from 'kysely';
import { addDays } from '../../dates.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import { coupleRows, type PartnerViewer, visibleLog } from '../../storage/scope.ts';
import type { AnchorRow, AnchorsTable, Database, StressPeriodRow } from '../../storage/tables.ts';
import { updateHabit } from '../habits/store.ts';
import { type Cadence, logKeeps } from './rules.ts';

// Anchors and stress periods are the couple's shared structure: every query is scoped by
// `couple_id = viewer.couple.id`; log-kept anchors read the log through `visibleLog`.

export interface NewAnchor {
  name: string;
  cadence: Cadence;
  source: { kind: 'checkoff' } | { kind: 'log'; logKind: AnchorRow['log_kind']; domain?: string };
  startDate: string;
}

export async function insertAnchor(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  a: NewAnchor,
): Promise<AnchorRow> {
  const now = nowIso();
  const row: AnchorRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    name: a.name,
    times: a.cadence.times,
    days: a.cadence.days,
    lowered_times: null,
    lowered_days: null,
    source: a.source.kind,
    log_kind: a.source.kind === 'log' ? a.source.logKind : null,
    log_domain: a.source.kind === 'log' ? (a.source.domain ?? null) : null,
    start_date: a.startDate,
    created_by: viewer.userId,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('anchors').values(row).execute();
  return row;
}

export async function listAnchors(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id?: string,
): Promise<AnchorRow[]> {
  let q = coupleRows(db, viewer.couple.id, 'anchors').selectAll();
  if (id) q = q.where('id', '=', id);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function updateAnchor(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  patch: Partial<Pick<AnchorsTable, 'name' | 'times' | 'days' | 'lowered_times' | 'lowered_days'>>,
): Promise<void> {
  await db
    .updateTable('anchors')
    .set({ ...patch, updated_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .execute();
}

export async function deleteAnchor(db: Kysely<Database>, viewer: PartnerViewer, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('anchor_checkoffs')
      .where('couple_id', '=', viewer.couple.id)
      .where('anchor_id', '=', id)
      .execute();
    await trx.deleteFrom('anchors').where('couple_id', '=', viewer.couple.id).where('id', '=', id).execute();
  });
}

export async function insertCheckoff(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  anchorId: string,
  date: string,
) {
  await db
    .insertInto('anchor_checkoffs')
    .values({
      couple_id: viewer.couple.id,
      anchor_id: anchorId,
      date,
      by_user: viewer.userId,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['couple_id', 'anchor_id', 'date']).doNothing())
    .execute();
}

export async function deleteCheckoff(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  anchorId: string,
  date: string,
) {
  const r = await db
    .deleteFrom('anchor_checkoffs')
    .where('couple_id', '=', viewer.couple.id)
    .where('anchor_id', '=', anchorId)
    .where('date', '=', date)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The days each anchor was kept, as this viewer may see them: check-offs, or visible log entries. */
export async function keptDates(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  anchors: AnchorRow[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(anchors.map((a) => [a.id, []]));
  if (anchors.length === 0) return out;
  const checkoffs = await coupleRows(db, viewer.couple.id, 'anchor_checkoffs')
    .select(['anchor_id', 'date'])
    .where(
      'anchor_id',
      'in',
      anchors.map((a) => a.id),
    )
    .orderBy('date')
    .execute();
  for (const c of checkoffs) out.get(c.anchor_id)?.push(c.date);
  const byLog = anchors.filter((a) => a.source === 'log' && a.log_kind);
  if (byLog.length > 0) {
    const kinds = [...new Set(byLog.map((a) => a.log_kind!))];
    const earliest = byLog.map((a) => a.start_date).sort()[0]!;
    const entries = await visibleLog(db, viewer)
      .select(['log.kind', 'log.domains', 'log.date'])
      .where('log.kind', 'in', kinds)
      .where('log.date', '>=', earliest)
      .execute();
    for (const a of byLog)
      for (const e of entries) if (e.date >= a.start_date && logKeeps(a, e)) out.get(a.id)!.push(e.date);
  }
  return out;
}

export async function openStress(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<StressPeriodRow | undefined> {
  return coupleRows(db, viewer.couple.id, 'stress_periods')
    .selectAll()
    .where('closed_on', 'is', null)
    .executeTakeFirst();
}

export async function listStress(db: Kysely<Database>, viewer: PartnerViewer): Promise<StressPeriodRow[]> {
  return coupleRows(db, viewer.couple.id, 'stress_periods')
    .selectAll()
    .orderBy('opened_on', 'desc')
    .orderBy('id')
    .execute();
}

export async function findStress(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  return coupleRows(db, viewer.couple.id, 'stress_periods')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertStress(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  p: { name: string; lifeEventId: string | null; openedOn: string },
): Promise<StressPeriodRow> {
  const row: StressPeriodRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    name: p.name,
    life_event_id: p.lifeEventId,
    opened_on: p.openedOn,
    closed_on: null,
    crisis_since: null,
    opened_by: viewer.userId,
    created_at: nowIso(),
  };
  await db.insertInto('stress_periods').values(row).execute();
  return row;
}

export async function pausedHabits(db: Kysely<Database>, viewer: PartnerViewer) {
  const [paused, habits] = await Promise.all([
    coupleRows(db, viewer.couple.id, 'stress_paused_habits')
      .select(['stress_id', 'habit_id', 'paused_on'])
      .orderBy('habit_id')
      .execute(),
    coupleRows(db, viewer.couple.id, 'habits').select(['id', 'action', 'status', 'status_since']).execute(),
  ]);
  const byId = new Map(habits.map((h) => [h.id, h]));
  return paused.flatMap((p) => {
    const h = byId.get(p.habit_id);
    return h ? [{ ...p, action: h.action, status: h.status, status_since: h.status_since }] : [];
  });
}

/**
 * Crisis mode: every active habit of the couple pauses today, in one transaction. Paused habits
 * keep their strength frozen (a paused day counts like a skipped one); anchors are untouched.
 */
export async function startCrisis(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  period: StressPeriodRow,
  today: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const active = await coupleRows(trx, viewer.couple.id, 'habits')
      .select(['id'])
      .where('status', '=', 'active')
      .execute();
    for (const h of active) {
      await updateHabit(trx, viewer, h.id, {
        status: 'paused',
        status_reason: `Crisis mode: ${period.name}`,
        status_since: today,
      });
      await trx
        .insertInto('stress_paused_habits')
        .values({ couple_id: viewer.couple.id, stress_id: period.id, habit_id: h.id, paused_on: today })
        .execute();
    }
    await trx
      .updateTable('stress_periods')
      .set({ crisis_since: today })
      .where('couple_id', '=', viewer.couple.id)
      .where('id', '=', period.id)
      .execute();
  });
}

/**
 * Closes a stress period in one transaction: lowered anchors return to their usual floor, and the
 * habits crisis mode paused (and nobody changed since) resume. Their paused days are written as
 * skipped days, which habit strength and streaks treat as frozen, so nothing "broke" meanwhile.
 */
export async function closeStress(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  period: StressPeriodRow,
  today: string,
): Promise<void> {
  const paused = (await pausedHabits(db, viewer)).filter((p) => p.stress_id === period.id);
  await db.transaction().execute(async (trx) => {
    for (const p of paused) {
      if (p.status !== 'paused' || p.status_since !== p.paused_on) continue;
      const skips = [];
      for (let d = p.paused_on; d < today; d = addDays(d, 1))
        skips.push({
          couple_id: viewer.couple.id,
          habit_id: p.habit_id,
          date: d,
          kind: 'skip' as const,
          by_user: viewer.userId,
          appreciation_id: null,
          created_at: nowIso(),
          value: null,
        });
      for (let i = 0; i < skips.length; i += 200)
        await trx
          .insertInto('habit_checkoffs')
          .values(skips.slice(i, i + 200))
          .onConflict((oc) => oc.columns(['couple_id', 'habit_id', 'date']).doNothing())
          .execute();
      await updateHabit(trx, viewer, p.habit_id, {
        status: 'active',
        status_reason: null,
        status_since: today,
      });
    }
    await trx
      .updateTable('anchors')
      .set({ lowered_times: null, lowered_days: null, updated_at: nowIso() })
      .where('couple_id', '=', viewer.couple.id)
      .execute();
    await trx
      .updateTable('stress_periods')
      .set({ closed_on: today })
      .where('couple_id', '=', viewer.couple.id)
      .where('id', '=', period.id)
      .execute();
  });
}
