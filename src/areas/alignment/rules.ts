import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';

/** The four dimensions a partner places themselves on, 0 (the first pole) to 100 (the second). */
export const DIMENSIONS = [
  { key: 'harmonyAuthenticity', low: 'harmony', high: 'authenticity' },
  { key: 'independenceConnection', low: 'independence', high: 'connection' },
  { key: 'growthStability', low: 'growth', high: 'stability' },
  { key: 'familyCareer', low: 'family', high: 'career' },
] as const;

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];

/** One partner's answer, as the API and the rules see it. A dimension is null until set. */
export interface Answer {
  optimizingFor: string;
  successMeans: string;
  rewardsSought: string;
  /** Rewards most wanted first. */
  rewards: string[];
  harmonyAuthenticity: number | null;
  independenceConnection: number | null;
  growthStability: number | null;
  familyCareer: number | null;
  /** Domain slugs, most important first. */
  domains: string[];
}

export const EMPTY_ANSWER: Answer = {
  optimizingFor: '',
  successMeans: '',
  rewardsSought: '',
  rewards: [],
  harmonyAuthenticity: null,
  independenceConnection: null,
  growthStability: null,
  familyCareer: null,
  domains: [],
};

/** A gap up to this is "close"; beyond FAR_GAP it is "far apart". On the 0–100 scale. */
export const CLOSE_GAP = 15;
export const FAR_GAP = 35;
/** A change of the gap between rounds smaller than this is "steady". */
export const DRIFT_STEP = 10;

/** The quarter (YYYY-Qn) a local date falls in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Checks a round's quarter: a real one, not after the current quarter (a past one may be recorded late). */
export function checkQuarter(quarter: string, current: string): void {
  if (quarter > current)
    throw invalid(
      'quarter',
      `${quarter} has not begun yet; this quarter is ${current}.`,
      phrase('refuse.quarterNotBegun', { quarter, current }),
    );
}

const normal = (s: string) => s.trim().toLocaleLowerCase();

/** Checks a draft: no reward twice, domains known and ranked once each. Throws a 400 naming the field. */
export function checkDraft(a: Pick<Answer, 'rewards' | 'domains'>, domainIds: ReadonlySet<string>): void {
  const seen = new Set<string>();
  a.rewards.forEach((r, i) => {
    if (r.trim() === '')
      throw invalid(`rewards.${i}`, 'A reward needs a few words.', phrase('refuse.rewardText'));
    if (seen.has(normal(r)))
      throw invalid(
        `rewards.${i}`,
        `"${r.trim()}" is in the list twice.`,
        phrase('refuse.rewardTwice', { value: r.trim() }),
      );
    seen.add(normal(r));
  });
  const ranked = new Set<string>();
  a.domains.forEach((d, i) => {
    if (!domainIds.has(d))
      throw invalid(
        `domains.${i}`,
        `"${d}" is not one of your domains.`,
        phrase('refuse.notYourDomain', { value: d }),
      );
    if (ranked.has(d))
      throw invalid(
        `domains.${i}`,
        `"${d}" is ranked twice.`,
        phrase('refuse.domainRankedTwice', { value: d }),
      );
    ranked.add(d);
  });
}

/** Checks an answer is complete enough to submit; throws a 400 naming the first missing field. */
export function checkComplete(a: Answer): void {
  const texts = [
    ['optimizingFor', 'what you are optimizing for', 'refuse.submitOptimizingFor'],
    ['successMeans', 'what success means to you', 'refuse.submitSuccessMeans'],
    ['rewardsSought', 'the rewards you seek', 'refuse.submitRewardsSought'],
  ] as const;
  for (const [field, what, code] of texts)
    if (a[field].trim() === '')
      throw invalid(field, `Before you submit, write a few words about ${what}.`, phrase(code));
  if (a.rewards.length === 0)
    throw invalid(
      'rewards',
      'Before you submit, list at least one reward you seek.',
      phrase('refuse.submitRewards'),
    );
  for (const d of DIMENSIONS)
    if (a[d.key] === null)
      throw invalid(
        d.key,
        `Before you submit, say where you stand between ${d.low} and ${d.high}.`,
        phrase('refuse.submitStand'),
      );
  if (a.domains.length === 0)
    throw invalid(
      'domains',
      'Before you submit, rank the domains that matter to you.',
      phrase('refuse.submitDomains'),
    );
}

/**
 * Kendall's rank correlation τ (Kendall 1938, "A new measure of rank correlation", Biometrika
 * 30:81–93) of two rankings over the items both contain: (concordant − discordant) pairs divided
 * by all pairs. Rankings have no ties, so this is τ-a. Null with fewer than two common items.
 */
export function kendallTau(first: readonly string[], second: readonly string[]): number | null {
  const common = first.filter((x) => second.includes(x));
  const n = common.length;
  if (n < 2) return null;
  const rank = new Map(second.map((x, i) => [x, i]));
  let score = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) score += Math.sign(rank.get(common[j]!)! - rank.get(common[i]!)!);
  return score / ((n * (n - 1)) / 2);
}

export interface DimensionGap {
  key: DimensionKey;
  low: string;
  high: string;
  mine: number;
  partner: number;
  gap: number;
  words: string;
}

export interface Comparison {
  dimensions: DimensionGap[];
  rewards: { shared: string[]; onlyMine: string[]; onlyPartner: string[]; words: string };
  domains: { agreement: number | null; sameFirst: boolean; words: string };
}

/** How many of each list's top rewards are compared. */
export const TOP_REWARDS = 3;

function lean(value: number, low: string, high: string): string {
  if (value < 40) return `towards ${low}`;
  if (value > 60) return `towards ${high}`;
  return 'in the middle';
}

/** One dimension's gap in plain words. */
export function describeGap(d: { low: string; high: string }, mine: number, partner: number): string {
  const gap = Math.abs(mine - partner);
  const pair = `${d.low} and ${d.high}`;
  if (gap <= CLOSE_GAP)
    return `Between ${pair} you stand close together (${mine} and ${partner} of 100): both ${lean((mine + partner) / 2, d.low, d.high)}.`;
  const how = gap > FAR_GAP ? 'far apart' : 'some way apart';
  return `Between ${pair} you stand ${how} (${mine} and ${partner} of 100): you lean ${lean(mine, d.low, d.high)}, your partner ${lean(partner, d.low, d.high)}. Worth talking about what each of you means by it.`;
}

/**
 * Overlaps and gaps of two submitted answers, from the viewer's side: per-dimension gaps, the
 * rewards in both top lists (by summed rank), and how much the domain rankings agree.
 */
export function compareAnswers(
  mine: Answer,
  partner: Answer,
  domainLabel: (id: string) => string = (id) => id,
): Comparison {
  const dimensions = DIMENSIONS.map((d) => {
    const a = mine[d.key] ?? 0;
    const b = partner[d.key] ?? 0;
    return {
      key: d.key,
      low: d.low,
      high: d.high,
      mine: a,
      partner: b,
      gap: Math.abs(a - b),
      words: describeGap(d, a, b),
    };
  });

  const topMine = mine.rewards.slice(0, TOP_REWARDS);
  const topPartner = partner.rewards.slice(0, TOP_REWARDS);
  const partnerIndex = new Map(topPartner.map((r, i) => [normal(r), i]));
  const mineIndex = new Map(topMine.map((r, i) => [normal(r), i]));
  const shared = topMine
    .filter((r) => partnerIndex.has(normal(r)))
    .sort(
      (x, y) =>
        mineIndex.get(normal(x))! +
        partnerIndex.get(normal(x))! -
        (mineIndex.get(normal(y))! + partnerIndex.get(normal(y))!),
    );
  const onlyMine = topMine.filter((r) => !partnerIndex.has(normal(r)));
  const onlyPartner = topPartner.filter((r) => !mineIndex.has(normal(r)));
  const rewardWords =
    shared.length === 0
      ? 'Your top rewards differ: none of your first three is among your partner’s. That is not a problem in itself — it tells you what to offer each other.'
      : `You both seek ${joinWords(shared)} near the top of your lists.${onlyMine.length + onlyPartner.length > 0 ? ' The others differ: each of you can offer what the other wants most.' : ''}`;

  const agreement = kendallTau(mine.domains, partner.domains);
  const sameFirst = mine.domains[0] !== undefined && mine.domains[0] === partner.domains[0];
  const first = sameFirst ? ` Both of you put ${domainLabel(mine.domains[0]!)} first.` : '';
  const domainWords =
    agreement === null
      ? `You ranked too few domains in common to compare the order.${first}`
      : agreement >= 0.6
        ? `You rank the domains much the same way.${first}`
        : agreement > 0
          ? `You rank the domains partly alike.${first}`
          : `You rank the domains differently: what matters most to one of you comes later for the other.${first}`;

  return {
    dimensions,
    rewards: { shared, onlyMine, onlyPartner, words: rewardWords },
    domains: {
      agreement: agreement === null ? null : Math.round(agreement * 100) / 100,
      sameFirst,
      words: domainWords,
    },
  };
}

function joinWords(items: readonly string[]): string {
  const q = items.map((s) => `“${s.trim()}”`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q.at(-1)}`;
}

export interface DriftDimension {
  key: DimensionKey;
  low: string;
  high: string;
  points: { quarter: string; gap: number }[];
  /** From the first round to the last: null with fewer than two rounds. */
  trend: 'narrowing' | 'widening' | 'steady' | null;
  words: string;
}

/**
 * Alignment drift: each dimension's gap over the revealed rounds (oldest first) and whether it
 * narrowed or widened from the first round to the last. With few rounds a trend is a hint.
 */
export function alignmentDrift(
  rounds: readonly { quarter: string; gaps: Record<DimensionKey, number> }[],
): DriftDimension[] {
  const sorted = [...rounds].sort((x, y) => (x.quarter < y.quarter ? -1 : 1));
  return DIMENSIONS.map((d) => {
    const points = sorted.map((r) => ({ quarter: r.quarter, gap: r.gaps[d.key] }));
    const pair = `${d.low} and ${d.high}`;
    if (points.length < 2) {
      return {
        key: d.key,
        low: d.low,
        high: d.high,
        points,
        trend: null,
        words: `A trend between ${pair} shows once you have revealed two rounds.`,
      };
    }
    const first = points[0]!;
    const last = points.at(-1)!;
    const change = last.gap - first.gap;
    const trend = change <= -DRIFT_STEP ? 'narrowing' : change >= DRIFT_STEP ? 'widening' : 'steady';
    const since = `since ${first.quarter} (${points.length} rounds)`;
    const words =
      trend === 'narrowing'
        ? `Between ${pair} your gap narrowed from ${first.gap} to ${last.gap} ${since}.`
        : trend === 'widening'
          ? `Between ${pair} your gap widened from ${first.gap} to ${last.gap} ${since}: a good topic for the next quarterly talk.`
          : `Between ${pair} your gap stayed about the same (${first.gap}, now ${last.gap}) ${since}.`;
    return {
      key: d.key,
      low: d.low,
      high: d.high,
      points,
      trend,
      words: points.length < 3 ? `${words} Two rounds are a first hint, not a trend yet.` : words,
    };
  });
}
