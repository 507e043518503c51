import { describe, expect, it } from 'vitest';
import { calibrateLaggedCredit, creditDataset } from './calibration.ts';
import { laggedCredit } from './lagged.ts';
import { createRng } from './random.ts';

describe('laggedCredit calibration on drifting, weekly, autocorrelated data (seeded)', () => {
  it('null datasets give any discovery in ≤ 10 % in every scenario; a lag-1 effect on a shared trend is found', () => {
    const { nulls, plantedFound } = calibrateLaggedCredit(150);
    for (const r of nulls)
      console.log(
        `lagged credit, null "${r.scenario}": any discovery at q < .05 in ${(100 * r.anyDiscovery).toFixed(1)} % of datasets`,
      );
    console.log(
      `lagged credit: lag-1 effect 0.3 per action on top of a shared trend found in ${(100 * plantedFound).toFixed(1)} %`,
    );
    for (const r of nulls) expect(r.anyDiscovery, r.scenario).toBeLessThanOrEqual(0.1);
    expect(plantedFound).toBeGreaterThanOrEqual(0.7);
  }, 30_000);

  it('single p-values are calibrated on stationary data: about 5 % below 0.05', () => {
    const rng = createRng(77);
    let tests = 0;
    let below = 0;
    for (let r = 0; r < 150; r++) {
      const d = creditDataset(rng, 'stationary AR(1)', 365);
      for (const t of laggedCredit(d.actions, d.outcomes, { maxLag: 3, seed: r }).tests) {
        if (t.p === null) continue;
        tests++;
        if (t.p < 0.05) below++;
      }
    }
    console.log(
      `lagged credit: single tests with p < 0.05 on stationary nulls ${((100 * below) / tests).toFixed(2)} %`,
    );
    expect(below / tests).toBeGreaterThan(0.03);
    expect(below / tests).toBeLessThan(0.07);
  });
});
