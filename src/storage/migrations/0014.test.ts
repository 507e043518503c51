import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../db.ts';
import { migrateToLatest } from '../migrate.ts';
import * as m0001 from './0001_spine.ts';
import * as m0002 from './0002_checkins.ts';

// 0014 rebuilds `checkins` on SQLite: a database that already holds check-ins keeps every row
// and every value, and afterwards an unanswered value can be stored as NULL.
describe('migration 0014 on a SQLite file that already has check-ins', () => {
  let dir: string;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the rows, their values and the one-per-day key, and then takes NULL', async () => {
    dir = mkdtempSync(join(tmpdir(), 'attune-0014-'));
    store = await openStore({ url: join(dir, 'a.db'), key: null });
    const db = store.db as unknown as Kysely<any>;
    // The schema as it was before: only what check-ins need.
    const before = new Migrator({
      db,
      provider: { getMigrations: async () => ({ '0001_spine': m0001, '0002_checkins': m0002 }) },
      migrationTableName: 'attune_migrations',
      migrationLockTableName: 'attune_migrations_lock',
    });
    expect((await before.migrateToLatest()).error).toBeUndefined();
    await db.insertInto('couples').values({ id: 'c1', created_at: '2026-01-01T00:00:00Z' }).execute();
    const row = {
      couple_id: 'c1',
      id: 'k1',
      author_id: 'u1',
      date: '2026-01-02',
      satisfaction: 7,
      energy: 6,
      connection: 8,
      conflicts: 0,
      positives: 3,
      metrics: '{}',
      visibility: 'shared',
      note: 'kept',
      note_visibility: 'private',
      created_at: '2026-01-02T20:00:00Z',
      updated_at: '2026-01-02T20:00:00Z',
    };
    await db.insertInto('checkins').values(row).execute();

    expect(await migrateToLatest(db)).toContain('0014_unanswered_checkins');
    expect(await db.selectFrom('checkins').selectAll().execute()).toEqual([row]);
    await db
      .insertInto('checkins')
      .values({ ...row, id: 'k2', date: '2026-01-03', energy: null, conflicts: null })
      .execute();
    const again = db
      .insertInto('checkins')
      .values({ ...row, id: 'k3' })
      .execute();
    await expect(again).rejects.toThrow(/UNIQUE/);
    const couple = await db.selectFrom('couples').select('log_default_visibility').executeTakeFirst();
    expect(couple?.log_default_visibility).toBe('shared');
  });
});
