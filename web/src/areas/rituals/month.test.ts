import { describe, expect, it } from 'vitest';
import { reviewMonth, shiftMonth } from './month.ts';

describe('reviewMonth', () => {
  it('opens on the last complete month, also on the 1st', () => {
    expect(reviewMonth(null, '2026-12')).toBe('2026-11');
    expect(reviewMonth(null, '2027-01')).toBe('2026-12');
  });
  it('shows a month asked for, up to the one running', () => {
    expect(reviewMonth('2025-02', '2026-12')).toBe('2025-02');
    expect(reviewMonth('2026-12', '2026-12')).toBe('2026-12');
  });
  it('ignores a future or malformed month', () => {
    expect(reviewMonth('2027-01', '2026-12')).toBe('2026-11');
    expect(reviewMonth('2026-13', '2026-12')).toBe('2026-11');
    expect(reviewMonth('soon', '2026-12')).toBe('2026-11');
  });
});

describe('shiftMonth', () => {
  it('crosses years both ways', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
