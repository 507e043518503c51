import type { Kysely } from 'kysely';
import { wholeCouple } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';

/**
 * Removes one person's rows from the habits, reward-audit and pace tables of a couple (account
 * deletion, inside its transaction): their own habits with everything attached, their check-offs
 * and SRBAI answers on shared habits, changes they proposed or agreed to, their audit items, and
 * links to their (already deleted) appreciations. Shared habits they created stay with the couple,
 * no longer naming them.
 */
export async function deleteHabitRowsOf(
  trx: Kysely<Database>,
  coupleId: string,
  userId: string,
): Promise<void> {
  const own = wholeCouple(trx, coupleId, 'habits').select('id').where('owner', '=', userId);
  await trx
    .deleteFrom('habit_checkoffs')
    .where('couple_id', '=', coupleId)
    .where('habit_id', 'in', own)
    .execute();
  await trx
    .deleteFrom('habit_srbai')
    .where('couple_id', '=', coupleId)
    .where('habit_id', 'in', own)
    .execute();
  await trx
    .deleteFrom('habit_changes')
    .where('couple_id', '=', coupleId)
    .where('habit_id', 'in', own)
    .execute();
  await trx.deleteFrom('habits').where('couple_id', '=', coupleId).where('owner', '=', userId).execute();
  await trx
    .deleteFrom('habit_checkoffs')
    .where('couple_id', '=', coupleId)
    .where('by_user', '=', userId)
    .execute();
  await trx
    .deleteFrom('habit_srbai')
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .execute();
  await trx
    .deleteFrom('habit_changes')
    .where('couple_id', '=', coupleId)
    .where((eb) => eb.or([eb('proposed_by', '=', userId), eb('consents', 'like', `%"${userId}"%`)]))
    .execute();
  await trx
    .updateTable('habits')
    .set({ created_by: '' })
    .where('couple_id', '=', coupleId)
    .where('created_by', '=', userId)
    .execute();
  const logIds = wholeCouple(trx, coupleId, 'log').select('id');
  await trx
    .updateTable('habit_checkoffs')
    .set({ appreciation_id: null })
    .where('couple_id', '=', coupleId)
    .where('appreciation_id', 'is not', null)
    .where('appreciation_id', 'not in', logIds)
    .execute();
  await trx
    .deleteFrom('reward_audit')
    .where('couple_id', '=', coupleId)
    .where('author_id', '=', userId)
    .execute();
}
