import { openStore } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

export async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['database'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune migrate: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const store = await openStore({
    url: databaseUrl(flags.get('database')),
    allowUnsafe: process.env.ATTUNE_ALLOW_UNSAFE_DB === '1',
  });
  try {
    const applied = await migrateToLatest(store.db);
    io.stdout(
      applied.length > 0
        ? `Applied ${applied.join(', ')} to ${store.location}.\n`
        : `${store.location} is up to date.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
