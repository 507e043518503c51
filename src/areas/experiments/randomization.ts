import { randomizationTest } from '../../stats/randomization.ts';
import type { Better, Condition } from './rules.ts';

export interface OneSided {
  /** Mean of the B-phase means − mean of the A-phase means, original scale. */
  statistic: number;
  /** Share of admissible schedules whose statistic is at least as far in `direction`. */
  p: number;
  /** The same in the opposite direction. */
  pOpposite: number;
  method: 'exact' | 'monte-carlo';
  assignments: number;
  smallestPossibleP: number;
}

/**
 * The experiments area's one call to the randomization test of `src/stats` (Edgington 1975;
 * Onghena 1992): one-sided in `direction`, over every split of the series into the same phases
 * each at least `minPhase` long — exactly the rule the phase starts were drawn with; exact up to
 * 20,000 splits, else 10,000 seeded draws. `pOpposite` answers "does it hurt?".
 */
export function oneSidedRandomization(
  values: readonly number[],
  labels: readonly Condition[],
  lengths: readonly number[],
  options: { minPhase: number; direction: Better; seed?: number },
): OneSided {
  const run = (direction: Better) =>
    randomizationTest(values, labels, lengths, {
      minPhase: options.minPhase,
      direction,
      statistic: 'mean',
      seed: options.seed,
    });
  const there = run(options.direction);
  const back = run(options.direction === 'higher' ? 'lower' : 'higher');
  return {
    statistic: there.statistic,
    p: there.p,
    pOpposite: back.p,
    method: there.method,
    assignments: there.assignments,
    smallestPossibleP: there.smallestPossibleP,
  };
}
