import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isCalendarDate, localDate } from '../dates.ts';
import { DEMO_LOGINS, demoExists, loadDemo, removeDemo } from '../demo/load.ts';
import { planDemo } from '../demo/plan.ts';
import { isPostgresUrl, openStore } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

/** `attune demo [--reset] [--seed N] [--end YYYY-MM-DD] [--truth FILE] [--database …]` */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['seed', 'end', 'truth', 'database'], booleans: ['reset'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune demo: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const seed = Number(flags.get('seed') ?? 1);
  const end = String(flags.get('end') ?? localDate(DEMO_LOGINS.lisa.timeZone));
  if (!Number.isInteger(seed)) {
    io.stderr('attune demo: --seed must be a whole number.\n');
    return EXIT_BAD_INPUT;
  }
  if (!isCalendarDate(end)) {
    io.stderr('attune demo: --end must be a date like 2026-11-24.\n');
    return EXIT_BAD_INPUT;
  }
  const url = databaseUrl(flags.get('database'));
  const truthFile = String(
    flags.get('truth') ??
      (isPostgresUrl(url)
        ? './data/demo-ground-truth.json'
        : join(dirname(resolve(url)), 'demo-ground-truth.json')),
  );
  const store = await openStore({ url, allowUnsafe: process.env.ATTUNE_ALLOW_UNSAFE_DB === '1' });
  try {
    await migrateToLatest(store.db);
    if (await demoExists(store.db)) {
      if (!flags.has('reset')) {
        io.stdout(
          `The Johnsons are already in ${store.location} (use --reset to build them again).\n${logins()}`,
        );
        return 0;
      }
      await removeDemo(store.db);
    }
    const started = performance.now();
    const plan = planDemo(seed, end);
    const coupleId = await loadDemo(store.db, plan);
    mkdirSync(dirname(truthFile), { recursive: true });
    writeFileSync(truthFile, `${JSON.stringify({ couple: coupleId, ...plan.truth }, null, 2)}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `Created the Johnsons in ${seconds} s: ${plan.log.length} log entries, ${plan.checkins.length} check-ins and ${plan.habits.length} habits from ${plan.truth.start} to ${plan.truth.end}.\n` +
        `The planted effects (ground truth) are in ${truthFile}.\n${logins()}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

function logins(): string {
  return Object.values(DEMO_LOGINS)
    .map((l) => `Log in as ${l.name}: ${l.email} / ${l.password}\n`)
    .join('');
}
