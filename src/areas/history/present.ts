import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { invalid } from '../../server/errors.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import { mayKnowPhase, type PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { writeStamp } from '../../storage/write-stamp.ts';
import { presentAnchors } from '../anchors/present.ts';
import { answered } from '../checkins/rules.ts';
import { isAccepted, listMetrics } from '../checkins/store.ts';
import { DerivedCache } from '../credit/cache.ts';
import { dataFingerprint } from '../credit/store.ts';
import { BUILT_IN_METRICS, type Design, phasesOf, statusOf } from '../experiments/rules.ts';
import { listExperiments } from '../experiments/store.ts';
import { listHabits, listPartners } from '../habits/store.ts';
import { loopViews } from '../log/loops-routes.ts';
import { listRituals } from '../rituals/store.ts';
import {
  type Annotation,
  buildSeries,
  type DayValue,
  daysBetween,
  earlierDay,
  inRange,
  lasted,
  MAX_DAYS,
  type Metric,
  type MetricSpec,
  spanOf,
  titleOf,
} from './rules.ts';
import type { History } from './schema.ts';
import * as store from './store.ts';

type LoopViews = Awaited<ReturnType<typeof loopViews>>;

/**
 * The training history as this viewer may see it: each check-in metric per partner per day, and
 * the annotations. Every row comes through the access rules (scope.ts), so a partner's private
 * check-in is a missing day and a private life event is only its author's annotation.
 */
export async function presentHistory(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  range: { from?: string; to?: string } = {},
): Promise<Static<typeof History>> {
  // Read before computing: a write after this point moves the stamp the next read sees.
  const stamp = await writeStamp(db);
  if (stamp === null) return computeHistory(db, viewer, range);
  return answers.get(
    `${viewer.couple.id}:${viewer.userId}`,
    JSON.stringify([stamp, localDate(viewer.couple.timeZone), range.from ?? null, range.to ?? null]),
    () => computeHistory(db, viewer, range),
  );
}

/**
 * Whole answers per viewer, reused while nothing at all was written to the database (its write
 * stamp, storage/write-stamp.ts) on the same day: every annotation's table is covered that way
 * without a fingerprint of its own. The series below are also cached by the data fingerprint, so
 * a write elsewhere costs the annotations' small reads again, not the three years of check-ins.
 */
const answers = new DerivedCache<Static<typeof History>>(200);

async function computeHistory(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  range: { from?: string; to?: string },
): Promise<Static<typeof History>> {
  const today = localDate(viewer.couple.timeZone);
  const to = range.to ?? today;
  const first = range.from ?? (await store.firstVisibleCheckin(db, viewer));
  const from = first && first <= to ? first : addDays(to, -29);
  if (range.from && range.from > to)
    throw invalid('from', 'Start on or before the last day (`to`).', phrase('refuse.historyOrder'));
  if (daysBetween(from, to) + 1 > MAX_DAYS)
    throw invalid(
      'from',
      `Ask for at most ${MAX_DAYS} days at a time.`,
      phrase('refuse.historyMax', { count: MAX_DAYS }),
    );

  // One data fingerprint for this read: it keys the cached series and the cached loops alike.
  const [partners, metricRows, fingerprint] = await Promise.all([
    listPartners(db, viewer.couple.id),
    listMetrics(db, viewer),
    dataFingerprint(db, viewer),
  ]);
  const ids = partners.map((p) => p.user_id);
  const custom: MetricSpec[] = metricRows.filter(isAccepted).map((m) => ({
    key: m.id,
    name: m.name,
    min: m.scale_min,
    max: m.scale_max,
    better: m.better,
  }));
  const [metrics, loops] = await Promise.all([
    seriesCache.get(
      `${viewer.couple.id}:${viewer.userId}`,
      JSON.stringify([fingerprint, from, to, ids, custom]),
      async () => seriesOf(await store.checkinNumbers(db, viewer, from, to), custom, ids, from, to),
    ),
    loopViews(db, viewer, fingerprint),
  ]);
  return {
    from,
    to,
    today,
    partners: partners.map((p) => ({
      id: p.user_id,
      name: p.display_name,
      self: p.user_id === viewer.userId,
    })),
    metrics,
    annotations: inRange(await annotationsFor(db, viewer, today, loops), from, to),
    loops: loops.map((l) => ({
      id: `loop:${l.type}:${l.topic}:${l.who ?? ''}`,
      kind: l.type,
      title: loopTitle(l.type, l.topic),
      dates: l.episodes.map((e) => e.from),
    })),
  };
}

/**
 * The daily series, the heavy part of a history (three years of check-ins), cached per viewer
 * and keyed by the viewer's data fingerprint, the range, the partners and the custom metrics: a
 * new check-in the viewer may see (or a new day) changes the key. Never shared between viewers.
 */
const seriesCache = new DerivedCache<Metric[]>(200);

function seriesOf(
  checkins: Awaited<ReturnType<typeof store.checkinNumbers>>,
  custom: MetricSpec[],
  ids: string[],
  from: string,
  to: string,
): Metric[] {
  const specs: MetricSpec[] = [
    ...Object.entries(BUILT_IN_METRICS).map(([key, m]) => ({
      key,
      name: m.name,
      min: 0,
      max: key === 'conflicts' || key === 'positives' ? Math.max(5, ...checkins.map((c) => c[key] ?? 0)) : 10,
      better: m.better,
    })),
    ...custom,
  ];
  const days: DayValue[] = checkins.map((c) => ({
    partnerId: c.author_id,
    date: c.date,
    values: answered({
      satisfaction: c.satisfaction,
      energy: c.energy,
      connection: c.connection,
      conflicts: c.conflicts,
      positives: c.positives,
      ...(JSON.parse(c.metrics) as Record<string, number>),
    }),
  }));
  return buildSeries(specs, ids, days, from, to);
}

/** Every annotation of the couple's whole history this viewer may see. */
export async function annotationsFor(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  today: string,
  /** The viewer's loops when the caller already has them. */
  knownLoops?: LoopViews,
): Promise<Annotation[]> {
  const [experiments, habits, events, anchors, rituals, loops] = await Promise.all([
    listExperiments(db, viewer),
    listHabits(db, viewer),
    store.lifeEvents(db, viewer),
    presentAnchors(db, viewer),
    listRituals(db, viewer),
    knownLoops ?? loopViews(db, viewer),
  ]);
  const out: Annotation[] = [];

  for (const e of experiments) {
    if (!e.start_date || !e.end_date || !e.schedule) continue; // never locked: nothing happened yet
    const status = statusOf(e, today);
    const until = e.stopped_on ?? e.end_date;
    const known = mayKnowPhase(viewer.userId, e, today);
    const next = e.next_step
      ? ` You decided to ${e.next_step === 'rerun' ? 'run it again' : e.next_step}.`
      : '';
    const stop =
      status === 'stopped' ? ` Stopped on ${e.stopped_on}${e.stop_reason ? `: ${e.stop_reason}` : ''}.` : '';
    const shown = status === 'running' || status === 'ended' ? status : 'stopped';
    const stopped = e.stopped_on ?? until;
    out.push({
      id: `experiment:${e.id}`,
      kind: 'experiment',
      date: e.start_date,
      until,
      title: e.title,
      story: `Experiment (${e.design}, ${e.phase_days}-day phases) from ${e.start_date} to ${e.end_date}, ${status === 'running' ? 'still running' : status}.${stop}${next}${known ? '' : ' Its phases stay hidden from you until it ends (you rate it blind).'}`,
      titlePhrase: null,
      storyPhrases: [
        phrase(`history.experiment.${shown}`, {
          design: e.design,
          days: e.phase_days ?? 0,
          from: e.start_date,
          to: e.end_date,
        }),
        ...(status === 'stopped'
          ? [
              e.stop_reason
                ? phrase('history.experiment.stoppedBecause', { date: stopped, reason: e.stop_reason })
                : phrase('history.experiment.stoppedOn', { date: stopped }),
            ]
          : []),
        ...(e.next_step ? [phrase(`history.experiment.next.${e.next_step}`)] : []),
        ...(known ? [] : [phrase('history.experiment.blind')]),
      ],
      ...(known
        ? {
            phases: phasesOf(e.design as Design, e.start_date, JSON.parse(e.schedule) as number[])
              .filter((p) => p.start <= until)
              .map((p) => ({
                label: p.label,
                condition: p.condition,
                start: p.start,
                end: earlierDay(p.end, until),
              })),
          }
        : {}),
    });
  }

  const nameOf = new Map((await listPartners(db, viewer.couple.id)).map((p) => [p.user_id, p.display_name]));
  for (const h of habits) {
    const owner = h.owner === 'both' ? 'both of you' : (nameOf.get(h.owner) ?? 'one of you');
    out.push({
      id: `habit_started:${h.id}`,
      kind: 'habit_started',
      date: h.start_date,
      until: null,
      title: `Started: ${h.action}`,
      story: `A new habit for ${owner}: ${h.cue}, ${h.action}.`,
      titlePhrase: phrase('history.habitStarted.title', { action: h.action }),
      storyPhrases: [
        h.owner === 'both'
          ? phrase('history.habitStarted.both', { cue: h.cue, action: h.action })
          : phrase('history.habitStarted.one', {
              name: nameOf.get(h.owner) ?? '',
              cue: h.cue,
              action: h.action,
            }),
      ],
    });
    if (h.status === 'graduated' || h.status === 'retired') {
      const date = h.status_since.slice(0, 10);
      const days = daysBetween(h.start_date, date);
      out.push({
        id: `habit_${h.status}:${h.id}`,
        kind: h.status === 'graduated' ? 'habit_graduated' : 'habit_retired',
        date,
        until: null,
        title: `${h.status === 'graduated' ? 'Graduated' : 'Retired'}: ${h.action}`,
        story:
          h.status === 'graduated'
            ? `After ${days} days "${h.action}" became automatic enough to stop tracking.`
            : `"${h.action}" was retired after ${days} days${h.status_reason ? `: ${h.status_reason}` : ''}. A lapse is information: what was missing?`,
        titlePhrase: phrase(
          h.status === 'graduated' ? 'history.habitGraduated.title' : 'history.habitRetired.title',
          { action: h.action },
        ),
        storyPhrases:
          h.status === 'graduated'
            ? [phrase('history.habitGraduated', { count: days, action: h.action })]
            : [
                h.status_reason
                  ? phrase('history.habitRetiredBecause', {
                      count: days,
                      action: h.action,
                      reason: h.status_reason,
                    })
                  : phrase('history.habitRetired', { count: days, action: h.action }),
                phrase('history.lapseIsInformation'),
              ],
      });
    }
  }

  for (const ev of events)
    out.push({
      id: `life_event:${ev.id}`,
      kind: 'life_event',
      date: ev.date,
      until: null,
      title: titleOf(ev.text),
      story: ev.text,
      titlePhrase: null,
      storyPhrases: [],
    });

  for (const p of [...(anchors.stress ? [anchors.stress] : []), ...anchors.pastStress]) {
    const span = spanOf(p.openedOn, p.closedOn, today);
    out.push({
      id: `stress_period:${p.id}`,
      kind: 'stress_period',
      date: p.openedOn,
      until: p.closedOn,
      title: p.name,
      story: `A stress period: ${p.name}, ${lasted(p.openedOn, p.closedOn, today)}. Anchors were watched closely${p.crisisSince ? `; crisis mode from ${p.crisisSince}` : ''}.`,
      titlePhrase: null,
      storyPhrases: [
        phrase(p.closedOn ? `history.stress.${span.unit}` : `history.stress.ongoing.${span.unit}`, {
          name: p.name,
          count: span.count,
        }),
        p.crisisSince
          ? phrase('history.stress.crisis', { date: p.crisisSince })
          : phrase('history.stress.watched'),
      ],
    });
  }

  for (const a of anchors.anchors) {
    out.push({
      id: `anchor_named:${a.id}`,
      kind: 'anchor_named',
      date: a.startDate,
      until: null,
      title: `Anchor: ${a.name}`,
      story: `You named "${a.name}" as something to keep, ${a.cadence.summary}.`,
      titlePhrase: phrase('history.anchor.title', { name: a.name }),
      storyPhrases: [anchorNamed(a.name, a.cadence)],
    });
    for (const l of a.lapses)
      out.push({
        id: `anchor_lapsed:${a.id}:${l.from}`,
        kind: 'anchor_lapsed',
        date: l.from,
        until: l.until,
        title: `Lapsed: ${a.name}`,
        story: `"${a.name}" happened less than ${a.cadence.summary} from ${l.from} (noticed ${l.flaggedOn})${l.until ? `; back on track by ${l.until}` : '; not back yet'}. A lapse is information, not failure.`,
        titlePhrase: phrase('history.anchorLapsed.title', { name: a.name }),
        storyPhrases: [
          phrase('history.anchorLapsed', { name: a.name, from: l.from, noticed: l.flaggedOn }),
          l.until
            ? phrase('history.anchorLapsed.back', { date: l.until })
            : phrase('history.anchorLapsed.notBack'),
          phrase('history.anchorLapsed.info'),
        ],
      });
  }

  // The default rituals come with every couple; only the ones the couple added tell a story.
  for (const r of rituals.filter((x) => x.created_by !== null))
    out.push({
      id: `ritual:${r.id}`,
      kind: 'ritual',
      date: r.created_at.slice(0, 10),
      until: null,
      title: `Ritual: ${r.title}`,
      story: `${r.title} (${r.cadence})${r.active ? '' : ', no longer active'}.`,
      titlePhrase: phrase('history.ritual.title', { title: r.title }),
      storyPhrases: [
        phrase(`history.ritual.${r.cadence}`, { title: r.title }),
        ...(r.active ? [] : [phrase('history.ritual.inactive')]),
      ],
    });

  // Loops (found by the credit area from what this viewer may see): a span from the first episode.
  for (const l of loops)
    out.push({
      id: `loop:${l.type}:${l.topic}:${l.who ?? ''}`,
      kind: 'loop',
      date: l.from,
      until: l.until,
      title: loopTitle(l.type, l.topic),
      story: l.text,
      titlePhrase: l.phrases.title,
      storyPhrases: l.phrases.story,
    });

  return out;
}

/** "You named … as something to keep, once a week": one sentence per way of saying the floor. */
function anchorNamed(name: string, c: { times: number; days: number }): Phrase {
  if (c.times === 1 && c.days === 1) return phrase('history.anchor.daily', { name });
  if (c.days === 7) return phrase('history.anchor.weekly', { name, count: c.times });
  return phrase('history.anchor.other', { name, count: c.times, days: c.days });
}

function loopTitle(type: string, topic: string): string {
  if (type === 'recurring-conflict') return `Recurring conflict: ${topic}`;
  if (type === 'broken-promises') return `Promises that break: ${topic}`;
  return 'Conflict, repair, closeness: a cycle';
}
