/**
 * The habits part of the weekly ritual, read for a viewer: loads the couple's habits and the
 * week's check-offs through the habits store and hands them to the pure {@link weeklyHabitWins}.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../dates.ts';
import { type PartnerViewer, visibleRows } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { scheduleOf } from './present.ts';
import * as store from './store.ts';
import { countsAsKept } from './target.ts';
import { type HabitWin, weeklyHabitWins } from './wins.ts';

/** Each active habit's week starting `weekStart` (a local date), in plain words. */
export async function loadWeeklyHabitWins(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  weekStart: string,
): Promise<HabitWin[]> {
  const [habits, partners, checkoffs] = await Promise.all([
    store.listHabits(db, viewer),
    store.listPartners(db, viewer.couple.id),
    visibleRows(db, viewer, 'habit_checkoffs')
      .select(['habit_id', 'date', 'kind', 'value'])
      .where('date', '>=', weekStart)
      .where('date', '<=', addDays(weekStart, 6))
      .execute(),
  ]);
  const names = new Map(partners.map((p) => [p.user_id, p.display_name]));
  const byId = new Map(habits.map((h) => [h.id, h]));
  return weeklyHabitWins(
    habits.map((h) => ({
      id: h.id,
      action: h.action,
      ownerName: h.owner === 'both' ? 'Both of you' : (names.get(h.owner) ?? 'A former partner'),
      schedule: scheduleOf(h),
      status: h.status,
      startDate: h.start_date,
    })),
    // A day below a numeric target is not a win; it is left out, like a miss.
    checkoffs
      .filter((c) => {
        const habit = byId.get(c.habit_id);
        return c.kind === 'skip' || (habit !== undefined && countsAsKept(habit, c));
      })
      .map((c) => ({ habitId: c.habit_id, date: c.date, kind: c.kind })),
    weekStart,
  );
}
