import { describe, expect, it } from 'vitest';
import { emailOf, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';
import { openStore } from '../../storage/db.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import { findViewerByEmail } from '../account/store.ts';
import { dataFingerprint } from './store.ts';

// The fingerprint keys every cached scan, loop list and history series: whatever a viewer may see
// changing must change it, or a cached answer would go stale.
describe.each(DIALECTS)('the data fingerprint on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('changes with each new thing Lisa may see, and not with Michael’s private entries', async () => {
    const { a, b } = await makeCouple(app());
    const lisa = (await findViewerByEmail(store().db, emailOf(a))) as PartnerViewer;
    const now = () => dataFingerprint(store().db, lisa);
    const day = addDays(localDate('America/New_York'), -1);
    const changes = async (step: () => Promise<{ statusCode: number; body: string }>) => {
      const before = await now();
      const res = await step();
      expect(res.statusCode, res.body).toBeLessThan(300);
      return (await now()) !== before;
    };
    const entry = (visibility: 'shared' | 'private') => () =>
      b.post('/api/log', { kind: 'gesture', date: day, text: 'Made tea', visibility });
    const checkin = (visibility: 'shared' | 'private') => () =>
      b.post('/api/checkins', {
        date: day,
        satisfaction: 6,
        energy: 5,
        connection: 5,
        conflicts: 0,
        positives: 1,
        visibility,
      });

    expect(await changes(entry('private'))).toBe(false);
    expect(await changes(entry('shared'))).toBe(true);
    expect(await changes(checkin('private'))).toBe(false);
    expect(await changes(checkin('shared'))).toBe(true);
    // Back to private: a day Lisa saw is gone for her.
    expect(await changes(checkin('private'))).toBe(true);

    const proposed = await a.post('/api/checkins/metrics', {
      name: 'Laughter',
      scaleMin: 0,
      scaleMax: 10,
      better: 'higher',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json().id as string;
    expect(await changes(() => b.post(`/api/checkins/metrics/${id}/accept`))).toBe(true);
    // A retired metric is no longer an outcome: the scans computed with it are stale.
    expect(await changes(() => a.post(`/api/checkins/metrics/${id}/retire`))).toBe(true);

    // Another server (or process) writes a shared entry: seen here too, though no write went
    // through this server (the fingerprint is re-read when the database's write stamp moved).
    const michael = (await findViewerByEmail(store().db, emailOf(b))) as PartnerViewer;
    const other = await openStore({ url: (store() as { url?: string }).url! });
    const before = await now();
    await other.db
      .insertInto('log')
      .values({
        couple_id: michael.couple.id,
        id: newId(),
        author_id: michael.userId,
        kind: 'gesture',
        date: day,
        text: 'Flowers, from the other server',
        domains: '[]',
        intensity: null,
        visibility: 'shared',
        repair_of: null,
        promise_due: null,
        promise_state: null,
        fingerprint: null,
        created_at: nowIso(),
        updated_at: nowIso(),
        deleted_at: null,
      })
      .execute();
    await other.close();
    expect(await now()).not.toBe(before);
  });
});
