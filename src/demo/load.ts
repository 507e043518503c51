import type { Kysely } from 'kysely';
import { hashPassword } from '../areas/account/passwords.ts';
import { deleteUserEverywhere, findUserByEmail, insertUser } from '../areas/account/store.ts';
import { insertCouple, insertPartner } from '../areas/couple/store.ts';
import { ruleText } from '../areas/experiments/rules.ts';
import { computeAutomaticity } from '../areas/habits/automaticity.ts';
import { scheduleColumns } from '../areas/habits/store.ts';
import { addDays } from '../dates.ts';
import { newId, nowIso } from '../storage/ids.ts';
import type { Database } from '../storage/tables.ts';
import type { DemoPlan, Who } from './types.ts';

export const DEMO_LOGINS: Record<Who, { email: string; password: string; name: string; timeZone: string }> = {
  lisa: {
    email: 'lisa.johnson@example.com',
    password: 'attune-demo-lisa',
    name: 'Lisa',
    timeZone: 'America/Chicago',
  },
  michael: {
    email: 'michael.johnson@example.com',
    password: 'attune-demo-michael',
    name: 'Michael',
    timeZone: 'America/Chicago',
  },
};

export async function demoExists(db: Kysely<Database>): Promise<boolean> {
  return (await findUserByEmail(db, DEMO_LOGINS.lisa.email)) !== undefined;
}

/** Removes the demo couple and its people entirely. */
export async function removeDemo(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const who of ['lisa', 'michael'] as const) {
      const user = await findUserByEmail(trx, DEMO_LOGINS[who].email);
      if (user) await deleteUserEverywhere(trx, user.id);
    }
  });
}

const BATCH = 200;

async function insertBatches<T>(
  trx: Kysely<Database>,
  table:
    | 'log'
    | 'checkins'
    | 'habits'
    | 'habit_checkoffs'
    | 'habit_srbai'
    | 'experiment_adherence'
    | 'anchor_checkoffs',
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
}

/** Writes a plan as the Johnsons, in one transaction. Returns the couple's id. */
export async function loadDemo(db: Kysely<Database>, plan: DemoPlan): Promise<string> {
  const hashes = {
    lisa: await hashPassword(DEMO_LOGINS.lisa.password),
    michael: await hashPassword(DEMO_LOGINS.michael.password),
  };
  return db.transaction().execute(async (trx) => {
    const lisa = await insertUser(trx, DEMO_LOGINS.lisa.email, hashes.lisa);
    const michael = await insertUser(trx, DEMO_LOGINS.michael.email, hashes.michael);
    const coupleId = await insertCouple(trx, lisa.id, DEMO_LOGINS.lisa.name, DEMO_LOGINS.lisa.timeZone);
    await insertPartner(trx, coupleId, michael.id, DEMO_LOGINS.michael.name, DEMO_LOGINS.michael.timeZone);
    const userId: Record<Who, string> = { lisa: lisa.id, michael: michael.id };
    const now = nowIso();

    const ids = plan.log.map(() => newId());
    await insertBatches(
      trx,
      'log',
      plan.log.map((e, i) => ({
        couple_id: coupleId,
        id: ids[i]!,
        author_id: userId[e.author],
        kind: e.kind,
        date: e.date,
        text: e.text,
        domains: JSON.stringify(e.domains),
        intensity: e.intensity,
        visibility: e.visibility,
        repair_of: e.repairOf === null ? null : ids[e.repairOf]!,
        promise_due: e.promiseDue,
        promise_state: e.promiseState,
        fingerprint: null,
        created_at: `${e.date}T20:00:00.000Z`,
        updated_at: now,
        deleted_at: null,
      })),
    );
    await insertBatches(
      trx,
      'checkins',
      plan.checkins.map((c) => ({
        couple_id: coupleId,
        id: newId(),
        author_id: userId[c.author],
        date: c.date,
        satisfaction: c.satisfaction,
        energy: c.energy,
        connection: c.connection,
        conflicts: c.conflicts,
        positives: c.positives,
        metrics: '{}',
        visibility: 'shared',
        note: c.note,
        note_visibility: 'private',
        created_at: `${c.date}T21:00:00.000Z`,
        updated_at: now,
      })),
    );
    const habitIds = plan.habits.map(() => newId());
    await insertBatches(
      trx,
      'habits',
      plan.habits.map((h, i) => ({
        couple_id: coupleId,
        id: habitIds[i]!,
        created_by: userId[h.owner],
        owner: userId[h.owner],
        domain: h.domain,
        cue: h.cue,
        action: h.action,
        reward: h.reward,
        ...scheduleColumns({ ...h.schedule, weekdays: [] }),
        status: h.status,
        status_reason: h.statusReason,
        status_since: h.statusSince,
        start_date: h.start,
        created_at: `${h.start}T08:00:00.000Z`,
        updated_at: now,
      })),
    );
    await insertBatches(
      trx,
      'habit_checkoffs',
      plan.habits.flatMap((h, i) =>
        [
          ...h.done.map((date) => ({ date, kind: 'done' as const })),
          ...h.skipped.map((date) => ({ date, kind: 'skip' as const })),
        ].map((c) => ({
          couple_id: coupleId,
          habit_id: habitIds[i]!,
          date: c.date,
          kind: c.kind,
          by_user: userId[h.owner],
          appreciation_id: null,
          created_at: `${c.date}T09:00:00.000Z`,
        })),
      ),
    );
    await insertBatches(
      trx,
      'habit_srbai',
      plan.habits.flatMap((h, i) =>
        h.srbai.map((s, k) => ({
          couple_id: coupleId,
          habit_id: habitIds[i]!,
          user_id: userId[h.owner],
          date: s.date,
          items: JSON.stringify(s.items),
          created_at: `${s.date}T20:00:00.000Z`,
          // As if answered in the app: the estimate is kept with the latest answer.
          automaticity:
            k === h.srbai.length - 1 ? JSON.stringify(computeAutomaticity(h.srbai, h.start)) : null,
        })),
      ),
    );
    await insertExperiment(trx, coupleId, userId, plan);
    // The date-night anchor, checked off by whoever wrote the evening's entry, and the stress
    // periods the two life events opened (closed once they eased; crisis mode never used).
    for (const a of plan.anchors) {
      const anchorId = newId();
      await trx
        .insertInto('anchors')
        .values({
          couple_id: coupleId,
          id: anchorId,
          name: a.name,
          times: a.cadence.times,
          days: a.cadence.days,
          lowered_times: null,
          lowered_days: null,
          source: 'checkoff',
          log_kind: null,
          log_domain: null,
          start_date: a.start,
          created_by: lisa.id,
          created_at: `${a.start}T08:00:00.000Z`,
          updated_at: now,
        })
        .execute();
      const authorOn = new Map(
        plan.log.filter((e) => e.text === a.name).map((e) => [e.date, userId[e.author]] as const),
      );
      await insertBatches(
        trx,
        'anchor_checkoffs',
        a.kept.map((date) => ({
          couple_id: coupleId,
          anchor_id: anchorId,
          date,
          by_user: authorOn.get(date) ?? lisa.id,
          created_at: `${date}T22:00:00.000Z`,
        })),
      );
    }
    for (const p of plan.stress) {
      const event = plan.log[p.lifeEvent]!;
      await trx
        .insertInto('stress_periods')
        .values({
          couple_id: coupleId,
          id: newId(),
          name: p.name,
          life_event_id: ids[p.lifeEvent]!,
          opened_on: p.from,
          closed_on: p.until,
          crisis_since: null,
          opened_by: userId[event.author],
          created_at: `${p.from}T20:30:00.000Z`,
        })
        .execute();
    }
    return coupleId;
  });
}

/** The phones-away experiment as the app records one: proposed, accepted by both, drawn, tapped. */
async function insertExperiment(
  trx: Kysely<Database>,
  coupleId: string,
  userId: Record<Who, string>,
  plan: DemoPlan,
): Promise<void> {
  const e = plan.experiment;
  const start = e.phases[0]!.start;
  const end = e.phases[e.phases.length - 1]!.end;
  const proposed = `${addDays(start, -2)}T19:00:00.000Z`;
  const locked = `${addDays(start, -1)}T19:30:00.000Z`;
  const id = newId(Date.parse(proposed));
  await trx
    .insertInto('experiments')
    .values({
      couple_id: coupleId,
      id,
      title: e.title,
      performer: 'both',
      blind_rater: null,
      metric: 'connection',
      better: 'higher',
      secondary: JSON.stringify(['satisfaction']),
      design: 'ABAB',
      phase_days: 14,
      min_phase: e.minPhase,
      randomized: 1,
      settling_days: 0,
      rule: ruleText('felt connection', 'higher'),
      domain: 'communication',
      status: 'running',
      proposed_by: userId.lisa,
      proposed_at: proposed,
      acceptances: JSON.stringify([
        { userId: userId.lisa, at: proposed },
        { userId: userId.michael, at: locked },
      ]),
      locked_at: locked,
      start_date: start,
      end_date: end,
      seed: e.seed,
      schedule: JSON.stringify(e.schedule),
      stopped_at: null,
      stopped_on: null,
      stopped_by: null,
      stop_reason: null,
      next_step: null,
      next_step_by: null,
      next_step_at: null,
      follow_up: null,
      created_at: proposed,
      updated_at: locked,
    })
    .execute();
  await insertBatches(
    trx,
    'experiment_adherence',
    e.adherence.map((a) => ({
      couple_id: coupleId,
      experiment_id: id,
      user_id: userId[a.who],
      date: a.date,
      done: a.done ? 1 : 0,
      note: null,
      created_at: `${a.date}T21:00:00.000Z`,
    })),
  );
}
