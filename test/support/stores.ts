import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Dialect, openStore, type Store } from '../../src/storage/db.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

/**
 * A fresh, migrated store of the given dialect: a new SQLite file, or a new database on the test
 * PostgreSQL server. `drop` removes it again.
 */
export async function freshStore(
  dialect: Dialect,
): Promise<Store & { url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'attune-sqlite-'));
    const store = await openStore({ url: join(dir, 'attune.db') });
    await migrateToLatest(store.db);
    return {
      ...store,
      url: join(dir, 'attune.db'),
      drop: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = inject('pgUrl');
  const name = `attune_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ url: url.toString(), poolSize: 5 });
  await migrateToLatest(store.db);
  return {
    ...store,
    url: url.toString(),
    drop: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Per test file: a fresh SQLite store and a fresh PostgreSQL database side by side, for tests
 * that carry a couple from one to the other (backup → restore round trips).
 */
export function useBothStores(): { sqlite: () => Fresh; postgres: () => Fresh } {
  let sqlite: Fresh;
  let postgres: Fresh;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([freshStore('sqlite'), freshStore('postgres')]);
  });
  afterAll(async () => {
    await Promise.all([sqlite?.drop(), postgres?.drop()]);
  });
  return { sqlite: () => sqlite, postgres: () => postgres };
}

type Fresh = Awaited<ReturnType<typeof freshStore>>;
