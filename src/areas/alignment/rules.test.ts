import { describe, expect, it } from 'vitest';
import {
  type Answer,
  alignmentDrift,
  checkComplete,
  checkDraft,
  compareAnswers,
  EMPTY_ANSWER,
  kendallTau,
  quarterOf,
} from './rules.ts';

const answer = (over: Partial<Answer>): Answer => ({
  ...EMPTY_ANSWER,
  optimizingFor: 'x',
  successMeans: 'y',
  rewardsSought: 'z',
  rewards: ['a'],
  harmonyAuthenticity: 50,
  independenceConnection: 50,
  growthStability: 50,
  familyCareer: 50,
  domains: ['communication'],
  ...over,
});

describe('quarterOf', () => {
  it('puts each month in its quarter', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });
});

describe('kendallTau', () => {
  it('is 1 for the same order, −1 for the reverse, and null with fewer than two common items', () => {
    expect(kendallTau(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(kendallTau(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(-1);
    expect(kendallTau(['a', 'x'], ['a', 'y'])).toBeNull();
  });

  it('matches a hand count: one swapped neighbour pair of five items gives (9 − 1) / 10', () => {
    expect(kendallTau(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'b', 'd', 'e'])).toBeCloseTo(0.8, 12);
  });

  it('matches a hand count for ten items: S = 3 − 2 + 5 − 6 + 3 + 0 − 1 + 2 + 1 = 5, τ = 5/45', () => {
    // The second ranking's positions of the first's items, in the first's order: 4 7 2 10 3 6 8 1 5 9.
    const first = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    const ranks = [4, 7, 2, 10, 3, 6, 8, 1, 5, 9];
    const second = [...first].sort((x, y) => ranks[first.indexOf(x)]! - ranks[first.indexOf(y)]!);
    expect(kendallTau(first, second)).toBeCloseTo(5 / 45, 12);
  });

  it('compares only the items both ranked', () => {
    expect(kendallTau(['a', 'x', 'b', 'c'], ['c', 'b', 'y', 'a'])).toBe(-1);
  });
});

describe('checkDraft and checkComplete', () => {
  const domains = new Set(['communication', 'intimacy']);
  it('names the repeated reward and the unknown or repeated domain', () => {
    expect(() => checkDraft({ rewards: ['Walks', 'walks '], domains: [] }, domains)).toThrow(
      expect.objectContaining({ field: 'rewards.1' }),
    );
    expect(() => checkDraft({ rewards: [], domains: ['intimacy', 'money'] }, domains)).toThrow(
      expect.objectContaining({ field: 'domains.1' }),
    );
    expect(() => checkDraft({ rewards: [], domains: ['intimacy', 'intimacy'] }, domains)).toThrow(
      expect.objectContaining({ field: 'domains.1' }),
    );
    expect(() => checkDraft({ rewards: ['a', 'b'], domains: ['intimacy'] }, domains)).not.toThrow();
  });

  it('names the first missing part of an answer before it can be submitted', () => {
    expect(() => checkComplete(EMPTY_ANSWER)).toThrow(expect.objectContaining({ field: 'optimizingFor' }));
    expect(() => checkComplete(answer({ rewards: [] }))).toThrow(
      expect.objectContaining({ field: 'rewards' }),
    );
    expect(() => checkComplete(answer({ growthStability: null }))).toThrow(
      expect.objectContaining({ field: 'growthStability' }),
    );
    expect(() => checkComplete(answer({ domains: [] }))).toThrow(
      expect.objectContaining({ field: 'domains' }),
    );
    expect(() => checkComplete(answer({}))).not.toThrow();
  });
});

describe('compareAnswers', () => {
  it('gives each dimension’s gap in plain words, close or far', () => {
    const c = compareAnswers(
      answer({ harmonyAuthenticity: 10, familyCareer: 45 }),
      answer({ harmonyAuthenticity: 90, familyCareer: 55 }),
    );
    expect(c.dimensions.map((d) => d.gap)).toEqual([80, 0, 0, 10]);
    expect(c.dimensions[0]!.words).toContain('far apart');
    expect(c.dimensions[0]!.words).toContain('towards harmony');
    expect(c.dimensions[3]!.words).toContain('close together');
  });

  it('finds the rewards both put in their top three, case and spaces aside', () => {
    const c = compareAnswers(
      answer({ rewards: ['Touch', 'Praise', 'Quiet time', 'Gifts'] }),
      answer({ rewards: ['quiet time ', 'Adventure', 'Touch'] }),
    );
    expect(c.rewards.shared).toEqual(['Touch', 'Quiet time']);
    expect(c.rewards.onlyMine).toEqual(['Praise']);
    expect(c.rewards.onlyPartner).toEqual(['Adventure']);
  });

  it('says when the domain rankings agree and who is first', () => {
    const same = compareAnswers(
      answer({ domains: ['a', 'b', 'c'] }),
      answer({ domains: ['a', 'b', 'c'] }),
      (id) => id.toUpperCase(),
    );
    expect(same.domains).toMatchObject({ agreement: 1, sameFirst: true });
    expect(same.domains.words).toContain('Both of you put A first');
    const reverse = compareAnswers(
      answer({ domains: ['a', 'b', 'c'] }),
      answer({ domains: ['c', 'b', 'a'] }),
    );
    expect(reverse.domains.agreement).toBe(-1);
    expect(reverse.domains.words).toContain('differently');
  });
});

describe('alignmentDrift', () => {
  const gaps = (h: number) => ({
    harmonyAuthenticity: h,
    independenceConnection: 5,
    growthStability: 5,
    familyCareer: 5,
  });
  it('has no trend with one round, and orders rounds by quarter', () => {
    expect(alignmentDrift([{ quarter: '2026-Q1', gaps: gaps(10) }])[0]!.trend).toBeNull();
    const d = alignmentDrift([
      { quarter: '2026-Q3', gaps: gaps(10) },
      { quarter: '2026-Q1', gaps: gaps(50) },
      { quarter: '2026-Q2', gaps: gaps(30) },
    ]);
    expect(d[0]!.points.map((p) => p.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d[0]!.trend).toBe('narrowing');
    expect(d[0]!.words).toContain('narrowed from 50 to 10');
    expect(d[1]!.trend).toBe('steady');
  });

  it('calls a growing gap widening, and two rounds a first hint', () => {
    const d = alignmentDrift([
      { quarter: '2026-Q1', gaps: gaps(5) },
      { quarter: '2026-Q2', gaps: gaps(40) },
    ]);
    expect(d[0]!.trend).toBe('widening');
    expect(d[0]!.words).toContain('first hint');
  });
});
