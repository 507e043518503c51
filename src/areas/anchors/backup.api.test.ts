import { describe, expect, it } from 'vitest';
import { makeCouple } from '../../../test/support/app.ts';
import { useBothStores } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';
import { backupCouple, restoreBackup, serializeBackup } from '../../export/backup.ts';
import { exportPerson } from '../../export/personal.ts';
import { buildApp } from '../../server/app.ts';
import { defaultConfig } from '../../server/context.ts';
import { requirePartner } from '../../storage/scope.ts';

describe('anchors, stress periods, roles, the archive and exploration in backups and personal exports', () => {
  const stores = useBothStores();

  it('round-trips every new table SQLite → PostgreSQL byte for byte; a personal export keeps a partner’s rating out', async () => {
    const [sqlite, postgres] = [stores.sqlite(), stores.postgres()];
    const app = await buildApp({ store: sqlite, config: defaultConfig });
    const { a, b, coupleId } = await makeCouple(app);
    const today = localDate('Europe/Berlin');
    const habit = (
      await a.post('/api/habits', {
        cue: 'After I pour the coffee',
        action: 'I ask how you slept',
        owner: 'me',
        domain: 'communication',
        schedule: { kind: 'daily' },
      })
    ).json();
    const anchor = (
      await a.post('/api/anchors', {
        name: 'Date night 🕯️',
        cadence: { times: 1, days: 7 },
        startDate: addDays(today, -2),
      })
    ).json();
    await b.post(`/api/anchors/${anchor.id}/checkoffs`, { date: addDays(today, -1) });
    await a.post('/api/anchors', {
      name: 'Small gestures',
      cadence: { times: 2, days: 7 },
      source: { kind: 'log', logKind: 'gesture', domain: 'intimacy' },
    });
    const event = (
      await b.post('/api/log', {
        kind: 'life_event',
        date: today,
        text: 'Emma is born',
        visibility: 'shared',
      })
    ).json();
    const period = (await a.post('/api/anchors/stress', { lifeEventId: event.id })).json();
    await a.patch(`/api/anchors/${anchor.id}`, { cadence: { times: 1, days: 14 } });
    await b.post(`/api/anchors/stress/${period.id}/crisis`);
    const idea = (
      await a.post('/api/exploration/ideas', { domain: 'intimacy', text: 'Picnic “indoors” 🧺' })
    ).json();
    const draw = (await a.post('/api/exploration/draws', { seed: 5 })).json();
    const t = (await a.post('/api/exploration/tries', { ideaId: idea.id })).json();
    await a.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 4 });
    await b.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 2 });
    const t2 = (await b.post('/api/exploration/tries', { ideaId: draw.idea.id, drawId: draw.id })).json();
    await a.post(`/api/exploration/tries/${t2.id}/ratings`, { rating: 5 });
    await b.post(`/api/exploration/tries/${t2.id}/end`, { outcome: 'keep' });
    await a.post('/api/anchors/roles', { role: 'lover', note: 'Tonight 🌙' });
    await b.post('/api/anchors/archive', { note: 'Our “good” autumn' });
    const lisa = (await a.get('/api/account')).json();
    await app.close();

    const first = serializeBackup(await backupCouple(sqlite.db, coupleId));
    const backup = JSON.parse(first);
    for (const [table, rows] of [
      ['anchors', 2],
      ['anchor_checkoffs', 1],
      ['stress_periods', 1],
      ['stress_paused_habits', 1],
      ['exploration_ideas', 1],
      ['exploration_draws', 1],
      ['exploration_tries', 2],
      ['exploration_ratings', 3],
      ['roles', 1],
      ['archive_snapshots', 1],
    ] as const)
      expect(backup.tables[table], table).toHaveLength(rows);
    const compact = JSON.stringify(backup);
    for (const text of [
      'Date night 🕯️',
      '"lowered_days":14',
      'Picnic “indoors” 🧺',
      `"habit_id":"${habit.id}"`,
    ])
      expect(compact).toContain(text);
    await restoreBackup(postgres.db, backup);
    expect(serializeBackup(await backupCouple(postgres.db, coupleId))).toBe(first);

    const viewer = requirePartner({
      userId: lisa.id,
      email: lisa.email,
      sessionId: 'x',
      couple: { id: coupleId, role: 'partner', displayName: 'Lisa', timeZone: 'Europe/Berlin' },
    });
    const mine = await exportPerson(postgres.db, viewer);
    expect(mine.tables.anchors).toHaveLength(2);
    expect(mine.tables.stress_periods).toHaveLength(1);
    expect(mine.tables.exploration_tries).toHaveLength(2);
    // Her own two ratings; Michael's is his.
    expect((mine.tables.exploration_ratings as { user_id: string }[]).map((r) => r.user_id)).toEqual([
      lisa.id,
      lisa.id,
    ]);
  });
});
