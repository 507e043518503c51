import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { coachVisibleRows } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import type { CoachArea, CoachReader } from '../../storage/viewer.ts';
import { logKeeps, presentAnchor } from '../anchors/rules.ts';
import { analyze } from '../experiments/analysis.ts';
import { scheduleOf as experimentPhases } from '../experiments/present.ts';
import { analysedRange, dailyValues, ratersOf } from '../experiments/rules.ts';
import { factsOf } from '../habits/present.ts';
import { habitNumbers } from '../habits/strength.ts';
import { trendsOf } from './rules.ts';
import type { Digest } from './schema.ts';

/** A coach's reader for one couple, with the partners' names (scope.ts's coachAdmissions). */
export type Admission = CoachReader & {
  lastSessionOn: string | null;
  partners: { userId: string; name: string }[];
};

type Period = { from: string; previousFrom: string };

/** Rows grouped by their couple. */
function byCouple<R extends { couple_id: string }>(rows: R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(r.couple_id);
    if (list) list.push(r);
    else out.set(r.couple_id, [r]);
  }
  return out;
}

const minOf = (xs: string[]) => [...xs].sort()[0] ?? '9999-12-31';

/**
 * Each couple's digest for their coach, from its period's start to the couple's today. Every
 * number comes from rows read through the coach's rules (coachVisibleRows: one query per table
 * for all couples), so an area a couple did not consent to is null and a row not shared is not
 * in it. `period` (default: the last seven days against the seven before) is per couple.
 */
export async function digestsFor(
  db: Kysely<Database>,
  admissions: readonly Admission[],
  periodOf: (today: string, a: Admission) => Period = (today) => ({
    from: addDays(today, -6),
    previousFrom: addDays(today, -13),
  }),
): Promise<Static<typeof Digest>[]> {
  if (admissions.length === 0) return [];
  const ctx = admissions.map((a) => {
    const today = localDate(a.couple.timeZone);
    return { a, today, ...periodOf(today, a) };
  });
  const earliest = minOf(ctx.map((c) => c.previousFrom));
  const any = (area: CoachArea) => admissions.some((a) => a.asCoach.areas.includes(area));
  const [checkins, experiments, anchors, checkoffs, stress, habits, marks, csi4] = await Promise.all([
    any('checkins')
      ? coachVisibleRows(db, admissions, 'checkins')
          .select(['couple_id', 'date', 'satisfaction', 'connection', 'energy'])
          .where('date', '>=', earliest)
          .execute()
      : [],
    any('experiments')
      ? coachVisibleRows(db, admissions, 'experiments').selectAll().orderBy('proposed_at').execute()
      : [],
    any('anchors')
      ? coachVisibleRows(db, admissions, 'anchors').selectAll().orderBy('created_at').execute()
      : [],
    any('anchors')
      ? coachVisibleRows(db, admissions, 'anchor_checkoffs')
          .select(['couple_id', 'anchor_id', 'date'])
          .execute()
      : [],
    any('anchors')
      ? coachVisibleRows(db, admissions, 'stress_periods')
          .select(['couple_id', 'id'])
          .where('closed_on', 'is', null)
          .execute()
      : [],
    any('habits')
      ? coachVisibleRows(db, admissions, 'habits')
          .selectAll()
          .where('status', '!=', 'retired')
          .orderBy('created_at')
          .execute()
      : [],
    any('habits')
      ? coachVisibleRows(db, admissions, 'habit_checkoffs')
          .select(['couple_id', 'habit_id', 'date', 'kind', 'value'])
          .execute()
      : [],
    any('csi4')
      ? coachVisibleRows(db, admissions, 'csi4')
          .select(['couple_id', 'month', 'author_id', 'total'])
          .where('month', '>=', addDays(earliest, -365).slice(0, 7))
          .orderBy('month')
          .execute()
      : [],
  ]);
  // Entries keep a log-kept anchor only where the coach may read them (the log area, shared).
  const logKinds = [
    ...new Set(anchors.filter((a) => a.source === 'log' && a.log_kind).map((a) => a.log_kind!)),
  ];
  const entries =
    logKinds.length > 0
      ? await coachVisibleRows(db, admissions, 'log')
          .select(['couple_id', 'kind', 'domains', 'date'])
          .where('kind', 'in', logKinds)
          .execute()
      : [];
  // A verdict only once a run is over, and only from the check-ins the coach may read.
  const over = (e: (typeof experiments)[number], today: string) =>
    e.start_date !== null && e.end_date !== null && (e.status === 'stopped' || e.end_date < today);
  const overStarts = experiments.filter((e) => over(e, '9999-12-31')).map((e) => e.start_date!);
  const ratings =
    overStarts.length > 0 && any('checkins')
      ? await coachVisibleRows(db, admissions, 'checkins')
          .selectAll()
          .where('date', '>=', minOf(overStarts))
          .execute()
      : [];

  const g = {
    checkins: byCouple(checkins),
    experiments: byCouple(experiments),
    anchors: byCouple(anchors),
    checkoffs: byCouple(checkoffs),
    stress: byCouple(stress),
    habits: byCouple(habits),
    marks: byCouple(marks),
    csi4: byCouple(csi4),
    entries: byCouple(entries),
    ratings: byCouple(ratings),
  };
  return ctx.map(({ a, today, from, previousFrom }) => {
    const id = a.couple.id;
    const has = (area: CoachArea) => a.asCoach.areas.includes(area);
    const partners = a.partners.map((p) => p.userId);
    const name = new Map(a.partners.map((p) => [p.userId, p.name]));

    const experimentLines = (g.experiments.get(id) ?? [])
      // Running and proposed runs, and those that ended in the period or the week before it.
      .filter((e) => !e.end_date || (e.stopped_on ?? e.end_date) >= addDays(from, -7))
      .map((e) => {
        let verdict: string | null = null;
        const phases = experimentPhases(e);
        const rated = g.ratings.get(id) ?? [];
        if (over(e, today) && phases && rated.length > 0) {
          const range = analysedRange({
            start_date: e.start_date!,
            end_date: e.end_date!,
            stopped_on: e.stopped_on,
          });
          verdict = analyze({
            phases,
            settlingDays: Number(e.settling_days),
            minPhase: Number(e.min_phase),
            better: e.better,
            values: dailyValues(rated, e.metric, ratersOf(e, partners), range.from, range.to),
            to: range.to,
            seed: e.seed === null ? 1 : Number(e.seed),
          }).verdict;
        }
        return {
          title: e.title,
          status: over(e, today) ? 'over' : e.status,
          startDate: e.start_date,
          endDate: e.stopped_on ?? e.end_date,
          verdict,
          nextStep: e.next_step,
        };
      });

    const stressOpen = (g.stress.get(id) ?? []).length > 0;
    const coupleCheckoffs = g.checkoffs.get(id) ?? [];
    const coupleEntries = g.entries.get(id) ?? [];
    const anchorLines = (g.anchors.get(id) ?? []).map((an) => {
      const kept = coupleCheckoffs.filter((c) => c.anchor_id === an.id).map((c) => c.date);
      if (an.source === 'log') for (const e of coupleEntries) if (logKeeps(an, e)) kept.push(e.date);
      const view = presentAnchor(an, kept, today, stressOpen);
      return {
        name: an.name,
        status: view.status,
        keptInPeriod: new Set(kept.filter((d) => d >= from && d <= today)).size,
        lapsedInPeriod: view.lapses.some((l) => l.flaggedOn >= from && l.flaggedOn <= today),
      };
    });

    const marksOf = new Map<string, { date: string; kind: 'done' | 'skip'; value: number | null }[]>();
    for (const m of g.marks.get(id) ?? []) {
      const list = marksOf.get(m.habit_id);
      if (list) list.push(m);
      else marksOf.set(m.habit_id, [m]);
    }
    const habitLines = (g.habits.get(id) ?? []).map((h) => {
      const n = habitNumbers(factsOf(h), marksOf.get(h.id) ?? [], today);
      return {
        action: h.action,
        status: h.status,
        strength: Math.round(n.strength * 100) / 100,
        currentStreak: n.currentStreak,
        since: h.status_since,
      };
    });

    return {
      coupleId: id,
      partners: a.partners.map((p) => p.name),
      areas: [...a.asCoach.areas],
      from,
      to: today,
      trends: has('checkins') ? trendsOf(g.checkins.get(id) ?? [], from, today, previousFrom) : null,
      experiments: has('experiments') ? experimentLines : null,
      anchors: has('anchors') ? anchorLines : null,
      habits: has('habits') ? habitLines : null,
      csi4: has('csi4')
        ? (g.csi4.get(id) ?? [])
            .filter((c) => c.month >= addDays(today, -365).slice(0, 7))
            .map((c) => ({ month: c.month, partner: name.get(c.author_id) ?? '', total: Number(c.total) }))
        : null,
    };
  });
}

/** One couple's digest (session preparation): `period` sets where it starts. */
export async function digestFor(db: Kysely<Database>, a: Admission, period?: Period) {
  const [d] = await digestsFor(db, [a], period ? () => period : undefined);
  return d!;
}
