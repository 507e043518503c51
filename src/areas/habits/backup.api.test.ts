import { describe, expect, it } from 'vitest';
import { makeCouple } from '../../../test/support/app.ts';
import { useBothStores } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';
import { backupCouple, restoreBackup, serializeBackup } from '../../export/backup.ts';
import { exportPerson } from '../../export/personal.ts';
import { buildApp } from '../../server/app.ts';
import { defaultConfig } from '../../server/context.ts';
import { requirePartner } from '../../storage/scope.ts';

describe('habits, reward audit and pace in backups and personal exports', () => {
  const stores = useBothStores();

  it('round-trips every habits table SQLite → PostgreSQL byte for byte; a personal export keeps private rows private', async () => {
    const [sqlite, postgres] = [stores.sqlite(), stores.postgres()];
    const app = await buildApp({ store: sqlite, config: defaultConfig });
    const { a, b, coupleId } = await makeCouple(app);
    const today = localDate('Europe/Berlin');
    const habit = (
      await a.post('/api/habits', {
        cue: 'After I pour the coffee',
        action: 'I ask how you slept ☕',
        reward: 'tea',
        owner: 'me',
        domain: 'communication',
        schedule: { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] },
        startDate: addDays(today, -2),
      })
    ).json();
    await a.post(`/api/habits/${habit.id}/checkoffs`, { date: addDays(today, -1) });
    await a.post(`/api/habits/${habit.id}/checkoffs`, { date: addDays(today, -2), kind: 'skip' });
    await b.post(`/api/habits/${habit.id}/checkoffs/${addDays(today, -1)}/appreciate`);
    await a.post(`/api/habits/${habit.id}/srbai`, { items: [2, 3, 4, 5] });
    await a.patch(`/api/habits/${habit.id}`, { schedule: { kind: 'weekdays', weekdays: [1, 3] } });
    await a.post('/api/rewards/audit', { behaviour: 'PRIVATE-AUDIT-OF-A', label: 'relief' });
    await b.post('/api/rewards/audit', {
      behaviour: 'shared by Michael',
      label: 'both',
      visibility: 'shared',
    });
    await b.patch('/api/pace/intimacy', { maxActive: 2, size: 'medium' });
    // A numeric habit: its target and a day's amount are integer hundredths in both databases.
    const counted = (
      await b.post('/api/habits', {
        cue: 'After dinner',
        action: 'I read to Lisa from our book',
        owner: 'me',
        domain: 'intimacy',
        schedule: { kind: 'daily' },
        target: { kind: 'at_least', value: 20, unit: 'minutes' },
      })
    ).json();
    await b.post(`/api/habits/${counted.id}/checkoffs`, { date: localDate('America/New_York'), value: 12.5 });
    const michael = (await b.get('/api/account')).json();
    await app.close();

    const first = serializeBackup(await backupCouple(sqlite.db, coupleId));
    const compact = JSON.stringify(JSON.parse(first));
    for (const text of [
      'I ask how you slept ☕',
      'PRIVATE-AUDIT-OF-A',
      '"max_active":2',
      '[2,3,4,5]',
      '"kind":"skip"',
      '"target_kind":"at_least","target_value":2000',
      '"unit":"minutes"',
      '"value":1250',
    ])
      expect(compact).toContain(text);
    await restoreBackup(postgres.db, JSON.parse(first));
    expect(serializeBackup(await backupCouple(postgres.db, coupleId))).toBe(first);

    const viewer = requirePartner({
      userId: michael.id,
      email: michael.email,
      sessionId: 'x',
      couple: { id: coupleId, role: 'partner', displayName: 'Michael', timeZone: 'America/New_York' },
    });
    const mine = await exportPerson(postgres.db, viewer);
    const text = JSON.stringify(mine.tables);
    expect(mine.tables.habits).toHaveLength(2);
    expect(mine.tables.habit_checkoffs).toHaveLength(3);
    expect(mine.tables.pace).toHaveLength(1);
    expect(text).toContain('shared by Michael');
    expect(text).not.toContain('PRIVATE-AUDIT-OF-A');
    expect(mine.tables.habit_srbai).toEqual([]); // Lisa's answers are hers
  });
});
