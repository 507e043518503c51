import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../test/support/pg-server.ts';

export type DialectLabel = 'SQLite' | 'PostgreSQL';

/**
 * Runs `measure` on a fresh SQLite file, then on a fresh database of a throwaway PostgreSQL (or
 * ATTUNE_TEST_PG_URL's server), removing both afterwards. `measure` gets the database URL.
 */
export async function onBothDatabases(
  tag: string,
  measure: (dialect: DialectLabel, url: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `attune-bench-${tag}-`));
  try {
    await measure('SQLite', join(dir, 'bench.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = await startPostgres();
  const name = `attune_bench_${tag}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  try {
    await measure('PostgreSQL', url.toString());
  } finally {
    // pg-pool's end() resolves before its sockets have closed; a forced drop right away would
    // terminate them mid-close and the pool would report it as an unhandled error.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await server.stop();
  }
}
