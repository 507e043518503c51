import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallS, nap, tau, tauBC, tauU } from './nonoverlap.ts';

// The running example of Parker, Vannest & Davis (2011, "Effect size in single-case research: a
// review of nine nonoverlap techniques", Behavior Modification 35(4)), also used in the
// SingleCaseES vignette "Basic effect sizes calculations using SingleCaseES" (CRAN, 2024-09-06).
const A = [20, 20, 26, 25, 22, 23];
const B = [28, 25, 24, 27, 30, 30, 29];

// Interval limits are compared to 4 decimals: SingleCaseES finds them with R's `uniroot`, whose
// default tolerance (.Machine$double.eps^0.25 ≈ 1.2e-4) leaves the printed roots off by up to
// ~1e-4 (Tau's limits, 2x − 1, up to ~2.4e-4, so 3 decimals there); we solve the same equation by bisection to 1e-12.
describe('nap', () => {
  it('counts improving pairs with ties as one half (hand-checked)', () => {
    // A = [1, 2], B = [2, 3]: pairs (1,2)=1 (1,3)=1 (2,2)=½ (2,3)=1 → 3.5 / 4.
    expect(nap([1, 2], [2, 3]).estimate).toBe(0.875);
    expect(nap([1, 2], [2, 3], 'lower').estimate).toBe(0.125);
  });

  it('matches the SingleCaseES vignette output for NAP (estimate, SEs, 90/95/99 % intervals)', () => {
    // Vignette printout: NAP 0.9166667 SE 0.06900656 CI 0.5973406–0.9860176; Hanley SE 0.07739185;
    // 99 %: 0.4875014–0.9907377; 90 %: 0.6591091–0.9822249. Parker & Vannest: 38.5 / 42.
    const r = nap(A, B);
    expect(r.estimate).toBeCloseTo(38.5 / 42, 12);
    expect(r.se).toBeCloseTo(0.06900656, 7);
    expect(r.seHanley).toBeCloseTo(0.07739185, 7);
    expect(r.ci.lower).toBeCloseTo(0.5973406, 4);
    expect(r.ci.upper).toBeCloseTo(0.9860176, 4);
    const r99 = nap(A, B, 'higher', 0.99);
    expect(r99.ci.lower).toBeCloseTo(0.4875014, 4);
    expect(r99.ci.upper).toBeCloseTo(0.9907377, 4);
    const r90 = nap(A, B, 'higher', 0.9);
    expect(r90.ci.lower).toBeCloseTo(0.6591091, 4);
    expect(r90.ci.upper).toBeCloseTo(0.9822249, 4);
  });

  it('matches the vignette for improvement = "decrease"', () => {
    // Vignette: NAP 0.08333333 SE 0.06900656 CI 0.01398242–0.4026594.
    const r = nap(A, B, 'lower');
    expect(r.estimate).toBeCloseTo(0.08333333, 7);
    expect(r.se).toBeCloseTo(0.06900656, 7);
    expect(r.ci.lower).toBeCloseTo(0.01398242, 4);
    expect(r.ci.upper).toBeCloseTo(0.4026594, 4);
  });

  it('rejects a phase with one value', () => {
    expect(() => nap([1], [2, 3])).toThrow(/at least two/);
  });

  const series = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 15 });
  it('property: a series against itself gives 0.5', () => {
    fc.assert(fc.property(series, (xs) => Math.abs(nap(xs, xs).estimate - 0.5) < 1e-12));
  });
  it('property: reversing the direction maps NAP to 1 − NAP', () => {
    fc.assert(
      fc.property(
        series,
        series,
        (a, b) => Math.abs(nap(a, b, 'lower').estimate - (1 - nap(a, b).estimate)) < 1e-12,
      ),
    );
  });
  it('property: shifting all values leaves NAP, Tau-U and Tau-BC unchanged; the interval contains NAP', () => {
    fc.assert(
      fc.property(series, series, fc.integer({ min: -1000, max: 1000 }), (a, b, c) => {
        const r = nap(a, b);
        const s = nap(
          a.map((x) => x + c),
          b.map((x) => x + c),
        );
        const u =
          tauU(a, b).estimate ===
          tauU(
            a.map((x) => x + c),
            b.map((x) => x + c),
          ).estimate;
        const bc =
          Math.abs(
            tauBC(a, b).estimate -
              tauBC(
                a.map((x) => x + c),
                b.map((x) => x + c),
              ).estimate,
          ) < 1e-9;
        return (
          r.estimate === s.estimate &&
          u &&
          bc &&
          r.ci.lower <= r.estimate + 1e-9 &&
          r.ci.upper >= r.estimate - 1e-9
        );
      }),
    );
  });
});

describe('tau, tauU, tauBC', () => {
  it('matches the vignette for Tau and Tau-BC', () => {
    // Vignette: Tau 0.8333333 SE 0.1380131 CI 0.1946812–0.9720352;
    // Tau_BC 0.2857143 SE 0.3595159 CI −0.3260702–0.7180613; Tau_U 0.7380952.
    const t = tau(A, B);
    expect(t.estimate).toBeCloseTo(0.8333333, 7);
    expect(t.se).toBeCloseTo(0.1380131, 6);
    expect(t.ci.lower).toBeCloseTo(0.1946812, 3);
    expect(t.ci.upper).toBeCloseTo(0.9720352, 3);
    const bc = tauBC(A, B);
    expect(bc.estimate).toBeCloseTo(0.2857143, 7);
    expect(bc.se).toBeCloseTo(0.3595159, 6);
    expect(bc.ci.lower).toBeCloseTo(-0.3260702, 3);
    expect(bc.ci.upper).toBeCloseTo(0.7180613, 3);
    expect(tauU(A, B).estimate).toBeCloseTo(0.7380952, 7);
  });

  it('matches Parker, Vannest, Davis & Sauber (2011) example 2 as tested in SingleCaseES', () => {
    // tests/testthat/test-parker-vannest-davis-2011.R: Tau = 16/20, Tau-U = 11/20.
    expect(tau([3, 3, 4, 5], [4, 5, 6, 7, 7]).estimate).toBeCloseTo(16 / 20, 12);
    const u = tauU([3, 3, 4, 5], [4, 5, 6, 7, 7]);
    expect(u.estimate).toBeCloseTo(11 / 20, 12);
    expect(u.sAB).toBe(16);
    expect(u.sTrendA).toBe(5);
  });

  it('matches the Tarlow (2017) perfect-trend example as tested in SingleCaseES', () => {
    // tests/testthat/test-tarlow-2017.R: A = 1..5, B = 6..10 → Tau 1, Tau-U 0.6, Tau-BC 0.
    const a = [1, 2, 3, 4, 5];
    const b = [6, 7, 8, 9, 10];
    expect(tau(a, b).estimate).toBe(1);
    expect(tauU(a, b).estimate).toBeCloseTo(0.6, 12);
    const bc = tauBC(a, b);
    expect(bc.estimate).toBe(0);
    expect(bc.slope).toBe(1);
    expect(bc.intercept).toBe(0);
  });

  it('kendallS counts concordant minus discordant pairs (hand-checked)', () => {
    expect(kendallS([1, 2, 3])).toBe(3);
    expect(kendallS([3, 1, 2])).toBe(-1); // (3,1)−, (3,2)−, (1,2)+
    expect(kendallS([2, 2])).toBe(0);
  });

  it('Tau-U with direction lower equals Tau-U of the negated series', () => {
    const a = [5, 4, 6, 5];
    const b = [3, 2, 4, 1, 2];
    expect(tauU(a, b, 'lower').estimate).toBe(
      tauU(
        a.map((x) => -x),
        b.map((x) => -x),
      ).estimate,
    );
  });
});
