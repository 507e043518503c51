import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import { type PartnerViewer, visibleLog, visibleRewardAudit } from '../../storage/scope.ts';
import type { Database, RewardAuditRow } from '../../storage/tables.ts';

export async function listAudit(db: Kysely<Database>, viewer: PartnerViewer): Promise<RewardAuditRow[]> {
  return visibleRewardAudit(db, viewer).selectAll().orderBy('reward_audit.created_at').execute();
}

export async function findAuditItem(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<RewardAuditRow | undefined> {
  return visibleRewardAudit(db, viewer).selectAll().where('reward_audit.id', '=', id).executeTakeFirst();
}

export async function insertAuditItem(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  item: Pick<RewardAuditRow, 'behaviour' | 'label' | 'visibility'>,
): Promise<RewardAuditRow> {
  const row: RewardAuditRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    author_id: viewer.userId,
    ...item,
    created_at: nowIso(),
  };
  await db.insertInto('reward_audit').values(row).execute();
  return row;
}

export async function deleteAuditItem(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<void> {
  await db
    .deleteFrom('reward_audit')
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('author_id', '=', viewer.userId)
    .execute();
}

/** The log facts the hint is computed from: only what this viewer may see. */
export async function visibleLogFacts(db: Kysely<Database>, viewer: PartnerViewer) {
  const rows = await visibleLog(db, viewer).select(['log.kind', 'log.date', 'log.domains']).execute();
  return rows.map((r) => ({ kind: r.kind, date: r.date, domains: JSON.parse(r.domains) as string[] }));
}
