/**
 * Easings that have waited out their horizon. Reads never write: a pending change whose horizon
 * has passed and whose consents are complete counts as applied in every read (this file's
 * `withDueChanges`), and the next write to the couple's habits stores it (`applyDueChanges` in
 * present.ts). Both use the same columns, so what a read shows is what the write stores.
 */
import type { HabitChangeRow, HabitRow, HabitsTable } from '../../storage/tables.ts';
import { changeIsDue, consentNeeded, type HabitChange, type Schedule } from './rules.ts';
import { targetColumns } from './target.ts';

export function scheduleColumns(s: Schedule) {
  return { schedule_kind: s.kind, weekdays: JSON.stringify(s.weekdays), times: s.times, days: s.days };
}

/** The columns a change sets on its habit when it takes effect. */
export function changeColumns(c: HabitChangeRow): Partial<HabitsTable> {
  const change = JSON.parse(c.change) as HabitChange;
  if ('status' in change)
    return { status: 'paused', status_reason: change.reason, status_since: c.effective_on };
  return {
    ...(change.schedule ? scheduleColumns(change.schedule) : {}),
    ...(change.target ? targetColumns(change.target) : {}),
  };
}

/** Splits pending changes into those due today (by habit id) and those still waiting. */
export function splitDue(
  pending: HabitChangeRow[],
  owners: Map<string, string>,
  partnerIds: string[],
  today: string,
): { due: Map<string, HabitChangeRow>; waiting: HabitChangeRow[] } {
  const due = new Map<string, HabitChangeRow>();
  const waiting: HabitChangeRow[] = [];
  for (const c of pending) {
    const owner = owners.get(c.habit_id);
    const consents = JSON.parse(c.consents) as string[];
    if (
      owner !== undefined &&
      changeIsDue({ effectiveOn: c.effective_on, consents }, consentNeeded(owner, partnerIds), today)
    )
      due.set(c.habit_id, c);
    else waiting.push(c);
  }
  return { due, waiting };
}

/** A habit as it stands today: with its due change applied. */
export function withDueChanges(row: HabitRow, due: Map<string, HabitChangeRow>): HabitRow {
  const c = due.get(row.id);
  return c ? { ...row, ...changeColumns(c) } : row;
}
