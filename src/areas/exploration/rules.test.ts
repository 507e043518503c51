import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { DEFAULT_DOMAINS } from '../couple/rules.ts';
import { armsOf, budgetOf, explainPick, isExploreWeek, nextMonth, zoneDomains, zoneFor } from './rules.ts';
import { STARTER_IDEAS } from './starter-ideas.ts';

describe('the starter set', () => {
  it('has at least 60 ideas over the default domains, at least 15 each, with unique ids and no duplicates', () => {
    expect(STARTER_IDEAS.length).toBeGreaterThanOrEqual(60);
    for (const d of DEFAULT_DOMAINS)
      expect(STARTER_IDEAS.filter((i) => i.domain === d.id).length, d.id).toBeGreaterThanOrEqual(15);
    expect(new Set(STARTER_IDEAS.map((i) => i.id)).size).toBe(STARTER_IDEAS.length);
    expect(new Set(STARTER_IDEAS.map((i) => i.text)).size).toBe(STARTER_IDEAS.length);
    for (const i of STARTER_IDEAS) expect(i.id).toMatch(/^starter-[a-z_]+-\d{2}$/);
  });
});

describe('the zone', () => {
  const domains = ['logistics', 'communication', 'intimacy', 'conflict_resolution'];
  it('rotates monthly through every domain in turn, whatever order the domains come in', () => {
    const months = ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03'];
    const zones = months.map((m) => zoneFor(m, domains));
    expect(new Set(zones.slice(0, 4)).size).toBe(4);
    expect(zones[4]).toBe(zones[0]);
    expect(zoneFor('2026-11', [...domains].reverse())).toBe(zones[0]);
    expect(nextMonth('2026-12')).toBe('2027-01');
  });

  it('skips domains with no ideas to draw from', () => {
    const pool = {
      domains: [{ id: 'intimacy' }, { id: 'money' }, { id: 'aaa_empty' }],
      ideas: [{ domain: 'intimacy' }, { domain: 'money' }],
    };
    expect(zoneDomains(pool)).toEqual(['intimacy', 'money']);
    expect(zoneDomains({ domains: pool.domains, ideas: [] })).toHaveLength(3);
  });
});

describe('the 80/20 budget', () => {
  it('makes one week in five an exploration week, and lists what was explored and exploited per month', () => {
    const mondays = Array.from({ length: 50 }, (_, i) => addDays('2026-01-05', 7 * i));
    expect(mondays.filter(isExploreWeek).length).toBe(10);
    // Every day of a week has the same mode.
    for (let d = 0; d < 7; d++)
      expect(isExploreWeek(addDays(mondays[3]!, d))).toBe(isExploreWeek(mondays[3]!));
    const b = budgetOf(
      [
        { ideaText: 'Slow dance', kind: 'explore', startedOn: '2026-10-02' },
        { ideaText: 'Sunday planning', kind: 'exploit', startedOn: '2026-11-03' },
        { ideaText: 'Walk without phones', kind: 'explore', startedOn: '2026-11-20' },
      ],
      '2026-11-25',
    );
    expect(b.share).toBe(0.2);
    expect(b.months).toEqual([
      { month: '2026-11', explored: ['Walk without phones'], exploited: ['Sunday planning'] },
      { month: '2026-10', explored: ['Slow dance'], exploited: [] },
    ]);
    expect(isExploreWeek(b.nextExploreWeek)).toBe(true);
    expect(b.nextExploreWeek > '2026-11-25').toBe(true);
  });
});

describe('armsOf', () => {
  it('counts a try once both rated it: the mean of their scores as successes', () => {
    const arms = armsOf(
      ['a', 'b'],
      [
        { ideaId: 'a', ratings: [5, 3] },
        { ideaId: 'a', ratings: [1, 1] },
        { ideaId: 'b', ratings: [5] },
      ],
    );
    expect(arms).toEqual([
      { id: 'a', successes: 0.75, failures: 1.25 },
      { id: 'b', successes: 0, failures: 0 },
    ]);
  });

  it('explains a pick in plain words, with its chance and the way back', () => {
    const text = explainPick({
      text: 'Slow dance',
      tries: 0,
      mean: 0.5,
      probability: 0.123,
      ideas: 16,
      zoneLabel: 'Intimacy',
    });
    expect(text).toContain('haven’t tried it yet');
    expect(text).toContain('about a 12% chance among the 16 ideas in Intimacy');
    expect(text).toContain('go back to normal');
  });
});
