import { describe, expect, it } from 'vitest';
import { recordedDays } from './first-screen.ts';

const history = (...rows: Array<Array<number | null>>) => ({
  metrics: [{ series: rows.map((values) => ({ values })) }],
});

describe('recordedDays', () => {
  it('counts from the first day anything was recorded, not from the start of the range', () => {
    expect(recordedDays(history([null, null, 5, null], [null, 3, null, null]))).toBe(3);
    expect(recordedDays(history([4, null, null]))).toBe(3);
  });

  it('is 0 with nothing recorded, whatever the range', () => {
    expect(recordedDays(history(Array(30).fill(null), Array(30).fill(null)))).toBe(0);
    expect(recordedDays({ metrics: [] })).toBe(0);
  });
});
