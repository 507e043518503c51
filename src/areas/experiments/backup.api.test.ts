import { describe, expect, it } from 'vitest';
import { makeCouple, ZONES } from '../../../test/support/app.ts';
import { useBothStores } from '../../../test/support/stores.ts';
import { localDate } from '../../dates.ts';
import { backupCouple, restoreBackup, serializeBackup } from '../../export/backup.ts';
import { exportPerson } from '../../export/personal.ts';
import { buildApp } from '../../server/app.ts';
import { defaultConfig } from '../../server/context.ts';
import { requirePartner } from '../../storage/scope.ts';

describe('experiments in backups and personal exports', () => {
  const stores = useBothStores();

  it('round-trips experiments, taps and guesses SQLite → PostgreSQL byte for byte; the blinded partner’s export has no schedule', async () => {
    const [sqlite, postgres] = [stores.sqlite(), stores.postgres()];
    const app = await buildApp({ store: sqlite, config: defaultConfig });
    const { a, b, coupleId } = await makeCouple(app);
    const today = localDate(ZONES[0]);
    const e = (
      await a.post('/api/experiments', {
        title: 'Phones in the drawer at dinner 📵',
        performer: 'me',
        metric: 'connection',
        secondary: ['satisfaction', 'conflicts'],
        blind: true,
        settlingDays: 1,
        startDate: today,
      })
    ).json();
    await b.post(`/api/experiments/${e.id}/accept`);
    const start = (await a.get(`/api/experiments/${e.id}`)).json().startDate;
    await a.post(`/api/experiments/${e.id}/adherence`, {
      date: start,
      done: false,
      note: 'TAP-NOTE-OF-LISA',
    });
    await b.post(`/api/experiments/${e.id}/guesses`, { date: start, guess: 'B' });
    const withdrawn = (
      await b.post('/api/experiments', { title: 'Walk after work', performer: 'both', metric: 'energy' })
    ).json();
    await b.post(`/api/experiments/${withdrawn.id}/stop`, { reason: 'Not now' });
    const michael = (await b.get('/api/account')).json();
    await app.close();

    const first = serializeBackup(await backupCouple(sqlite.db, coupleId));
    const compact = JSON.stringify(JSON.parse(first));
    for (const text of [
      'Phones in the drawer at dinner 📵',
      '"secondary":"[\\"satisfaction\\",\\"conflicts\\"]"',
      '"settling_days":1',
      'TAP-NOTE-OF-LISA',
      '"done":0',
      '"guess":"B"',
      '"stop_reason":"Not now"',
    ])
      expect(compact).toContain(text);
    expect(compact).toMatch(/"seed":\d+/);
    expect(compact).toMatch(/"schedule":"\[\d+,\d+,\d+,\d+\]"/);
    await restoreBackup(postgres.db, JSON.parse(first));
    expect(serializeBackup(await backupCouple(postgres.db, coupleId))).toBe(first);

    const viewer = requirePartner({
      userId: michael.id,
      email: michael.email,
      sessionId: 'x',
      couple: { id: coupleId, role: 'partner', displayName: 'Michael', timeZone: 'America/New_York' },
    });
    const mine = await exportPerson(postgres.db, viewer);
    expect(mine.tables.experiments).toHaveLength(2);
    const blinded = mine.tables.experiments!.find((r) => r.id === e.id)!;
    expect(blinded).toMatchObject({ schedule: null, seed: null, title: 'Phones in the drawer at dinner 📵' });
    expect(mine.tables.experiment_adherence).toEqual([]);
    expect(mine.tables.experiment_guesses).toHaveLength(1);
    expect(JSON.stringify(mine)).not.toContain('TAP-NOTE-OF-LISA');
  });
});
