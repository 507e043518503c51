import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { thompsonProbabilities, thompsonSample } from './thompson.ts';

describe('seeded sampling', () => {
  it('Gamma and Beta draws have the right means (Marsaglia–Tsang incl. shape < 1)', () => {
    const rng = createRng(1);
    const n = 40_000;
    let g = 0;
    let gs = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      g += rng.gamma(0.5);
      gs += rng.gamma(3);
      b += rng.beta(2, 5);
    }
    // Gamma(k) has mean k (SD √k / √n ≈ 0.0035 and 0.0087); Beta(2, 5) mean 2/7.
    expect(g / n).toBeCloseTo(0.5, 1);
    expect(gs / n).toBeCloseTo(3, 1);
    expect(b / n).toBeCloseTo(2 / 7, 2);
  });
});

describe('thompsonSample', () => {
  it('is reproducible by seed', () => {
    const arms = [
      { id: 'walk', successes: 3, failures: 2 },
      { id: 'cook', successes: 1, failures: 1 },
    ];
    expect(thompsonSample(arms, 9)).toEqual(thompsonSample(arms, 9));
  });

  it('picks an arm with its posterior probability of being best (hand-derived 2/3)', () => {
    // Beta(2, 1) vs Beta(1, 1): P(X > U) = E[X] = 2/3 for X ~ Beta(2, 1), U uniform.
    const arms = [
      { id: 'x', successes: 1, failures: 0 },
      { id: 'u', successes: 0, failures: 0 },
    ];
    let x = 0;
    const runs = 6000;
    for (let s = 0; s < runs; s++) if (thompsonSample(arms, s).id === 'x') x++;
    // SE of the share ≈ 0.006; allow 4 SE.
    expect(Math.abs(x / runs - 2 / 3)).toBeLessThan(0.025);
  });
});

describe('thompsonProbabilities', () => {
  it('matches closed forms: two uniform arms 1/2 each; Beta(2, 1) beats a uniform with P = E[X] = 2/3', () => {
    const even = thompsonProbabilities(
      [
        { id: 'a', successes: 0, failures: 0 },
        { id: 'b', successes: 0, failures: 0 },
      ],
      3,
    );
    expect(even.get('a')!).toBeCloseTo(0.5, 1);
    const p = thompsonProbabilities(
      [
        { id: 'liked', successes: 1, failures: 0 },
        { id: 'new', successes: 0, failures: 0 },
      ],
      4,
      1,
      40_000,
    );
    // SE √(2/9 / 40 000) ≈ 0.0024.
    expect(Math.abs(p.get('liked')! - 2 / 3)).toBeLessThan(0.01);
    expect(p.get('liked')! + p.get('new')!).toBeCloseTo(1, 12);
  });

  it('agrees with how often thompsonSample picks each arm over many seeds', () => {
    const arms = [
      { id: 'walk', successes: 3, failures: 1 },
      { id: 'cook', successes: 1, failures: 2 },
      { id: 'dance', successes: 0, failures: 0 },
    ];
    const p = thompsonProbabilities(arms, 1, 1, 20_000);
    const picks = new Map<string, number>();
    for (let s = 0; s < 4000; s++) {
      const id = thompsonSample(arms, 1000 + s).id;
      picks.set(id, (picks.get(id) ?? 0) + 1);
    }
    for (const a of arms) expect(Math.abs((picks.get(a.id) ?? 0) / 4000 - p.get(a.id)!)).toBeLessThan(0.03);
  });
});
