import { describe, expect, it } from 'vitest';
import { changesSince, trendsOf, weekOf } from './rules.ts';

describe('trendsOf', () => {
  it('means each number over the week and the week before, counting days with a check-in', () => {
    const { from, to, previousFrom } = weekOf('2026-03-14');
    expect([from, previousFrom]).toEqual(['2026-03-08', '2026-03-01']);
    const rows = [
      { date: '2026-03-14', satisfaction: 8, connection: 6, energy: 5 },
      { date: '2026-03-14', satisfaction: 6, connection: 6, energy: 5 },
      { date: '2026-03-09', satisfaction: 7, connection: 7, energy: 4 },
      { date: '2026-03-02', satisfaction: 4, connection: 5, energy: 5 },
      { date: '2026-02-20', satisfaction: 1, connection: 1, energy: 1 }, // before both periods
    ];
    expect(trendsOf(rows, from, to, previousFrom)).toEqual([
      { metric: 'satisfaction', thisWeek: 7, lastWeek: 4, days: 2 },
      { metric: 'connection', thisWeek: 6.3, lastWeek: 5, days: 2 },
      { metric: 'energy', thisWeek: 4.7, lastWeek: 5, days: 2 },
    ]);
  });

  it('says null, not zero, for a week without check-ins', () => {
    expect(trendsOf([], '2026-03-08', '2026-03-14', '2026-03-01')[0]).toEqual({
      metric: 'satisfaction',
      thisWeek: null,
      lastWeek: null,
      days: 0,
    });
  });
});

describe('changesSince', () => {
  const none = { trends: null, experiments: null, anchors: null, habits: null };
  it('names moves of half a point or more, runs started and ended, lapses and new habit statuses', () => {
    const changes = changesSince(
      {
        trends: [
          { metric: 'satisfaction', thisWeek: 6, lastWeek: 7 },
          { metric: 'energy', thisWeek: 5.2, lastWeek: 5 },
        ],
        experiments: [
          {
            title: 'Phones away',
            status: 'over',
            startDate: '2026-01-01',
            endDate: '2026-03-05',
            verdict: 'helps',
          },
          {
            title: 'Walks',
            status: 'running',
            startDate: '2026-03-03',
            endDate: '2026-04-01',
            verdict: null,
          },
        ],
        anchors: [
          { name: 'Date night', keptInPeriod: 0, lapsedInPeriod: true },
          { name: 'Sunday talk', keptInPeriod: 2, lapsedInPeriod: false },
        ],
        habits: [
          { action: 'Tea together', status: 'graduated', strength: 0.9, since: '2026-03-04' },
          { action: 'Old one', status: 'paused', strength: 0.2, since: '2026-02-01' },
        ],
      },
      '2026-03-01',
      '2026-03-14',
    );
    expect(changes.map((c) => c.text)).toEqual([
      'Average satisfaction moved from 7 to 6.',
      'Experiment “Phones away” ended: helps.',
      'Experiment “Walks” started on 2026-03-03.',
      'Anchor “Date night” lapsed: worth a look together.',
      'Habit “Tea together” is now graduated.',
    ]);
  });

  it('says nothing of areas not consented to', () => {
    expect(changesSince(none, '2026-03-01', '2026-03-14')).toEqual([]);
  });
});
