import { describe, expect, it } from 'vitest';
import { makeCouple, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';
import { housekeep } from '../../server/housekeeping.ts';

describe.each(DIALECTS)('the archive on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('keeps a snapshot on request, and a restoration session brings each pattern back in one call', async () => {
    const { a, b } = await makeCouple(app());
    const habit = (
      await a.post('/api/habits', {
        cue: 'After dinner',
        action: 'I ask about the best part of your day',
        owner: 'me',
        domain: 'communication',
        schedule: { kind: 'daily' },
      })
    ).json();
    const ritual = (
      await a.post('/api/rituals', {
        title: 'Sunday walk',
        prompt: 'Where to?',
        cadence: 'weekly',
        time: '10:00',
        weekday: 7,
      })
    ).json();
    const anchor = (
      await b.post('/api/anchors', { name: 'Date night', cadence: { times: 1, days: 7 } })
    ).json();
    const taken = await b.post('/api/anchors/archive', { note: 'Before the move' });
    expect(taken.statusCode).toBe(201);
    expect(taken.json()).toMatchObject({
      reason: 'request',
      note: 'Before the move',
      date: localDate('America/New_York'),
    });
    expect(taken.json().summary).toMatch(/1 habit, \d+ rituals?, 1 anchor/);

    // Life happens: the habit pauses, the ritual goes quiet, the anchor is removed.
    await a.post(`/api/habits/${habit.id}/status`, { status: 'paused', illness: true });
    await a.patch(`/api/rituals/${ritual.id}`, { active: false });
    await b.delete(`/api/anchors/${anchor.id}`);
    const session = (await a.get(`/api/anchors/archive/${taken.json().id}`)).json();
    const find = (id: string) => session.patterns.find((p: { id: string }) => p.id === id);
    expect(find(habit.id)).toMatchObject({
      kind: 'habit',
      now: 'paused',
      restorable: true,
      was: 'every day',
    });
    expect(find(ritual.id)).toMatchObject({ kind: 'ritual', now: 'off', restorable: true });
    expect(find(anchor.id)).toMatchObject({ kind: 'anchor', now: 'gone', restorable: true });

    const url = `/api/anchors/archive/${taken.json().id}/restore`;
    const notHis = await b.post(url, { kind: 'habit', id: habit.id });
    expect(notHis.statusCode).toBe(403);
    expect((await a.post(url, { kind: 'habit', id: habit.id })).statusCode).toBe(200);
    expect((await a.post(url, { kind: 'habit', id: habit.id })).statusCode).toBe(409);
    await b.post(url, { kind: 'ritual', id: ritual.id });
    const last = (await b.post(url, { kind: 'anchor', id: anchor.id })).json();
    expect(last.patterns.filter((p: { restorable: boolean }) => p.restorable)).toEqual([]);
    expect((await a.get(`/api/habits/${habit.id}`)).json().status).toBe('active');
    expect((await a.get('/api/anchors')).json().anchors.map((x: { name: string }) => x.name)).toEqual([
      'Date night',
    ]);
    const bad = await a.post(url, { kind: 'mood', id: habit.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('kind');
    expect(
      (await a.post(url, { kind: 'habit', id: '00000000-0000-7000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });

  it('takes a snapshot by itself after 28 good days, from shared rows only, at most once a quarter', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const [lisa, michael] = [
      (await a.get('/api/account')).json().id,
      (await b.get('/api/account')).json().id,
    ];
    const rows = (visibility: 'shared' | 'private', satisfaction: number) =>
      Array.from({ length: 14 }, (_, i) =>
        [lisa, michael].map((author) => ({
          couple_id: coupleId,
          id: crypto.randomUUID(),
          author_id: author,
          date: addDays(today(), -2 * i),
          satisfaction,
          energy: 7,
          connection: 8,
          conflicts: 0,
          positives: 4,
          metrics: '{}',
          visibility,
          note: null,
          note_visibility: 'private' as const,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })),
      ).flat();
    // Private glowing days do not count: the snapshot is of what both see.
    await store().db.insertInto('checkins').values(rows('private', 9)).execute();
    for (let i = 0; i < 6; i++)
      await a.post('/api/log', {
        kind: 'appreciation',
        date: addDays(today(), -i),
        text: 'Thank you',
        visibility: 'shared',
      });
    await b.post('/api/log', { kind: 'conflict', date: today(), text: 'Dishes', visibility: 'shared' });
    expect((await housekeep(store()))?.snapshots).toBe(0);
    expect((await a.get('/api/anchors/archive')).json().snapshots).toEqual([]);

    await store().db.deleteFrom('checkins').where('couple_id', '=', coupleId).execute();
    await store().db.insertInto('checkins').values(rows('shared', 8)).execute();
    // Reading the archive never writes: housekeeping takes the automatic snapshot.
    expect((await b.get('/api/anchors/archive')).json().snapshots).toEqual([]);
    expect((await housekeep(store()))?.snapshots).toBe(1);
    expect((await housekeep(store()))?.snapshots).toBe(0); // one per good period, not per pass
    const auto = (await b.get('/api/anchors/archive')).json().snapshots;
    expect(auto).toHaveLength(1);
    expect(auto[0]).toMatchObject({ reason: 'auto', note: null });
    expect(auto[0].summary).toContain('Satisfaction was 8 of 10, with 6 kind moments for every hard one');
    expect((await a.get('/api/anchors/archive')).json().snapshots).toHaveLength(1);
  });
});
