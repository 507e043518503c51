import type { Kysely } from 'kysely';
import { localDate } from '../../dates.ts';
import { thompsonProbabilities, thompsonSample } from '../../stats/thompson.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type {
  Database,
  ExplorationDrawRow,
  ExplorationRatingRow,
  ExplorationTryRow,
} from '../../storage/tables.ts';
import { listDomains } from '../couple/store.ts';
import { armsOf, budgetOf, explainPick, nextMonth, pickPhrases, zoneDomains, zoneFor } from './rules.ts';
import { STARTER_IDEAS } from './starter-ideas.ts';
import * as store from './store.ts';

export interface IdeaView {
  id: string;
  domain: string;
  text: string;
  source: 'starter' | 'own' | 'coach';
  triedTogether: number;
  mean: number;
}

/** The couple's pool: the starter ideas of their domains and their own, with each idea's posterior. */
export async function loadPool(db: Kysely<Database>, viewer: PartnerViewer) {
  const [domains, own, tries, ratings] = await Promise.all([
    listDomains(db, viewer.couple.id),
    store.listIdeas(db, viewer),
    store.listTries(db, viewer),
    store.listRatings(db, viewer),
  ]);
  const ids = new Set(domains.map((d) => d.id));
  const raw = [
    ...STARTER_IDEAS.filter((i) => ids.has(i.domain)).map((i) => ({ ...i, source: 'starter' as const })),
    ...own.map((i) => ({ id: i.id, domain: i.domain, text: i.text, source: i.source })),
  ];
  const byTry = new Map<string, number[]>();
  for (const r of ratings) byTry.set(r.try_id, [...(byTry.get(r.try_id) ?? []), r.rating]);
  const arms = armsOf(
    raw.map((i) => i.id),
    tries.map((t) => ({ ideaId: t.idea_id, ratings: byTry.get(t.id) ?? [] })),
  );
  const armOf = new Map(arms.map((a) => [a.id, a]));
  const ideas: IdeaView[] = raw.map((i) => {
    const a = armOf.get(i.id)!;
    const n = a.successes + a.failures;
    return { ...i, triedTogether: Math.round(n), mean: (1 + a.successes) / (2 + n) };
  });
  return { domains, ideas, arms, tries, ratings };
}

function presentTry(
  t: ExplorationTryRow,
  ideas: Map<string, IdeaView>,
  ratings: ExplorationRatingRow[],
  viewer: PartnerViewer,
  today: string,
) {
  const mine = ratings.find((r) => r.try_id === t.id && r.user_id === viewer.userId)?.rating ?? null;
  const theirs = ratings.find((r) => r.try_id === t.id && r.user_id !== viewer.userId)?.rating ?? null;
  const idea = ideas.get(t.idea_id);
  return {
    id: t.id,
    idea: { id: t.idea_id, text: idea?.text ?? 'An idea no longer in your pool', domain: t.domain },
    kind: t.kind,
    drawId: t.draw_id,
    startedOn: t.started_on,
    returnPlan: t.return_plan,
    checkOn: t.check_on,
    due: t.ended_on === null && t.check_on <= today,
    endedOn: t.ended_on,
    outcome: t.outcome,
    // A partner's rating stays sealed until both have rated.
    ratings: { mine, partnerRated: theirs !== null, partner: mine !== null ? theirs : null },
  };
}

type Domains = Awaited<ReturnType<typeof listDomains>>;

function presentDraw(d: ExplorationDrawRow, ideas: Map<string, IdeaView>, domains: Domains) {
  // `tries` is kept with each candidate since phrases came; an older draw words today's count.
  const candidates = JSON.parse(d.candidates) as { id: string; mean: number; ppm: number; tries?: number }[];
  const chosen = candidates.find((c) => c.id === d.idea_id);
  const idea = ideas.get(d.idea_id);
  return {
    id: d.id,
    date: d.date,
    zone: d.zone,
    seed: d.seed,
    idea: { id: d.idea_id, text: ideas.get(d.idea_id)?.text ?? '' },
    probability: d.probability_ppm / 1e6,
    explanation: d.explanation,
    explanationPhrases: pickPhrases({
      id: d.idea_id,
      text: idea?.text ?? '',
      tries: chosen?.tries ?? idea?.triedTogether ?? 0,
      mean: chosen?.mean ?? idea?.mean ?? 0.5,
      probability: d.probability_ppm / 1e6,
      ideas: candidates.length,
      zone: { id: d.zone, label: domains.find((x) => x.id === d.zone)?.label ?? d.zone },
    }),
    candidates: candidates.map((c) => ({
      id: c.id,
      text: ideas.get(c.id)?.text ?? '',
      mean: c.mean,
      probability: c.ppm / 1e6,
    })),
  };
}

/** The exploration screen: this month's zone, the budget, the tries and the latest suggestions. */
export async function presentOverview(db: Kysely<Database>, viewer: PartnerViewer) {
  const today = localDate(viewer.couple.timeZone);
  const month = today.slice(0, 7);
  const pool = await loadPool(db, viewer);
  const draws = await store.listDraws(db, viewer);
  const ideas = new Map(pool.ideas.map((i) => [i.id, i]));
  const label = (id: string) => ({ id, label: pool.domains.find((d) => d.id === id)?.label ?? id });
  const ids = zoneDomains(pool);
  const tries = pool.tries.map((t) => presentTry(t, ideas, pool.ratings, viewer, today));
  return {
    month,
    zone: label(zoneFor(month, ids)),
    nextZone: label(zoneFor(nextMonth(month), ids)),
    budget: budgetOf(
      tries.map((t) => ({ ideaText: t.idea.text, kind: t.kind, startedOn: t.startedOn })),
      today,
    ),
    tries: [...tries.filter((t) => t.endedOn === null), ...tries.filter((t) => t.endedOn !== null)],
    draws: draws.map((d) => presentDraw(d, ideas, pool.domains)),
  };
}

export async function presentTryById(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  const overview = await presentOverview(db, viewer);
  return overview.tries.find((t) => t.id === id)!;
}

/**
 * Draws one suggestion in this month's zone by Thompson sampling, seeded, and records it with the
 * chance each idea had. Returns null when the zone has no ideas yet.
 */
export async function drawSuggestion(db: Kysely<Database>, viewer: PartnerViewer, seed: number) {
  const today = localDate(viewer.couple.timeZone);
  const pool = await loadPool(db, viewer);
  const zone = zoneFor(today.slice(0, 7), zoneDomains(pool));
  const inZone = pool.ideas.filter((i) => i.domain === zone);
  if (inZone.length === 0)
    return { zone: pool.domains.find((d) => d.id === zone)?.label ?? zone, zoneId: zone, draw: null };
  const arms = pool.arms.filter((a) => inZone.some((i) => i.id === a.id));
  const pick = thompsonSample(arms, seed);
  const chances = thompsonProbabilities(arms, seed + 1);
  const chosen = inZone.find((i) => i.id === pick.id)!;
  const row: ExplorationDrawRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    date: today,
    zone,
    seed,
    idea_id: chosen.id,
    probability_ppm: Math.round(1e6 * chances.get(chosen.id)!),
    candidates: JSON.stringify(
      inZone.map((i) => ({
        id: i.id,
        mean: Math.round(i.mean * 1000) / 1000,
        ppm: Math.round(1e6 * chances.get(i.id)!),
        tries: i.triedTogether,
      })),
    ),
    explanation: explainPick({
      text: chosen.text,
      tries: chosen.triedTogether,
      mean: chosen.mean,
      probability: chances.get(chosen.id)!,
      ideas: inZone.length,
      zoneLabel: pool.domains.find((d) => d.id === zone)?.label ?? zone,
    }),
    created_by: viewer.userId,
    created_at: nowIso(),
  };
  await store.insertDraw(db, row);
  return {
    zone,
    zoneId: zone,
    draw: presentDraw(row, new Map(pool.ideas.map((i) => [i.id, i])), pool.domains),
  };
}
