import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { AppError, invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import { type CoachReader, type PartnerViewer, visibleRows } from '../../storage/scope.ts';
import type { CoachSuggestionRow, Database } from '../../storage/tables.ts';
import type { CoachArea } from '../../storage/viewer.ts';
import { checkProposal } from '../experiments/propose.ts';
import { BUILT_IN_METRICS, DEFAULT_PHASE_DAYS } from '../experiments/rules.ts';
import { insertExperiment } from '../experiments/store.ts';
import { createIdea } from '../exploration/routes.ts';
import { checkNewHabit, insertNewHabit } from '../habits/create.ts';
import { checkTinyAction, normalizeSchedule } from '../habits/rules.ts';
import { normalizeTarget } from '../habits/target.ts';
import { createRitual } from '../rituals/routes.ts';
import { checkSchedule } from '../rituals/rules.ts';
import type {
  CoachSuggestion,
  ExperimentFields,
  HabitFields,
  IdeaFields,
  RitualFields,
  SuggestBody,
  Suggestion,
} from './suggestion-schema.ts';

/*
 * A coach suggests a habit, ritual, experiment or exploration idea; a partner accepts it (the
 * area's own row is created through the area's own checks, so it is the couple's like any other)
 * or declines it with an optional reason the coach sees.
 */

export type Kind = CoachSuggestionRow['kind'];
type Body = Static<typeof SuggestBody>;

/** The consent a suggestion needs: a coach suggests only into an area both partners let them see. */
export const KIND_AREA: Record<Kind, CoachArea> = {
  habit: 'habits',
  ritual: 'rituals',
  experiment: 'experiments',
  idea: 'exploration',
};
export const KINDS = Object.keys(KIND_AREA) as Kind[];

export const kindsAllowed = (areas: readonly CoachArea[]): Kind[] =>
  KINDS.filter((k) => areas.includes(KIND_AREA[k]));

/** An area's error about one of the suggestion's fields names it where the suggestion keeps it. */
function within<T>(run: () => Promise<T>): Promise<T> {
  return run().catch((e: unknown) => {
    if (e instanceof AppError && e.field) {
      const moved = new AppError(e.code, e.message, `fields.${e.field}`);
      throw e.say ? moved.saying(e.say) : moved;
    }
    throw e;
  });
}

/**
 * What can be checked when the coach suggests: the area's pure rules and the couple's domains and
 * metrics as the coach may see them. The rest (pace, a metric already in use) waits for the accept,
 * which runs every check of the area as the accepting partner.
 */
export async function checkSuggestion(db: Kysely<Database>, reader: CoachReader, b: Body): Promise<void> {
  if (!kindsAllowed(reader.asCoach.areas).includes(b.kind))
    throw new AppError(
      'forbidden',
      `The couple has not let you see their ${KIND_AREA[b.kind]}, so you cannot suggest there.`,
      'kind',
    );
  const domains = (await visibleRows(db, reader, 'domains').select('id').execute()).map((d) => d.id);
  const checkDomain = (domain: string) => {
    if (!domains.includes(domain))
      throw invalid(
        'domain',
        `"${domain}" is not one of the couple’s domains.`,
        phrase('refuse.coupleDomain', { value: domain }),
      );
  };
  await within(async () => {
    switch (b.kind) {
      case 'habit': {
        const f = b.fields;
        if (f.cue.trim().length < 3)
          throw invalid('cue', 'Name the moment it follows, e.g. "After dinner".', phrase('refuse.cue'));
        checkTinyAction(f.action);
        normalizeSchedule(f.schedule);
        if (f.target) normalizeTarget(f.target);
        checkDomain(f.domain);
        return;
      }
      case 'ritual':
        checkSchedule({
          cadence: b.fields.cadence,
          weekday: b.fields.weekday ?? null,
          dayOfMonth: b.fields.dayOfMonth ?? null,
        });
        return;
      case 'experiment': {
        const f = b.fields;
        if (f.title.trim().length < 3)
          throw invalid('title', 'Name the behaviour to try.', phrase('refuse.experimentTitle'));
        const own = await visibleRows(db, reader, 'metrics')
          .select('id')
          .where('accepted_at', 'is not', null)
          .where('retired_at', 'is', null)
          .execute();
        const ok = (m: string) => m in BUILT_IN_METRICS || own.some((x) => x.id === m);
        if (!ok(f.metric))
          throw invalid(
            'metric',
            `"${f.metric}" is not one of the couple’s check-in metrics.`,
            phrase('refuse.coupleMetric', { value: f.metric }),
          );
        for (const [i, m] of (f.secondary ?? []).entries())
          if (!ok(m))
            throw invalid(
              `secondary.${i}`,
              `"${m}" is not one of the couple’s check-in metrics.`,
              phrase('refuse.coupleMetric', { value: m }),
            );
        const phaseDays = f.phaseDays ?? DEFAULT_PHASE_DAYS;
        if ((f.settlingDays ?? 0) + 2 > phaseDays)
          throw invalid(
            'settlingDays',
            `With ${phaseDays}-day phases, at most ${phaseDays - 2} settling days.`,
            phrase('refuse.settlingDays', { days: phaseDays, count: phaseDays - 2 }),
          );
        if (f.domain !== undefined) checkDomain(f.domain);
        return;
      }
      case 'idea':
        if (!b.fields.text.trim())
          throw invalid('text', 'Write the idea in a few words.', phrase('refuse.ideaText'));
        checkDomain(b.fields.domain);
        return;
    }
  });
}

export async function insertSuggestion(db: Kysely<Database>, reader: CoachReader, b: Body) {
  const row: CoachSuggestionRow = {
    couple_id: reader.couple.id,
    id: newId(),
    coach_id: reader.userId,
    kind: b.kind,
    fields: JSON.stringify(b.fields),
    note: b.note?.trim() || null,
    state: 'open',
    decline_reason: null,
    decided_by: null,
    decided_at: null,
    created_id: null,
    created_at: nowIso(),
  };
  await db.insertInto('coach_suggestions').values(row).execute();
  return row;
}

/** Creates the area's row from an accepted suggestion, as the accepting partner; returns its id. */
async function createFrom(trx: Kysely<Database>, viewer: PartnerViewer, row: CoachSuggestionRow) {
  const fields = JSON.parse(row.fields);
  switch (row.kind) {
    case 'habit': {
      const f = fields as Static<typeof HabitFields>;
      return (await insertNewHabit(trx, viewer, await checkNewHabit(trx, viewer, { ...f, owner: 'both' })))
        .id;
    }
    case 'ritual':
      return (await createRitual(trx, viewer, fields as Static<typeof RitualFields>)).id;
    case 'experiment': {
      const f = fields as Static<typeof ExperimentFields>;
      return (
        await insertExperiment(trx, viewer, await checkProposal(trx, viewer, { ...f, performer: 'both' }))
      ).id;
    }
    case 'idea':
      return (await createIdea(trx, viewer, fields as Static<typeof IdeaFields>)).id;
  }
}

const decided = (viewer: PartnerViewer) => ({ decided_by: viewer.userId, decided_at: nowIso() });

/**
 * Accepts an open suggestion: the state moves from open to accepted by one conditional update,
 * and the area's row is created in the same transaction. Of two accepts at once, one moves it
 * and creates the row; the other finds it accepted already. If the area refuses (a 400 naming the
 * field), the transaction rolls back and the suggestion stays open.
 */
export async function acceptSuggestion(db: Kysely<Database>, viewer: PartnerViewer, row: CoachSuggestionRow) {
  await db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('coach_suggestions')
      .set({ state: 'accepted', ...decided(viewer) })
      .where('couple_id', '=', viewer.couple.id)
      .where('id', '=', row.id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return;
    const createdId = await within(() => createFrom(trx, viewer, row));
    await trx
      .updateTable('coach_suggestions')
      .set({ created_id: createdId })
      .where('couple_id', '=', viewer.couple.id)
      .where('id', '=', row.id)
      .execute();
  });
}

/** Declines an open suggestion, keeping the reason for the coach; false when it was not open. */
export async function declineSuggestion(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  reason: string | null,
): Promise<boolean> {
  const res = await db
    .updateTable('coach_suggestions')
    .set({ state: 'declined', decline_reason: reason, ...decided(viewer) })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A coach's open suggestions to a couple end with the coach's last link to it. */
export async function withdrawOpen(db: Kysely<Database>, coupleId: string, coachId: string) {
  await db
    .updateTable('coach_suggestions')
    .set({ state: 'withdrawn', decided_at: nowIso() })
    .where('couple_id', '=', coupleId)
    .where('coach_id', '=', coachId)
    .where('state', '=', 'open')
    .execute();
}

const said = (r: CoachSuggestionRow) => ({
  id: r.id,
  kind: r.kind,
  note: r.note,
  fields: JSON.parse(r.fields),
  createdAt: r.created_at,
});

export const forCoach = (r: CoachSuggestionRow): Static<typeof CoachSuggestion> => ({
  ...said(r),
  state: r.state,
  declineReason: r.decline_reason,
  decidedAt: r.decided_at,
});

export const forPartner = (
  r: CoachSuggestionRow & { coach_name: string | null },
): Static<typeof Suggestion> => ({
  ...said(r),
  coachName: r.coach_name ?? '',
  state: r.state,
  createdId: r.created_id,
});
