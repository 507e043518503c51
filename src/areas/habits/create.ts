import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { listDomains } from '../couple/store.ts';
import { paceOf } from '../pace/store.ts';
import { checkTinyAction, EDIT_WINDOW_DAYS, normalizeSchedule } from './rules.ts';
import type { CreateHabitBody } from './schema.ts';
import * as store from './store.ts';
import { normalizeTarget } from './target.ts';

/*
 * Starting a habit, for the habits route and for a coach's suggestion a partner accepts: the same
 * checks either way. `checkNewHabit` reads, `insertNewHabit` writes (inside the caller's
 * transaction, so the pace is counted where the habit is written).
 */

export type NewHabit = Awaited<ReturnType<typeof checkNewHabit>>;

export async function checkNewHabit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  b: Static<typeof CreateHabitBody>,
) {
  const today = localDate(viewer.couple.timeZone);
  if (b.cue.trim().length < 3)
    throw invalid('cue', 'Name the moment it follows, e.g. "After I pour the coffee".', phrase('refuse.cue'));
  checkTinyAction(b.action);
  const partners = await store.listPartners(db, viewer.couple.id);
  const owner = b.owner === 'me' ? viewer.userId : b.owner;
  if (owner !== 'both' && !partners.some((p) => p.user_id === owner))
    throw invalid('owner', 'A habit belongs to one of you, or to both ("both").');
  const domains = await listDomains(db, viewer.couple.id);
  const domain = domains.find((d) => d.id === b.domain);
  if (!domain)
    throw invalid(
      'domain',
      `"${b.domain}" is not one of your domains. Add it first, or pick another.`,
      phrase('refuse.notYourDomain', { value: b.domain }),
    );
  const schedule = normalizeSchedule(b.schedule);
  const target = b.target ? normalizeTarget(b.target) : null;
  const startDate = b.startDate ?? today;
  if (startDate < addDays(today, -EDIT_WINDOW_DAYS) || startDate > addDays(today, 30))
    throw invalid(
      'startDate',
      `Start within the last ${EDIT_WINDOW_DAYS} days or the next 30.`,
      phrase('refuse.habitStart', { count: EDIT_WINDOW_DAYS, ahead: 30 }),
    );
  return {
    owner,
    domain,
    cue: b.cue.trim(),
    action: b.action.trim(),
    reward: (b.reward ?? '').trim(),
    schedule,
    startDate,
    target,
  };
}

/** Writes a checked habit unless the domain's pace is reached. */
export async function insertNewHabit(trx: Kysely<Database>, viewer: PartnerViewer, h: NewHabit) {
  const pace = await paceOf(trx, viewer, h.domain.id);
  const active = (await store.listHabits(trx, viewer)).filter(
    (x) => x.domain === h.domain.id && x.status === 'active',
  );
  if (active.length >= pace.maxActive)
    throw invalid(
      'domain',
      `Your pace for ${h.domain.label} is ${pace.maxActive} change${pace.maxActive === 1 ? '' : 's'} at a time, and "${active[0]!.action}" is still settling in. Graduate or pause it first, or decide together to raise the pace.`,
      phrase('refuse.paceFull', {
        domain: h.domain.label,
        domainId: h.domain.id,
        count: pace.maxActive,
        action: active[0]!.action,
      }),
    );
  return store.insertHabit(trx, viewer, { ...h, domain: h.domain.id });
}
