import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError, backupCouple, parseBackup, restoreBackup, serializeBackup } from '../export/backup.ts';
import { toCsv } from '../export/csv.ts';
import { openStore, type Store } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { partnerByEmail } from '../storage/scope.ts';
import { keyFromEnvironment } from '../storage/sqlite-key.ts';
import { ArgError, parseArgs } from './args.ts';
import { isSqliteFile, looksLikeJson, restoreSqliteFile } from './backup.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

async function withStore<T>(flag: string | true | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({
    url: databaseUrl(flag),
    allowUnsafe: process.env.ATTUNE_ALLOW_UNSAFE_DB === '1',
  });
  try {
    await migrateToLatest(store.db);
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** `attune export (--couple ID | --email EMAIL) [--out FILE] [--csv DIR] [--database …]` */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['couple', 'email', 'out', 'csv', 'database'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune export: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const couple = flags.get('couple');
  const email = flags.get('email');
  if (typeof couple !== 'string' && typeof email !== 'string') {
    io.stderr('attune export: say whose data: --couple ID or --email EMAIL (of either partner).\n');
    return EXIT_BAD_INPUT;
  }
  return withStore(flags.get('database'), async ({ db }) => {
    let coupleId = typeof couple === 'string' ? couple : null;
    if (!coupleId) {
      const m = await partnerByEmail(db, String(email));
      if (!m) {
        io.stderr(`attune export: no partner with the email ${email}.\n`);
        return EXIT_BAD_INPUT;
      }
      coupleId = m.couple_id;
    }
    let backup: Awaited<ReturnType<typeof backupCouple>>;
    try {
      backup = await backupCouple(db, coupleId);
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.stderr(`attune export: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const csvDir = flags.get('csv');
    if (typeof csvDir === 'string') {
      mkdirSync(csvDir, { recursive: true });
      for (const [table, rows] of Object.entries(backup.tables))
        writeFileSync(join(csvDir, `${table}.csv`), toCsv(rows));
      io.stderr(`Wrote ${Object.keys(backup.tables).length} CSV files to ${csvDir}.\n`);
      return 0;
    }
    const out = flags.get('out');
    const text = serializeBackup(backup);
    if (typeof out === 'string') {
      writeFileSync(out, text);
      io.stderr(`Wrote the backup of couple ${coupleId} to ${out}.\n`);
    } else io.stdout(text);
    return 0;
  });
}

/**
 * `attune restore FILE [--database …]`: into a fresh instance, all or nothing. FILE is a couple's
 * JSON backup (attune export) or a SQLite copy of the whole database (attune backup).
 */
export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(args, { values: ['database'] });
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune restore: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const file = parsed.positional[0];
  if (!file) {
    io.stderr('attune restore: which backup file? attune restore FILE\n');
    return EXIT_BAD_INPUT;
  }
  // A database copy from `attune backup`: plain SQLite says so in its first bytes; an encrypted
  // one says nothing, so with a key set anything that is not JSON is taken for one.
  if (existsSync(file) && (isSqliteFile(file) || (keyFromEnvironment() !== null && !looksLikeJson(file))))
    return restoreSqliteFile(file, parsed.flags.get('database'), io);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    io.stderr(`attune restore: cannot read ${file}.\n`);
    return EXIT_BAD_INPUT;
  }
  return withStore(parsed.flags.get('database'), async ({ db, location }) => {
    try {
      const { rows } = await restoreBackup(db, parseBackup(text));
      io.stdout(`Restored ${rows} rows into ${location}.\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.stderr(`attune restore: ${error.message} Nothing was changed.\n`);
      return EXIT_BAD_INPUT;
    }
  });
}
