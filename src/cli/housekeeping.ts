import { housekeep } from '../server/housekeeping.ts';
import { openStore } from '../storage/db.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

/** `attune housekeeping`: what serve does every few minutes, once (from cron, say). */
export async function housekeepingCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['database'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune housekeeping: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const store = await openStore({
    url: databaseUrl(flags.get('database')),
    allowUnsafe: process.env.ATTUNE_ALLOW_UNSAFE_DB === '1',
  });
  try {
    const tidied = await housekeep(store);
    io.stdout(
      tidied
        ? `Removed ${tidied.sessions} expired sessions, ${tidied.idempotency} old idempotency answers, ` +
            `${tidied.rateLimits} spent rate-limit rows and ${tidied.logEntries} deleted log entries past undo; ` +
            `took ${tidied.snapshots} automatic archive snapshots.\n`
        : 'Another server is tidying just now; nothing to do.\n',
    );
    return 0;
  } finally {
    await store.close();
  }
}
