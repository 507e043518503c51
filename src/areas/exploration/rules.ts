/**
 * Exploration's domain rules, pure: the monthly zone, the 80/20 budget, the posterior of each
 * idea from both partners' ratings, and the plain-words reason for a suggestion.
 */

import { addDays } from '../../dates.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import type { Arm } from '../../stats/thompson.ts';

/** About one week in five explores; the rest exploits what works. */
export const EXPLORE_SHARE = 0.2;
export const DEFAULT_TRIAL_DAYS = 7;
export const DEFAULT_RETURN_PLAN =
  'If it doesn’t feel right, we simply go back to how things were. No harm done.';

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function nextMonth(month: string): string {
  const i = monthIndex(month) + 1;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * The exploration zone of a month: the couple's domains (those with ideas to try) in a fixed
 * order, one per month in turn, so every domain gets its month and the others stay stable.
 */
export function zoneFor(month: string, domainIds: readonly string[]): string {
  if (domainIds.length === 0) throw new RangeError('a couple has at least one domain');
  const sorted = [...domainIds].sort();
  return sorted[monthIndex(month) % sorted.length]!;
}

/** The domains the zone rotates through: those with at least one idea (all of them if none has). */
export function zoneDomains(pool: { domains: { id: string }[]; ideas: { domain: string }[] }): string[] {
  const withIdeas = pool.domains.map((d) => d.id).filter((id) => pool.ideas.some((i) => i.domain === id));
  return withIdeas.length > 0 ? withIdeas : pool.domains.map((d) => d.id);
}

// Weeks run Monday to Sunday; 1970-01-05 was a Monday.
const EPOCH_MONDAY = Date.parse('1970-01-05T00:00:00Z');
const weekOf = (date: string) =>
  Math.floor((Date.parse(`${date}T00:00:00Z`) - EPOCH_MONDAY) / (7 * 86_400_000));
const mondayOf = (week: number) => new Date(EPOCH_MONDAY + week * 7 * 86_400_000).toISOString().slice(0, 10);

/** Every fifth week is an exploration week. */
export function isExploreWeek(date: string): boolean {
  return weekOf(date) % Math.round(1 / EXPLORE_SHARE) === 0;
}

export interface TryFacts {
  ideaText: string;
  kind: 'explore' | 'exploit';
  startedOn: string;
}

export interface Budget {
  share: number;
  thisWeek: 'explore' | 'exploit';
  nextExploreWeek: string;
  summary: string;
  months: { month: string; explored: string[]; exploited: string[] }[];
}

/** The 80/20 budget: this week's mode and, per month, what was explored and what exploited. */
export function budgetOf(tries: readonly TryFacts[], today: string): Budget {
  const every = Math.round(1 / EXPLORE_SHARE);
  const w = weekOf(today);
  const explore = isExploreWeek(today);
  const next = mondayOf(w + (every - (w % every)));
  const byMonth = new Map<string, { explored: string[]; exploited: string[] }>();
  for (const t of [...tries].sort((a, b) => a.startedOn.localeCompare(b.startedOn))) {
    const m = t.startedOn.slice(0, 7);
    const entry = byMonth.get(m) ?? { explored: [], exploited: [] };
    (t.kind === 'explore' ? entry.explored : entry.exploited).push(t.ideaText);
    byMonth.set(m, entry);
  }
  return {
    share: EXPLORE_SHARE,
    thisWeek: explore ? 'explore' : 'exploit',
    nextExploreWeek: next,
    summary: explore
      ? 'This is an exploration week: try something new together. The other four weeks in five, you do more of what already works.'
      : `This week is for what already works. Your next exploration week starts on ${next}.`,
    months: [...byMonth.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([month, v]) => ({ month, ...v })),
  };
}

/** A 1–5 rating as the share of the way from "didn't work for me" to "loved it". */
export const ratingScore = (r: number) => (r - 1) / 4;

/**
 * Each idea's Beta posterior input: a try rated by both partners adds the mean of their scores as
 * successes and the rest as failures. A try rated by one partner only does not count yet.
 */
export function armsOf(
  ideaIds: readonly string[],
  rated: readonly { ideaId: string; ratings: number[] }[],
): Arm[] {
  const arms = new Map(ideaIds.map((id) => [id, { id, successes: 0, failures: 0 }]));
  for (const t of rated) {
    const arm = arms.get(t.ideaId);
    if (!arm || t.ratings.length < 2) continue;
    const s = t.ratings.reduce((a, r) => a + ratingScore(r), 0) / t.ratings.length;
    arm.successes += s;
    arm.failures += 1 - s;
  }
  return [...arms.values()];
}

/** Why this idea was suggested, in plain words. */
export function explainPick(p: {
  text: string;
  tries: number;
  mean: number;
  probability: number;
  ideas: number;
  zoneLabel: string;
}): string {
  const chance = `It had about a ${Math.max(1, Math.round(100 * p.probability))}% chance among the ${p.ideas} ideas in ${p.zoneLabel} this month`;
  const why =
    p.tries === 0
      ? 'you haven’t tried it yet, so it might turn out better than it looks'
      : p.tries < 3
        ? `you have tried it ${p.tries === 1 ? 'once' : 'twice'}, so there is still a lot to learn about it`
        : `it has gone well for you: about ${Math.round(100 * p.mean)}% of the way to “loved it” over ${p.tries} tries`;
  return `We picked “${p.text}” because ${why}. ${chance}; each pick keeps a little luck in it, so every idea gets its turn. If it doesn’t work for you, you go back to normal.`;
}

/**
 * Why this idea was suggested, as phrase codes (the web app words them; `explainPick` stays for
 * the command line). `domain` is the zone's label and `domainId` its id, for the web's own name.
 */
export function pickPhrases(p: {
  id: string;
  text: string;
  tries: number;
  mean: number;
  probability: number;
  ideas: number;
  zone: { id: string; label: string };
}): Phrase[] {
  const why =
    p.tries === 0
      ? phrase('pick.new', { idea: p.text, ideaId: p.id })
      : p.tries < 3
        ? phrase('pick.few', { idea: p.text, ideaId: p.id, count: p.tries })
        : phrase('pick.good', { idea: p.text, ideaId: p.id, count: p.tries, pct: Math.round(100 * p.mean) });
  return [
    why,
    phrase('pick.chance', {
      pct: Math.max(1, Math.round(100 * p.probability)),
      count: p.ideas,
      domain: p.zone.label,
      domainId: p.zone.id,
    }),
    phrase('pick.backToNormal'),
  ];
}

export function defaultCheckOn(startedOn: string): string {
  return addDays(startedOn, DEFAULT_TRIAL_DAYS);
}
