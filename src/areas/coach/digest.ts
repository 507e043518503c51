import type { Static } from 'typebox';
import type { Kysely } from 'kysely';
import { addDays, localDate } from '../../dates.ts';
import { visibleRows } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import type { CoachReader } from '../../storage/viewer.ts';
import { logKeeps, presentAnchor } from '../anchors/rules.ts';
import { analyze } from '../experiments/analysis.ts';
import { scheduleOf as experimentPhases } from '../experiments/present.ts';
import { analysedRange, dailyValues, ratersOf } from '../experiments/rules.ts';
import { factsOf } from '../habits/present.ts';
import { habitNumbers } from '../habits/strength.ts';
import { trendsOf } from './rules.ts';
import type { Digest } from './schema.ts';

/** A coach's reader for one couple, with the partners' names (scope.ts's coachAdmissions). */
export type Admission = CoachReader & { lastSessionOn: string | null; partners: { userId: string; name: string }[] };

/**
 * One couple's digest for its coach, from `from` to today: every number is computed from rows
 * read through the coach's reader, so an area not consented to is null and a row not shared is
 * not in it. `previousFrom` starts the period the trends are compared with.
 */
export async function digestFor(
  db: Kysely<Database>,
  r: Admission,
  period?: { from: string; previousFrom: string },
): Promise<Static<typeof Digest>> {
  const today = localDate(r.couple.timeZone);
  const from = period?.from ?? addDays(today, -6);
  const previousFrom = period?.previousFrom ?? addDays(from, -7);
  const has = (a: string) => r.asCoach.areas.includes(a as never);
  const [trends, experiments, anchors, habits, csi4] = await Promise.all([
    has('checkins') ? readTrends(db, r, from, today, previousFrom) : null,
    has('experiments') ? readExperiments(db, r, from, today) : null,
    has('anchors') ? readAnchors(db, r, from, today) : null,
    has('habits') ? readHabits(db, r, today) : null,
    has('csi4') ? readCsi4(db, r, today) : null,
  ]);
  return {
    coupleId: r.couple.id,
    partners: r.partners.map((p) => p.name),
    areas: [...r.asCoach.areas],
    from,
    to: today,
    trends,
    experiments,
    anchors,
    habits,
    csi4,
  };
}

async function readTrends(db: Kysely<Database>, r: Admission, from: string, to: string, previousFrom: string) {
  const rows = await visibleRows(db, r, 'checkins')
    .select(['date', 'satisfaction', 'connection', 'energy'])
    .where('date', '>=', previousFrom)
    .where('date', '<=', to)
    .execute();
  return trendsOf(rows, from, to, previousFrom);
}

async function readExperiments(db: Kysely<Database>, r: Admission, from: string, today: string) {
  const rows = await visibleRows(db, r, 'experiments')
    .selectAll()
    .where((eb) => eb.or([eb('status', '!=', 'stopped'), eb('stopped_on', '>=', from)]))
    .orderBy('proposed_at')
    .execute();
  // Running and proposed runs, and those that ended in the period or the week before it.
  const shown = rows.filter((e) => !e.end_date || (e.stopped_on ?? e.end_date) >= addDays(from, -7));
  // A verdict only once the run is over, and only from the check-ins the coach may read.
  const over = (e: (typeof rows)[number]) =>
    e.start_date !== null && e.end_date !== null && (e.status === 'stopped' || e.end_date < today);
  const earliest = shown.filter(over).map((e) => e.start_date!).sort()[0];
  const ratings =
    earliest && r.asCoach.areas.includes('checkins')
      ? await visibleRows(db, r, 'checkins').selectAll().where('date', '>=', earliest).execute()
      : [];
  const partners = r.partners.map((p) => p.userId);
  return shown.map((e) => {
    let verdict: string | null = null;
    const phases = experimentPhases(e);
    if (over(e) && phases && ratings.length > 0) {
      const range = analysedRange({ start_date: e.start_date!, end_date: e.end_date!, stopped_on: e.stopped_on });
      verdict = analyze({
        phases,
        settlingDays: Number(e.settling_days),
        minPhase: Number(e.min_phase),
        better: e.better,
        values: dailyValues(ratings, e.metric, ratersOf(e, partners), range.from, range.to),
        to: range.to,
        seed: e.seed === null ? 1 : Number(e.seed),
      }).verdict;
    }
    return {
      title: e.title,
      status: over(e) ? 'over' : e.status,
      startDate: e.start_date,
      endDate: e.stopped_on ?? e.end_date,
      verdict,
      nextStep: e.next_step,
    };
  });
}

async function readAnchors(db: Kysely<Database>, r: Admission, from: string, today: string) {
  const [anchors, checkoffs, stress] = await Promise.all([
    visibleRows(db, r, 'anchors').selectAll().orderBy('created_at').execute(),
    visibleRows(db, r, 'anchor_checkoffs').select(['anchor_id', 'date']).execute(),
    visibleRows(db, r, 'stress_periods').select('id').where('closed_on', 'is', null).execute(),
  ]);
  const byLog = anchors.filter((a) => a.source === 'log' && a.log_kind);
  // Entries keep an anchor only where the coach may read them (the log area, shared entries).
  const entries =
    byLog.length > 0
      ? await visibleRows(db, r, 'log')
          .select(['kind', 'domains', 'date'])
          .where('kind', 'in', [...new Set(byLog.map((a) => a.log_kind!))])
          .execute()
      : [];
  return anchors.map((a) => {
    const kept = checkoffs.filter((c) => c.anchor_id === a.id).map((c) => c.date);
    if (a.source === 'log') for (const e of entries) if (logKeeps(a, e)) kept.push(e.date);
    const view = presentAnchor(a, kept, today, stress.length > 0);
    return {
      name: a.name,
      status: view.status,
      keptInPeriod: new Set(kept.filter((d) => d >= from && d <= today)).size,
      lapsedInPeriod: view.lapses.some((l) => l.flaggedOn >= from && l.flaggedOn <= today),
    };
  });
}

async function readHabits(db: Kysely<Database>, r: Admission, today: string) {
  const [habits, marks] = await Promise.all([
    visibleRows(db, r, 'habits').selectAll().where('status', '!=', 'retired').orderBy('created_at').execute(),
    visibleRows(db, r, 'habit_checkoffs').select(['habit_id', 'date', 'kind', 'value']).execute(),
  ]);
  return habits.map((h) => {
    const n = habitNumbers(
      factsOf(h),
      marks.filter((m) => m.habit_id === h.id),
      today,
    );
    return {
      action: h.action,
      status: h.status,
      strength: Math.round(n.strength * 100) / 100,
      currentStreak: n.currentStreak,
      since: h.status_since,
    };
  });
}

async function readCsi4(db: Kysely<Database>, r: Admission, today: string) {
  const rows = await visibleRows(db, r, 'csi4')
    .select(['month', 'author_id', 'total'])
    .where('month', '>=', addDays(today, -365).slice(0, 7))
    .orderBy('month')
    .execute();
  const name = new Map(r.partners.map((p) => [p.userId, p.name]));
  return rows.map((c) => ({ month: c.month, partner: name.get(c.author_id) ?? '', total: Number(c.total) }));
}
