/**
 * Promise trust: a smoothed share of promises kept, where older promises weigh less.
 *
 * Each resolved promise (kept = 1, broken = 0), oldest first, gets the weight `d^age` with
 * `d = 0.5^(1/halfLife)` (age 0 = the newest), and the score is the mean of a Beta posterior
 * with a weak prior of one kept and one broken promise (Laplace's rule of succession, 1814):
 *
 *   score = (1 + Σ w·kept) / (2 + Σ w)
 *
 * With a half-life of 10 promises, one lapse after twenty kept moves the score from about 0.92
 * to about 0.85; four lapses in a row bring it down to about 0.67. The effective number of
 * promises behind the score is Σ w, so "few promises yet" is reported rather than hidden.
 */
export interface TrustScore {
  score: number | null;
  kept: number;
  broken: number;
  effective: number;
  explanation: string;
}

export function promiseTrust(outcomes: readonly boolean[], halfLife = 10): TrustScore {
  if (!(halfLife > 0)) throw new RangeError('halfLife must be > 0');
  const kept = outcomes.filter(Boolean).length;
  const broken = outcomes.length - kept;
  if (outcomes.length === 0)
    return { score: null, kept, broken, effective: 0, explanation: 'No kept or broken promises yet.' };
  const d = 0.5 ** (1 / halfLife);
  let w = 0;
  let k = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const weight = d ** (outcomes.length - 1 - i);
    w += weight;
    if (outcomes[i]) k += weight;
  }
  const score = (1 + k) / (2 + w);
  const pct = Math.round(score * 100);
  return {
    score,
    kept,
    broken,
    effective: w,
    explanation: `${kept} kept and ${broken} broken. The trust score is ${pct} of 100: recent promises count most, so one lapse after a long record costs little, and repeated lapses show.${w < 5 ? ' With only a few promises so far, this score is still rough.' : ''}`,
  };
}
