import { scheduleReminders } from '../areas/reminders/send.ts';
import { openStore } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { buildApp } from './app.ts';
import type { Config } from './context.ts';
import { scheduleHousekeeping } from './housekeeping.ts';

export interface ServeOptions {
  databaseUrl: string;
  host: string;
  port: number;
  config: Config;
  allowUnsafe: boolean;
}

/** Opens the store, migrates, and listens. Returns a function that stops everything. */
export async function serve(
  options: ServeOptions,
): Promise<{ url: string; location: string; close: () => Promise<void> }> {
  const store = await openStore({ url: options.databaseUrl, allowUnsafe: options.allowUnsafe });
  await migrateToLatest(store.db);
  const app = await buildApp({ store, config: options.config });
  const stopHousekeeping = scheduleHousekeeping(store, (message) => console.warn(message));
  const stopReminders = scheduleReminders(store, options.config, (message) => console.warn(message));
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    location: store.location,
    close: async () => {
      await stopHousekeeping();
      await stopReminders();
      await app.close();
      await store.close();
    },
  };
}
