import { describe, expect, it } from 'vitest';
import { normalCdf, normalUpperTail } from './distributions.ts';

describe('normalUpperTail', () => {
  it('computes 1 − Φ(z) directly, keeping its relative precision far into the tail', () => {
    // Published values of the standard normal upper tail (Abramowitz & Stegun 1964, table 26.1;
    // also R: pnorm(z, lower.tail = FALSE)).
    const table: [number, number][] = [
      [1.959963984540054, 0.025],
      [3, 1.3498980316300946e-3],
      [6, 9.865876450376946e-10],
      [10, 7.619853024160527e-24],
    ];
    for (const [z, q] of table) expect(Math.abs(normalUpperTail(z) / q - 1)).toBeLessThan(2e-7);
    // By subtraction the tail is gone: 1 − Φ(10) rounds to 0.
    expect(1 - normalCdf(10)).toBe(0);
    expect(normalUpperTail(-3) + normalUpperTail(3)).toBeCloseTo(1, 12);
  });
});
