import type { Kysely } from 'kysely';
import { wholeCouple } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';

/**
 * Removes one person's credit rows (account deletion, inside its transaction): their evening
 * reviews and hint decisions. A review of theirs that credited the partner goes with them; the
 * partner's reviews that credited their entries lose the link (the entries are gone).
 */
export async function deleteCreditRowsOf(
  trx: Kysely<Database>,
  coupleId: string,
  userId: string,
): Promise<void> {
  for (const table of ['credit_reviews', 'credit_decisions'] as const)
    await trx.deleteFrom(table).where('couple_id', '=', coupleId).where('user_id', '=', userId).execute();
  await trx
    .updateTable('credit_reviews')
    .set({ action_log_id: null })
    .where('couple_id', '=', coupleId)
    .where('action_log_id', 'is not', null)
    .where('action_log_id', 'not in', wholeCouple(trx, coupleId, 'log').select('id'))
    .execute();
}
