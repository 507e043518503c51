import type { Kysely } from 'kysely';
import type { ParsedHabit } from '../../import/types.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import { coupleRows } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { scheduleColumns } from './store.ts';
import { type Target, targetColumns, toHundredths } from './target.ts';

/** Where imported habits go until the couple moves them: a domain of their own, easy to spot. */
export const IMPORTED_DOMAIN = { id: 'imported', label: 'Imported habits' };

/**
 * A Loop numerical habit's target (per its period of n days, as in Loop), in hundredths; null
 * for a yes/no habit or one whose target can't be read.
 */
function targetOfLoop(h: ParsedHabit): Target | null {
  if (h.type !== 'numerical' || h.targetValue === null) return null;
  const value = Math.round(h.targetValue * 100);
  if (!(value > 0)) return null;
  return { kind: h.targetType ?? 'at_least', value, unit: h.unit?.trim() || 'times' };
}

/**
 * The day's amount of a numerical habit, in hundredths (rounded: Loop keeps thousandths), or
 * null when the day is not written. A 0 is written for an at-most habit (a day kept under the
 * limit, on record) but left out for an at-least one, where it says no more than an empty day.
 */
function amountOf(t: Target, c: ParsedHabit['checkoffs'][number]): number | null {
  if (c.value === null || c.value < 0 || (c.state !== 'yes' && c.state !== 'no')) return null;
  const h = toHundredths(c.value) ?? Math.round(c.value * 100);
  return h === 0 && t.kind === 'at_least' ? null : h;
}

/** Did a Loop yes/no day count as done? */
function done(c: ParsedHabit['checkoffs'][number]): boolean {
  return c.state === 'yes';
}

/**
 * Writes Loop Habit Tracker habits and their days as the importer's own habits, in the
 * caller's transaction. A habit already imported (same action, same person) gets only the days
 * it lacks, so a re-import adds nothing twice. Loop's "not needed that day" and "no" leave the
 * day empty; "skip" stays a skip, which freezes the score as it did in Loop. A numerical Loop
 * habit becomes a numeric habit with its target and unit, and each day its amount.
 */
export async function importHabits(
  trx: Kysely<Database>,
  into: { coupleId: string; authorId: string },
  habits: ParsedHabit[],
): Promise<{ habits: number; checkoffs: number }> {
  if (habits.length === 0) return { habits: 0, checkoffs: 0 };
  const now = nowIso();
  const existingDomain = await coupleRows(trx, into.coupleId, 'domains')
    .select('id')
    .where('id', '=', IMPORTED_DOMAIN.id)
    .executeTakeFirst();
  if (!existingDomain) {
    await trx
      .insertInto('domains')
      .values({ couple_id: into.coupleId, ...IMPORTED_DOMAIN, created_at: now })
      .execute();
  }
  const mine = await coupleRows(trx, into.coupleId, 'habits')
    .select(['id', 'action'])
    .where('created_by', '=', into.authorId)
    .execute();
  const byAction = new Map(mine.map((h) => [h.action, h.id]));
  let created = 0;
  let checkoffs = 0;
  for (const h of habits) {
    const target = targetOfLoop(h);
    const days = h.checkoffs
      .map((c) => ({ c, value: target ? amountOf(target, c) : null }))
      .filter(({ c, value }) => value !== null || (!target && done(c)) || c.state === 'skip');
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
          couple_id: into.coupleId,
          id,
          created_by: into.authorId,
          owner: into.authorId,
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
          ...(target ? targetColumns(target) : {}),
        })
        .execute();
      byAction.set(h.name, id);
      created++;
    }
    for (let i = 0; i < days.length; i += 200) {
      const rows = days.slice(i, i + 200).map(({ c, value }) => ({
        couple_id: into.coupleId,
        habit_id: id,
        date: c.date,
        kind: c.state === 'skip' ? ('skip' as const) : ('done' as const),
        by_user: into.authorId,
        appreciation_id: null,
        created_at: now,
        value: c.state === 'skip' ? null : value,
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
