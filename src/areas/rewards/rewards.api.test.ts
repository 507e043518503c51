import { describe, expect, it } from 'vitest';
import { makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

const day = (n: number) => addDays(localDate('Europe/Berlin'), -n);

describe.each(DIALECTS)('reward audit and pace on %s', (dialect) => {
  const { app } = useApp(dialect);

  it('keeps private audit items to their author and refuses bad labels', async () => {
    const { a, b } = await makeCouple(app());
    await a.post('/api/rewards/audit', { behaviour: 'Scrolling in bed', label: 'relief' });
    const shared = (
      await a.post('/api/rewards/audit', { behaviour: 'Morning run', label: 'both', visibility: 'shared' })
    ).json();
    expect(
      (await a.get('/api/rewards/audit')).json().items.map((i: { behaviour: string }) => i.behaviour),
    ).toEqual(['Scrolling in bed', 'Morning run']);
    expect((await b.get('/api/rewards/audit')).json().items).toEqual([{ ...shared, mine: false }]);
    const bad = await a.post('/api/rewards/audit', { behaviour: 'x', label: 'fun' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('label');
    expect((await b.delete(`/api/rewards/audit/${shared.id}`)).statusCode).toBe(403);
  });

  it('points out closeness that reliably follows conflict, from the log the viewer may see', async () => {
    const { a, b } = await makeCouple(app());
    // Five conflicts, each followed the next day by an intimate gesture; quiet days in between.
    for (const n of [40, 32, 24, 16, 8]) {
      await a.post('/api/log', { kind: 'conflict', date: day(n), text: 'fight', visibility: 'shared' });
      await a.post('/api/log', {
        kind: 'gesture',
        date: day(n - 1),
        text: 'made up',
        domains: ['intimacy'],
        visibility: 'private',
      });
      await a.post('/api/log', { kind: 'note', date: day(n - 4), text: 'quiet day', visibility: 'shared' });
    }
    const mine = (await a.get('/api/rewards/audit')).json().hints;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'reward_hacking', conflicts: 5, followed: 5, tentative: true });
    // Days 40 … 4 ago hold 32 non-conflict days; a gesture falls on the day or within two days
    // after for 9 of them (two days before each of the last four gestures, plus each gesture day
    // except the first's eve, which is a conflict day, and the day before the span).
    expect(mine[0].baseRate).toBeCloseTo(9 / 32, 6);
    expect(mine[0].message).toContain('28% of the time');
    expect(mine[0].message).toContain('After 5 of 5 conflicts');
    // The gestures are Lisa's private entries: Michael's statistics never use them.
    expect((await b.get('/api/rewards/audit')).json().hints).toEqual([]);
  });

  it('recommends a pace per domain with reasons, and changes it only when the couple decides', async () => {
    const { a } = await makeCouple(app());
    const before = (await a.get('/api/pace'))
      .json()
      .domains.find((d: { domain: string }) => d.domain === 'communication');
    expect(before).toMatchObject({
      maxActive: 1,
      size: 'small',
      decidedAt: null,
      activeHabits: 0,
      advice: 'hold',
    });
    await a.post('/api/habits', {
      cue: 'After breakfast',
      action: 'I ask about the day ahead',
      owner: 'me',
      domain: 'communication',
      schedule: { kind: 'daily' },
    });
    const after = (await a.get('/api/pace'))
      .json()
      .domains.find((d: { domain: string }) => d.domain === 'communication');
    expect(after).toMatchObject({ maxActive: 1, activeHabits: 1, advice: 'hold' });
    expect(after.reasons[0]).toContain('No full week of data yet');
    // The same reason as a code and its numbers, for the web app to word in its language.
    expect(after.why).toEqual([{ code: 'no_full_week', params: { needed: 3 } }]);
    const set = await a.patch('/api/pace/communication', { maxActive: 3, size: 'medium' });
    expect(set.json()).toMatchObject({ maxActive: 3, size: 'medium', decidedAt: expect.any(String) });
    for (const [body, field] of [
      [{ maxActive: 9 }, 'maxActive'],
      [{ size: 'huge' }, 'size'],
      [{}, 'body'],
    ] as const) {
      const res = await a.patch('/api/pace/communication', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect((await a.patch('/api/pace/astrology', { maxActive: 2 })).json().error.field).toBe('domain');
  });
});
