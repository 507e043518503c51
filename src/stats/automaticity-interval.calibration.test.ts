import { describe, expect, it } from 'vitest';
import { calibrateAutomaticity } from './calibration.ts';

describe('day95Interval calibration (seeded)', () => {
  it('covers the true day95 within 10 points of its 80 % level, with few or many answers', () => {
    const r = calibrateAutomaticity(400);
    console.log(
      `automaticity interval, level ${100 * r.level} %: coverage ${(100 * r.coverage).toFixed(1)} % (14–19 answers ${(100 * r.coverageFew).toFixed(1)} %, 20–26 answers ${(100 * r.coverageMany).toFixed(1)} %); fitted ${(100 * r.fitted).toFixed(1)} %, open above ${(100 * r.openEnded).toFixed(1)} %`,
    );
    for (const c of [r.coverage, r.coverageFew, r.coverageMany]) {
      expect(c).toBeGreaterThanOrEqual(r.level - 0.1);
      expect(c).toBeLessThanOrEqual(r.level + 0.1);
    }
    expect(r.fitted).toBeGreaterThan(0.9);
  }, 30_000);
});
