import { describe, expect, it } from 'vitest';
import { judgeAdherence, recommendSize, stickRates, wilson } from './rules.ts';

const days = (n: number, f: (i: number) => number | null) => Array.from({ length: n }, (_, i) => f(i));

describe('judgeAdherence', () => {
  it('says too early before three weeks', () => {
    expect(judgeAdherence(days(10, () => 1)).status).toBe('too early');
  });
  it('calls steady adherence stuck', () => {
    const v = judgeAdherence(days(60, (i) => (i % 7 === 3 ? 0 : 1)));
    expect(v.status).toBe('stuck');
    expect(v.latest).toBeGreaterThan(0.8);
  });
  it('dates a fade at the week adherence fell', () => {
    const v = judgeAdherence(days(90, (i) => (i < 42 ? (i % 7 === 3 ? 0 : 1) : i % 6 === 0 ? 1 : 0)));
    expect(v.status).toBe('faded');
    expect(v.fadedAfterWeeks).toBe(6);
    expect(v.words).toMatch(/^Faded after 6 weeks/);
  });
  it('tells a change that never took hold from one that faded', () => {
    expect(judgeAdherence(days(60, (i) => (i % 5 === 0 ? 1 : 0))).status).toBe('never took hold');
  });
  it('counts a change the couple stopped as faded at the stop', () => {
    const v = judgeAdherence(
      days(30, () => 1),
      30,
    );
    expect(v.status).toBe('faded');
    expect(v.fadedAfterWeeks).toBe(4);
  });
});

describe('wilson', () => {
  // Newcombe (1998), table I: 81/263 → 0.2553–0.3662 at 95 %.
  it('matches Newcombe’s published interval', () => {
    const iv = wilson(81, 263, 1.959964);
    expect(iv.lower).toBeCloseTo(0.2553, 3);
    expect(iv.upper).toBeCloseTo(0.3662, 3);
  });
});

describe('stickRates and recommendSize', () => {
  const ch = (status: 'stuck' | 'faded' | 'too early', size: string, domain = 'intimacy') => ({
    status,
    groups: { size, domain },
  });
  it('withholds a rate for fewer than three judged changes and leaves out the too-early ones', () => {
    const rows = stickRates([ch('stuck', 'small'), ch('too early', 'small'), ch('faded', 'small')], ['size']);
    expect(rows).toEqual([expect.objectContaining({ value: 'small', stuck: 1, judged: 2, rate: null })]);
  });
  it('recommends one size up when small changes keep sticking, and back down when medium ones fade', () => {
    const up = stickRates(
      [ch('stuck', 'small'), ch('stuck', 'small'), ch('stuck', 'small'), ch('faded', 'small')],
      ['size'],
    );
    expect(recommendSize(up).size).toBe('medium');
    const down = stickRates(
      [ch('stuck', 'small'), ch('faded', 'medium'), ch('faded', 'medium'), ch('stuck', 'medium')],
      ['size'],
    );
    expect(recommendSize(down).size).toBe('small');
    expect(recommendSize([]).size).toBe('small');
  });
});
