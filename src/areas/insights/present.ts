import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { phrase } from '../../server/phrases.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database, ExplorationTryRow } from '../../storage/tables.ts';
import { listDomains } from '../couple/store.ts';
import { listExperiments } from '../experiments/store.ts';
import { listTries } from '../exploration/store.ts';
import { factsOf } from '../habits/present.ts';
import { listCheckoffs, listHabits, listPartners } from '../habits/store.ts';
import { daysBetween, earlierDay, laterDay } from '../history/rules.ts';
import { checkinNumbers } from '../history/store.ts';
import { listPace } from '../pace/store.ts';
import { listCompletions, listRituals } from '../rituals/store.ts';
import { QUESTIONS } from './questions.ts';
import {
  type AdherenceVerdict,
  type Judged,
  judgeAdherence,
  judgeMetric,
  recommendSize,
  type StickStatus,
  stickRates,
} from './rules.ts';
import type { Change, Insights } from './schema.ts';
import { habitAdherence, meanPerDay, ritualAdherence } from './series.ts';
import * as store from './store.ts';

type ChangeView = Static<typeof Change>;

export const DIMENSIONS = ['domain', 'size', 'reward', 'proposer', 'origin'] as const;
/** Days of the metric before a change that serve as its baseline. */
const BASELINE_DAYS = 90;
const BUILT_IN = ['satisfaction', 'energy', 'connection', 'conflicts', 'positives'] as const;

/** Check-in values per metric key, from the rows this viewer may see, as { date, value } lists. */
function metricRows(checkins: Awaited<ReturnType<typeof checkinNumbers>>) {
  const by = new Map<string, { date: string; value: number }[]>();
  const add = (key: string, date: string, value: number) => {
    const list = by.get(key) ?? [];
    list.push({ date, value });
    by.set(key, list);
  };
  for (const c of checkins) {
    for (const k of BUILT_IN) {
      const v = c[k];
      if (v !== null) add(k, c.date, v); // unanswered is missing, not zero
    }
    for (const [k, v] of Object.entries(JSON.parse(c.metrics) as Record<string, number>))
      if (typeof v === 'number') add(k, c.date, v);
  }
  return by;
}

/** Metric-only verdicts (adopted experiments, paces) in the words of adherence verdicts. */
function fromMetric(
  m: ReturnType<typeof judgeMetric>,
  sinceIndex: number,
  after: number | null,
): AdherenceVerdict {
  const status: StickStatus =
    m.status === 'too early'
      ? 'too early'
      : m.status === 'stuck'
        ? 'stuck'
        : m.status === 'reverted'
          ? 'faded'
          : 'never took hold';
  const w = status === 'faded' && after !== null ? Math.max(1, Math.round((after - sinceIndex) / 7)) : null;
  return {
    status,
    fadedAfterWeeks: w,
    latest: null,
    words: w ? `Faded after ${w} weeks. ${m.words}` : m.words,
    phrases: w ? [phrase('adherence.fadedAfter', { count: w }), ...m.phrases] : m.phrases,
  };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Where a reverted metric fell back: the start of its latest segment. */
const fadeIndex = (m: ReturnType<typeof judgeMetric>) =>
  m.status === 'reverted' ? (m.latestStart ?? null) : null;

/** Whether a change came out of exploring: an exploration try in its domain was under way when it began. */
const originOf = (tries: readonly ExplorationTryRow[], domain: string | null, since: string) =>
  tries.some((t) => t.domain === domain && t.started_on <= since && since <= (t.ended_on ?? t.check_on))
    ? 'explore'
    : 'exploit';

/**
 * Every adopted change (habits, adopted experiments, rituals the couple added, paces) with whether
 * it stuck, from the rows this viewer may see; abandoned experiments are listed for their failure
 * analysis but stay out of the stick rates (they were never adopted).
 */
export async function presentChanges(db: Kysely<Database>, viewer: PartnerViewer): Promise<ChangeView[]> {
  const today = localDate(viewer.couple.timeZone);
  const [habits, checkoffs, experiments, rituals, paces, partners, tries, failures, domains] =
    await Promise.all([
      listHabits(db, viewer),
      listCheckoffs(db, viewer),
      listExperiments(db, viewer),
      listRituals(db, viewer),
      listPace(db, viewer),
      listPartners(db, viewer.couple.id),
      listTries(db, viewer),
      store.listFailures(db, viewer),
      listDomains(db, viewer.couple.id),
    ]);
  const domainLabels = new Map(domains.map((d) => [d.id, d.label]));
  const own = rituals.filter((r) => r.created_by !== null);
  const starts = [
    ...habits.map((h) => h.start_date),
    ...experiments.flatMap((e) => (e.next_step_at ? [e.next_step_at.slice(0, 10)] : [])),
    ...own.map((r) => r.created_at.slice(0, 10)),
    ...[...paces.values()].flatMap((p) => (p.decidedAt ? [p.decidedAt.slice(0, 10)] : [])),
  ];
  const earliest = starts.reduce(earlierDay, today);
  const from = addDays(earliest, -BASELINE_DAYS);
  const [checkins, completions] = await Promise.all([
    checkinNumbers(db, viewer, from, today),
    own.length > 0 ? listCompletions(db, viewer, earliest, today) : Promise.resolve([]),
  ]);
  const metrics = metricRows(checkins);
  const names = new Map(partners.map((p) => [p.user_id, p.display_name]));
  const who = (id: string | null) =>
    id === null ? 'together' : id === viewer.userId ? 'you' : (names.get(id) ?? 'a former partner');
  const analysed = new Set(
    failures.filter((f) => f.author_id === viewer.userId).map((f) => `${f.subject_kind}:${f.subject_id}`),
  );

  /** The metric's verdict over [since − 90 days, today], the change on day 90 (or fewer if history is short). */
  const metricVerdict = (key: string, name: string, better: 'higher' | 'lower', since: string) => {
    const start = laterDay(addDays(since, -BASELINE_DAYS), from);
    const series = meanPerDay(metrics.get(key) ?? [], start, today);
    const at = daysBetween(start, since);
    if (at < 0 || at > series.length) return null;
    const m = judgeMetric(series, at, better);
    return { m, at, name, key };
  };

  const out: ChangeView[] = [];
  const byHabit = groupBy(checkoffs, (c) => c.habit_id);
  for (const h of habits) {
    const ended = h.status === 'retired' || h.status === 'graduated' ? h.status_since.slice(0, 10) : null;
    const until = ended ?? today;
    const marks = (byHabit.get(h.id) ?? []).map((c) => ({ date: c.date, kind: c.kind, value: c.value }));
    const series = habitAdherence(factsOf(h), marks, until);
    const v: AdherenceVerdict =
      h.status === 'graduated'
        ? {
            status: 'stuck',
            fadedAfterWeeks: null,
            latest: null,
            words: 'Graduated: it became automatic enough to stop tracking.',
            phrases: [phrase('adherence.graduated')],
          }
        : judgeAdherence(series, h.status === 'retired' ? series.length : null);
    const mv = metricVerdict('satisfaction', 'satisfaction', 'higher', h.start_date);
    out.push({
      id: `habit:${h.id}`,
      kind: 'habit',
      what: h.action,
      whatPhrase: null,
      domain: h.domain,
      since: h.start_date,
      status: v.status,
      fadedAfterWeeks: v.fadedAfterWeeks,
      words: v.words,
      phrases: v.phrases,
      metric: mv
        ? { key: mv.key, name: mv.name, status: mv.m.status, words: mv.m.words, phrases: mv.m.phrases }
        : null,
      groups: {
        domain: h.domain,
        size: 'small',
        reward: h.reward.trim() ? 'immediate reward' : 'no reward named',
        proposer: who(h.created_by || null),
        origin: originOf(tries, h.domain, h.start_date),
      },
      abandoned: h.status === 'retired',
      analysed: analysed.has(`habit:${h.id}`),
    });
  }

  for (const e of experiments) {
    const dropped = e.next_step === 'drop' || (e.status === 'stopped' && e.next_step !== 'adopt');
    // Adopting makes a habit (follow_up): the change is counted once in the stick rates, as that habit.
    const asHabit = e.next_step === 'adopt' && habits.some((h) => h.id === e.follow_up);
    if (e.next_step !== 'adopt' && !dropped) continue;
    const since = (
      e.next_step === 'adopt' ? e.next_step_at! : (e.stopped_on ?? e.next_step_at ?? e.updated_at)
    ).slice(0, 10);
    const key = e.metric;
    const mv = metricVerdict(key, key, e.better, since);
    const v: AdherenceVerdict = dropped
      ? {
          status: 'never took hold',
          fadedAfterWeeks: null,
          latest: null,
          words: 'You decided not to keep this experiment. What was missing?',
          phrases: [phrase('adherence.dropped')],
        }
      : mv
        ? fromMetric(mv.m, mv.at, fadeIndex(mv.m))
        : {
            status: 'too early',
            fadedAfterWeeks: null,
            latest: null,
            words: 'Too early to say: no check-ins since it was adopted.',
            phrases: [phrase('adherence.noCheckinsSince')],
          };
    out.push({
      id: `experiment:${e.id}`,
      kind: 'experiment',
      what: e.title,
      whatPhrase: null,
      domain: e.domain,
      since,
      status: v.status,
      fadedAfterWeeks: v.fadedAfterWeeks,
      words: v.words,
      phrases: v.phrases,
      metric: mv
        ? { key: mv.key, name: mv.name, status: mv.m.status, words: mv.m.words, phrases: mv.m.phrases }
        : null,
      // A dropped experiment was never adopted: it stays out of the stick rates.
      groups:
        dropped || asHabit
          ? {}
          : {
              domain: e.domain,
              size: 'medium',
              reward: 'none named',
              proposer: who(e.proposed_by),
              origin: originOf(tries, e.domain, since),
            },
      abandoned: dropped,
      analysed: analysed.has(`experiment:${e.id}`),
    });
  }

  const byRitual = groupBy(completions, (c) => c.ritual_id);
  for (const r of own) {
    const since = r.created_at.slice(0, 10);
    const series = ritualAdherence(
      r.cadence,
      (byRitual.get(r.id) ?? []).map((c) => c.date),
      since,
      today,
    );
    const v = judgeAdherence(series, r.active ? null : series.length);
    out.push({
      id: `ritual:${r.id}`,
      kind: 'ritual',
      what: r.title,
      whatPhrase: null,
      domain: null,
      since,
      status: v.status,
      fadedAfterWeeks: v.fadedAfterWeeks,
      words: v.words,
      phrases: v.phrases,
      metric: null,
      groups: {
        domain: 'rituals',
        size: 'medium',
        reward: 'ritual',
        proposer: who(r.created_by),
        origin: 'exploit',
      },
      abandoned: false,
      analysed: false,
    });
  }

  for (const [domain, p] of paces) {
    if (!p.decidedAt) continue;
    const since = p.decidedAt.slice(0, 10);
    const mv = metricVerdict('satisfaction', 'satisfaction', 'higher', since);
    const v = mv
      ? fromMetric(mv.m, mv.at, fadeIndex(mv.m))
      : {
          status: 'too early' as const,
          fadedAfterWeeks: null,
          latest: null,
          words: 'Too early to say.',
          phrases: [phrase('adherence.tooEarlyToSay')],
        };
    out.push({
      id: `pace:${domain}`,
      kind: 'pace',
      what: `A ${p.size} pace in ${domain}, up to ${p.maxActive} change${p.maxActive === 1 ? '' : 's'} at a time`,
      whatPhrase: phrase(`changePace.${p.size}`, {
        count: p.maxActive,
        domain: domainLabels.get(domain) ?? domain,
        domainId: domain,
      }),
      domain,
      since,
      status: v.status,
      fadedAfterWeeks: v.fadedAfterWeeks,
      words: v.words,
      phrases: v.phrases,
      metric: mv
        ? { key: mv.key, name: mv.name, status: mv.m.status, words: mv.m.words, phrases: mv.m.phrases }
        : null,
      groups: { domain, size: p.size, reward: 'none named', proposer: 'together', origin: 'exploit' },
      abandoned: false,
      analysed: false,
    });
  }
  return out.sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : a.id < b.id ? -1 : 1));
}

const FACTORS = [
  ['cue', 'the cue'],
  ['reward', 'the reward'],
  ['size', 'the size (too big)'],
  ['timing', 'the timing'],
  ['partner_response', 'the partner’s response'],
] as const;

/** The insights screen: changes, stick rates, what was missing, the next size, and reflections. */
export async function presentInsights(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<Static<typeof Insights>> {
  const [changes, failures, reflections, partners] = await Promise.all([
    presentChanges(db, viewer),
    store.listFailures(db, viewer),
    store.listReflections(db, viewer),
    listPartners(db, viewer.couple.id),
  ]);
  const judged: Judged[] = changes.map((c) => ({ status: c.status, groups: c.groups }));
  const rows = stickRates(judged, DIMENSIONS);
  const missing = FACTORS.map(([key, factor]) => ({
    key,
    factor,
    count: failures.filter((f) => (key === 'size' ? f.size === 'too big' : f[key] !== 'fine')).length,
    of: failures.length,
  }));
  const tooBig = missing.find((m) => m.factor.startsWith('the size'))!.count;
  const next = recommendSize(rows);
  const nextSize =
    tooBig >= 2 && next.size !== 'small'
      ? {
          size: next.size === 'large' ? ('medium' as const) : ('small' as const),
          words: `${tooBig} of your failure analyses say a change was too big: go one size smaller.`,
          phrases: [phrase('size.tooBig', { count: tooBig })],
        }
      : next;
  const names = new Map(partners.map((p) => [p.user_id, p.display_name]));
  return {
    changes,
    stickRates: rows,
    missing,
    nextSize,
    questions: QUESTIONS.map((q) => ({ ...q })),
    reflections: reflections.map((r) => ({
      id: r.id,
      question: Number(r.question),
      answer: r.answer,
      visibility: r.visibility,
      mine: r.author_id === viewer.userId,
      authorName: names.get(r.author_id) ?? 'A former partner',
      createdAt: r.created_at,
    })),
  };
}
