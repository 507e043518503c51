import { describe, expect, it } from 'vitest';
import { dayNumber, dayString, tickLabel, timeTicks } from './time.ts';

const iso = (ticks: { day: number }[]) => ticks.map((t) => dayString(t.day));

describe('day numbers', () => {
  it('count calendar days from 1970-01-01 and come back unchanged', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // leap year
    for (const d of ['2023-12-31', '2024-02-29', '2026-10-25']) expect(dayString(dayNumber(d))).toBe(d);
  });
});

describe('timeTicks', () => {
  it('marks every day of a week', () => {
    const ticks = timeTicks(dayNumber('2026-03-02'), dayNumber('2026-03-08'), 8);
    expect(iso(ticks)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(ticks.every((t) => t.unit === 'day')).toBe(true);
  });

  it('marks Mondays for a month on a narrow axis', () => {
    const ticks = timeTicks(dayNumber('2026-03-01'), dayNumber('2026-03-31'), 5);
    expect(iso(ticks)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    for (const t of ticks) expect(new Date(t.day * 86_400_000).getUTCDay()).toBe(1);
  });

  it('marks quarters for a year on a phone, with the year at the first tick and each January', () => {
    const ticks = timeTicks(dayNumber('2025-02-10'), dayNumber('2026-02-09'), 5);
    expect(iso(ticks)).toEqual(['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01']);
    expect(ticks.map((t) => t.withYear)).toEqual([true, false, false, true]);
  });

  it('marks half-years or years across three years, never more ticks than asked', () => {
    const from = dayNumber('2024-01-01');
    const to = dayNumber('2026-12-31');
    expect(iso(timeTicks(from, to, 6))).toEqual([
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
      '2025-07-01',
      '2026-01-01',
      '2026-07-01',
    ]);
    expect(iso(timeTicks(from, to, 4))).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
    for (let max = 2; max <= 12; max += 1) {
      for (const span of [6, 30, 90, 365, 1095]) {
        expect(timeTicks(to - span, to, max).length).toBeLessThanOrEqual(max + 1);
      }
    }
  });

  it('writes labels in the language asked', () => {
    const [tick] = timeTicks(dayNumber('2025-01-01'), dayNumber('2025-01-01'), 3);
    expect(tickLabel({ ...tick!, unit: 'month', withYear: true }, 'en')).toBe('Jan 2025');
    expect(tickLabel({ ...tick!, unit: 'day', withYear: false }, 'es')).toBe('1 ene');
    expect(tickLabel({ ...tick!, unit: 'year', withYear: true }, 'es')).toBe('2025');
  });
});
