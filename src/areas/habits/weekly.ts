/**
 * The habits part of the weekly ritual, read for a viewer: loads the couple's habits and the
 * week's check-offs through the habits store and hands them to the pure {@link weeklyHabitWins}.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../dates.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { scheduleOf } from './present.ts';
import * as store from './store.ts';
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
    db
      .selectFrom('habit_checkoffs')
      .select(['habit_id', 'date', 'kind'])
      .where('couple_id', '=', viewer.couple.id)
      .where('date', '>=', weekStart)
      .where('date', '<=', addDays(weekStart, 6))
      .execute(),
  ]);
  const names = new Map(partners.map((p) => [p.user_id, p.display_name]));
  return weeklyHabitWins(
    habits.map((h) => ({
      id: h.id,
      action: h.action,
      ownerName: h.owner === 'both' ? 'Both of you' : (names.get(h.owner) ?? 'A former partner'),
      schedule: scheduleOf(h),
      status: h.status,
      startDate: h.start_date,
    })),
    checkoffs.map((c) => ({ habitId: c.habit_id, date: c.date, kind: c.kind })),
    weekStart,
  );
}
