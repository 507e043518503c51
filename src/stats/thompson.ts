/**
 * Thompson sampling over Beta posteriors (Thompson 1933, "On the likelihood that one unknown
 * probability exceeds another", Biometrika 25; Chapelle & Li 2011 for its practical merit).
 * Each idea has a Beta(prior + successes, prior + failures) posterior over "the couple rates it
 * well"; one draw per idea, the highest draw is suggested. Seeded, so a suggestion can be replayed.
 */
import { createRng } from './random.ts';

export interface Arm {
  id: string;
  /** Times the idea was rated well (or a rating scaled to 0…1, summed). */
  successes: number;
  failures: number;
}

export interface ThompsonChoice {
  id: string;
  draws: { id: string; draw: number; mean: number }[];
  explanation: string;
}

/** Picks one arm by Thompson sampling with a Beta(prior, prior) prior (default 1: uniform). */
export function thompsonSample(arms: readonly Arm[], seed: number, prior = 1): ThompsonChoice {
  if (arms.length === 0) throw new RangeError('need at least one idea to choose from');
  const rng = createRng(seed);
  const draws = arms.map((a) => {
    if (!(a.successes >= 0 && a.failures >= 0)) throw new RangeError(`idea ${a.id}: counts must be ≥ 0`);
    const alpha = prior + a.successes;
    const beta = prior + a.failures;
    return { id: a.id, draw: rng.beta(alpha, beta), mean: alpha / (alpha + beta) };
  });
  let best = draws[0]!;
  for (const d of draws) if (d.draw > best.draw) best = d;
  const tried = arms.find((a) => a.id === best.id)!;
  const n = tried.successes + tried.failures;
  return {
    id: best.id,
    draws,
    explanation:
      n < 3
        ? `We suggest "${best.id}" to explore: you have tried it ${n === 0 ? 'not yet' : `only ${n} time${n === 1 ? '' : 's'}`}, so it might be better than it looks.`
        : `We suggest "${best.id}": it has worked well for you about ${Math.round(100 * best.mean)}% of the time, and there's still a little luck in each pick so other ideas get a turn.`,
  };
}

/**
 * The chance each arm has of being picked by one Thompson draw, estimated by `rounds` seeded
 * Monte Carlo draws (ties go to the first arm, as in `thompsonSample`). Recorded with every
 * suggestion, so a later analysis of what worked can weight by it (inverse-propensity weighting,
 * Horvitz & Thompson 1952, JASA 47) and stay valid although the suggestions were not uniform.
 */
export function thompsonProbabilities(
  arms: readonly Arm[],
  seed: number,
  prior = 1,
  rounds = 10_000,
): Map<string, number> {
  if (arms.length === 0) throw new RangeError('need at least one idea to choose from');
  const rng = createRng(seed);
  const wins = new Array<number>(arms.length).fill(0);
  for (let r = 0; r < rounds; r++) {
    let best = 0;
    let top = -1;
    for (let i = 0; i < arms.length; i++) {
      const a = arms[i]!;
      const d = rng.beta(prior + a.successes, prior + a.failures);
      if (d > top) {
        top = d;
        best = i;
      }
    }
    wins[best]!++;
  }
  return new Map(arms.map((a, i) => [a.id, wins[i]! / rounds]));
}
