import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { computeAutomaticity, estimateAutomaticity } from './automaticity.ts';

const start = '2026-01-01';
/** Weekly answers along a Lally curve (a = 6, b = 4.5, c = rate per day) with fixed wobble. */
function answers(weeks: number, rate: number) {
  const wobble = [0.3, -0.2, 0.1, -0.3, 0.2, 0, -0.1, 0.25, -0.25, 0.15, -0.15, 0.05, -0.05, 0.2];
  return Array.from({ length: weeks }, (_, i) => {
    const s = 6 - 4.5 * Math.exp(-rate * 7 * i) + wobble[i % wobble.length]!;
    return { date: addDays(start, 7 * i), items: [s, s, s, s].map((x) => Math.min(7, Math.max(1, x))) };
  });
}

describe('estimateAutomaticity', () => {
  it('states the interval with its level in words', () => {
    const a = answers(12, 0.03); // day95 = ln(4.5 / 0.3) / 0.03 ≈ 90: about 13 days after the last answer
    const e = estimateAutomaticity(a, start, addDays(start, 77));
    expect(e.status).toBe('fitted');
    expect(e.level).toBe(0.8);
    expect(e.daysLeftLow!).toBeLessThanOrEqual(e.daysLeft!);
    expect(e.daysLeftHigh!).toBeGreaterThanOrEqual(e.daysLeft!);
    expect(e.explanation).toMatch(/we are 80% sure it is between \d+ and \d+ days/);
  });

  it('says so when the answers cannot yet bound the upper end', () => {
    const a = answers(9, 0.02); // nine weeks of a slow curve (day95 ≈ 135) that has barely bent
    const e = estimateAutomaticity(a, start, addDays(start, 56));
    expect(e.status).toBe('fitted');
    expect(e.daysLeftHigh).toBeNull();
    expect(e.explanation).toMatch(/at least \d+ days, and your answers cannot yet say how much longer/);
  });

  it('uses a stored estimate only when it was computed from exactly these answers', () => {
    const a = answers(12, 0.05);
    const stored = computeAutomaticity(a, start);
    expect(stored).toMatchObject({ status: 'fitted', answers: 12 });
    const marker = {
      status: 'fitted' as const,
      answers: 12,
      startDate: start,
      day95: 100,
      low: 90,
      high: 120,
      level: 0.8,
    };
    expect(estimateAutomaticity(a, start, addDays(start, 80), marker)).toMatchObject({
      daysLeft: 20,
      daysLeftLow: 10,
      daysLeftHigh: 40,
    });
    const fresh = estimateAutomaticity(a, start, addDays(start, 80));
    expect(estimateAutomaticity(a, start, addDays(start, 80), { ...marker, answers: 11 })).toEqual(fresh);
    expect(
      estimateAutomaticity(a, start, addDays(start, 80), { ...marker, startDate: '2025-12-01' }),
    ).toEqual(fresh);
  });
});
