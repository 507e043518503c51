import type { Kysely } from 'kysely';
import type { ParsedHabit } from '../../import/types.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import type { Database } from '../../storage/tables.ts';
import { scheduleColumns } from './store.ts';

/** Where imported habits go until the couple moves them: a domain of their own, easy to spot. */
export const IMPORTED_DOMAIN = { id: 'imported', label: 'Imported habits' };

/** Did a Loop day count as done? Numerical habits: when the amount met the habit's target. */
function done(h: ParsedHabit, c: ParsedHabit['checkoffs'][number]): boolean {
  if (c.state !== 'yes') return false;
  if (h.type !== 'numerical' || c.value === null || h.targetValue === null) return true;
  return h.targetType === 'at_most' ? c.value <= h.targetValue : c.value >= h.targetValue;
}

/**
 * Writes Loop Habit Tracker habits and their days as the importer's own habits, in the
 * caller's transaction. A habit already imported (same action, same person) gets only the days
 * it lacks, so a re-import adds nothing twice. Loop's "not needed that day" and "no" leave the
 * day empty; "skip" stays a skip, which freezes the score as it did in Loop.
 */
export async function importHabits(
  trx: Kysely<Database>,
  target: { coupleId: string; authorId: string },
  habits: ParsedHabit[],
): Promise<{ habits: number; checkoffs: number }> {
  if (habits.length === 0) return { habits: 0, checkoffs: 0 };
  const now = nowIso();
  const existingDomain = await trx
    .selectFrom('domains')
    .select('id')
    .where('couple_id', '=', target.coupleId)
    .where('id', '=', IMPORTED_DOMAIN.id)
    .executeTakeFirst();
  if (!existingDomain) {
    await trx
      .insertInto('domains')
      .values({ couple_id: target.coupleId, ...IMPORTED_DOMAIN, created_at: now })
      .execute();
  }
  const mine = await trx
    .selectFrom('habits')
    .select(['id', 'action'])
    .where('couple_id', '=', target.coupleId)
    .where('created_by', '=', target.authorId)
    .execute();
  const byAction = new Map(mine.map((h) => [h.action, h.id]));
  let created = 0;
  let checkoffs = 0;
  for (const h of habits) {
    const days = h.checkoffs.filter((c) => done(h, c) || c.state === 'skip');
    const start = [...h.checkoffs.map((c) => c.date)].sort()[0] ?? now.slice(0, 10);
    let id = byAction.get(h.name);
    if (!id) {
      id = newId();
      const { numerator: k, denominator: n } = h.frequency;
      const schedule =
        k === n
          ? { kind: 'daily' as const, weekdays: [], times: 1, days: 1 }
          : { kind: 'times' as const, weekdays: [], times: Math.min(k, n), days: n };
      await trx
        .insertInto('habits')
        .values({
          couple_id: target.coupleId,
          id,
          created_by: target.authorId,
          owner: target.authorId,
          domain: IMPORTED_DOMAIN.id,
          cue: h.question || h.description || 'From Loop Habit Tracker',
          action: h.name,
          reward: '',
          ...scheduleColumns(schedule),
          status: h.archived ? 'retired' : 'active',
          status_reason: h.archived ? 'Archived in Loop Habit Tracker' : null,
          status_since: start,
          start_date: start,
          created_at: now,
          updated_at: now,
        })
        .execute();
      byAction.set(h.name, id);
      created++;
    }
    for (let i = 0; i < days.length; i += 200) {
      const rows = days.slice(i, i + 200).map((c) => ({
        couple_id: target.coupleId,
        habit_id: id,
        date: c.date,
        kind: c.state === 'skip' ? ('skip' as const) : ('done' as const),
        by_user: target.authorId,
        appreciation_id: null,
        created_at: now,
      }));
      const result = await trx
        .insertInto('habit_checkoffs')
        .values(rows)
        .onConflict((oc) => oc.columns(['couple_id', 'habit_id', 'date']).doNothing())
        .executeTakeFirst();
      checkoffs += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return { habits: created, checkoffs };
}
