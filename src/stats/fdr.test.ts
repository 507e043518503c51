import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './fdr.ts';

describe('benjaminiHochberg', () => {
  it('reproduces the worked example of Benjamini & Hochberg (1995): 4 of 15 at 0.05', () => {
    // The paper's 15 p-values (also the example in SciPy's `false_discovery_control` docs);
    // BH rejects the four smallest (Bonferroni would reject three).
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ];
    const r = benjaminiHochberg(p, 0.05);
    expect(r.discoveries).toBe(4);
    expect(r.pCutoff).toBe(0.0095);
    expect(r.rejected.slice(0, 4)).toEqual([true, true, true, true]);
    // Hand-checked adjusted values: q(4) = min over j ≥ 4 of 15·p(j)/j = 0.0095·15/4 = 0.035625;
    // q(5) = min(0.0201·3, 0.0278·2.5, 0.0298·15/7, 0.0344·15/8, 0.0459·15/9, …) = 0.0603.
    expect(r.q[3]).toBeCloseTo(0.035625, 12);
    expect(r.q[4]).toBeCloseTo(0.0603, 12);
  });

  it('keeps input order and skips nulls (hand-checked)', () => {
    const r = benjaminiHochberg([0.04, null, 0.01, 0.03], 0.05);
    expect(r.m).toBe(3);
    expect(r.q).toEqual([0.04, null, 0.03, 0.04]);
    expect(r.rejected).toEqual([true, false, true, true]);
  });

  const pvals = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 });
  it('property: never more than m discoveries; q ≥ p; q monotone in p; rejections = {q ≤ alpha}', () => {
    fc.assert(
      fc.property(pvals, fc.double({ min: 0.001, max: 0.5, noNaN: true }), (ps, alpha) => {
        const r = benjaminiHochberg(ps, alpha);
        if (r.discoveries > ps.length) return false;
        const order = ps.map((_, i) => i).sort((a, b) => ps[a]! - ps[b]!);
        for (let k = 1; k < order.length; k++) {
          if (r.q[order[k]!]! < r.q[order[k - 1]!]! - 1e-15) return false;
        }
        return ps.every((p, i) => r.q[i]! >= p - 1e-15 && r.rejected[i] === r.q[i]! <= alpha);
      }),
    );
  });
  it('property: lowering one p-value never removes a discovery (monotone)', () => {
    fc.assert(
      fc.property(pvals, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (ps, j, f) => {
        const i = j % ps.length;
        const lowered = ps.map((p, k) => (k === i ? p * f : p));
        return benjaminiHochberg(lowered).discoveries >= benjaminiHochberg(ps).discoveries;
      }),
    );
  });
});
