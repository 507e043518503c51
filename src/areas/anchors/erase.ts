import type { Kysely } from 'kysely';
import { wholeCouple } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';

/**
 * Removes one person's own rows from anchors and exploration (account deletion, inside its
 * transaction): their check-offs, ratings and role switches. Anchors, stress periods, ideas, draws and
 * tries are the couple's and stay, no longer naming them; a stress period no longer points at a
 * life-event entry that went with them.
 */
export async function deleteAnchorRowsOf(
  trx: Kysely<Database>,
  coupleId: string,
  userId: string,
): Promise<void> {
  await trx
    .deleteFrom('anchor_checkoffs')
    .where('couple_id', '=', coupleId)
    .where('by_user', '=', userId)
    .execute();
  await trx.deleteFrom('roles').where('couple_id', '=', coupleId).where('user_id', '=', userId).execute();
  await trx
    .updateTable('archive_snapshots')
    .set({ created_by: null })
    .where('couple_id', '=', coupleId)
    .where('created_by', '=', userId)
    .execute();
  await trx
    .deleteFrom('exploration_ratings')
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .execute();
  for (const [table, column] of [
    ['anchors', 'created_by'],
    ['stress_periods', 'opened_by'],
    ['exploration_ideas', 'created_by'],
    ['exploration_draws', 'created_by'],
    ['exploration_tries', 'created_by'],
  ] as const)
    await trx
      .updateTable(table)
      .set({ [column]: '' })
      .where('couple_id', '=', coupleId)
      .where(column, '=', userId)
      .execute();
  const logIds = wholeCouple(trx, coupleId, 'log').select('id');
  await trx
    .updateTable('stress_periods')
    .set({ life_event_id: null })
    .where('couple_id', '=', coupleId)
    .where('life_event_id', 'is not', null)
    .where('life_event_id', 'not in', logIds)
    .execute();
}
