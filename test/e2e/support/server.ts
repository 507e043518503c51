import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../src/server/app.ts';
import { openStore, type Store } from '../../../src/storage/db.ts';
import { migrateToLatest } from '../../../src/storage/migrate.ts';

const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The server's database, for setups the API refuses on purpose (e.g. moving a day into the past). */
  store: Store;
  close: () => Promise<void>;
}

/**
 * A real attune server on a fresh SQLite file, serving the built web app, on 127.0.0.1. `seed`
 * fills the store before the server answers (e.g. the demo couple).
 */
export async function startServer(seed?: (store: Store) => Promise<unknown>): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-e2e-'));
  const store = await openStore({ url: join(dir, 'attune.db') });
  await migrateToLatest(store.db);
  await seed?.(store);
  const app = await buildApp({
    store,
    config: { insecureCookies: false, trustProxy: false, webDist: WEB_DIST, logger: false },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
