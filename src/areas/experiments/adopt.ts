import type { Kysely } from 'kysely';
import { AppError, invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database, ExperimentRow } from '../../storage/tables.ts';
import { checkTinyAction, normalizeSchedule } from '../habits/rules.ts';
import { insertHabit, listHabits } from '../habits/store.ts';
import { paceOf } from '../pace/store.ts';

/**
 * "Adopt as a micro-habit": the B behaviour becomes a daily habit of its performer(s) in the
 * experiment's domain, under the same pace rule as any new habit. Returns the habit's id.
 */
export async function adoptAsHabit(
  trx: Kysely<Database>,
  viewer: PartnerViewer,
  row: ExperimentRow,
  input: { cue: string | undefined; action: string | undefined; today: string },
): Promise<string> {
  const cue = input.cue?.trim() ?? '';
  if (cue.length < 3)
    throw invalid(
      'cue',
      'Name the moment it follows, e.g. "When we sit down to dinner".',
      phrase('refuse.cue'),
    );
  const action = (input.action ?? row.title).trim();
  checkTinyAction(action);
  const pace = await paceOf(trx, viewer, row.domain);
  const active = (await listHabits(trx, viewer)).filter(
    (h) => h.domain === row.domain && h.status === 'active',
  );
  if (active.length >= pace.maxActive)
    throw new AppError(
      'conflict',
      `Your pace for this domain is ${pace.maxActive} change${pace.maxActive === 1 ? '' : 's'} at a time, and "${active[0]!.action}" is still settling in. Graduate or pause it first, or decide together to raise the pace.`,
      'step',
    ).saying(
      phrase('refuse.paceFull', {
        domain: row.domain,
        domainId: row.domain,
        count: pace.maxActive,
        action: active[0]!.action,
      }),
    );
  const habit = await insertHabit(trx, viewer, {
    owner: row.performer,
    domain: row.domain,
    cue,
    action,
    reward: '',
    schedule: normalizeSchedule({ kind: 'daily' }),
    startDate: input.today,
    target: null,
  });
  return habit.id;
}
