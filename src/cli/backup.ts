import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPostgresUrl, openStore } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { keyFromEnvironment, openSqliteFile } from '../storage/sqlite-key.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

const NAME = /^attune-\d{8}T\d{6}(\d{3})?Z\.db$/;

/** A SQLite database file starts with these 16 bytes. */
export function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/** "ok", or what SQLite found wrong (including "not a database at all", or a wrong key). */
async function checkIntegrity(path: string, key: string | null): Promise<string> {
  try {
    const db = await openSqliteFile(path, key);
    try {
      return String(db.pragma('integrity_check', { simple: true }));
    } finally {
      db.close();
    }
  } catch (error) {
    return (error as Error).message;
  }
}

/** A couple's JSON backup starts with "{"; anything else given to restore is a database copy. */
export function looksLikeJson(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return head.subarray(0, n).toString('utf8').trimStart().startsWith('{');
  } finally {
    closeSync(fd);
  }
}

/**
 * `attune backup [--out DIR] [--keep N] [--database PATH]`: a consistent copy of the SQLite
 * database taken while the server runs (SQLite's online backup API copies a snapshot; writers
 * are not stopped), checked with integrity_check, and a rotation that keeps the newest N copies.
 */
export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['out', 'keep', 'database'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune backup: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const url = databaseUrl(flags.get('database'));
  if (isPostgresUrl(url)) {
    io.stderr(
      'attune backup: this copies the SQLite file. For PostgreSQL use its own tools (pg_dump, or ' +
        'continuous archiving); the README says how.\n',
    );
    return EXIT_BAD_INPUT;
  }
  const source = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
  if (!existsSync(source)) {
    io.stderr(`attune backup: there is no database at ${source}.\n`);
    return EXIT_BAD_INPUT;
  }
  const keep = Number(flags.get('keep') ?? 7);
  if (!Number.isInteger(keep) || keep < 1) {
    io.stderr('attune backup: --keep must be a whole number of copies, 1 or more.\n');
    return EXIT_BAD_INPUT;
  }
  const out = resolve(String(flags.get('out') ?? join(dirname(source), 'backups')));
  mkdirSync(out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('.', '');
  const file = join(out, `attune-${stamp}.db`);
  const partial = `${file}.partial`;

  const key = keyFromEnvironment();
  const db = await openSqliteFile(source, key);
  try {
    db.pragma('busy_timeout = 5000');
    // An encrypted database is copied by VACUUM INTO, which writes the copy encrypted with the
    // same key (the backup API refuses a ciphered source); a plain one by the online backup API.
    if (key === null) await db.backup(partial);
    else db.prepare('vacuum into ?').run(partial);
  } finally {
    db.close();
  }
  // One self-contained file: the copy leaves WAL mode (the server turns it on again when it opens).
  const copy = await openSqliteFile(partial, key);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const integrity = await checkIntegrity(partial, key);
  if (integrity !== 'ok') {
    rmSync(partial, { force: true });
    io.stderr(`attune backup: the copy failed its integrity check (${integrity}); nothing was kept.\n`);
    return 1;
  }
  // Only a whole, checked copy gets a backup's name: a crash mid-copy leaves a .partial file.
  renameSync(partial, file);
  const copies = readdirSync(out)
    .filter((name) => NAME.test(name))
    .sort()
    .reverse();
  for (const old of copies.slice(keep)) rmSync(join(out, old));
  io.stdout(
    `Backed up ${source} to ${file} (${(statSync(file).size / 1024).toFixed(0)} KiB, integrity ok); ` +
      `keeping the newest ${Math.min(keep, copies.length)} of ${copies.length}.\n`,
  );
  return 0;
}

/**
 * Restores a SQLite backup (from `attune backup`) as the database of a fresh instance: the target
 * must not exist yet. The copy is checked first, then brought up to the current schema.
 */
export async function restoreSqliteFile(
  file: string,
  target: string | true | undefined,
  io: CliIo,
): Promise<number> {
  const url = databaseUrl(target);
  if (isPostgresUrl(url)) {
    io.stderr(
      'attune restore: a SQLite backup restores into a SQLite file. To move to PostgreSQL, export each ' +
        'couple (attune export) from a server on the backup and restore those. Nothing was changed.\n',
    );
    return EXIT_BAD_INPUT;
  }
  const path = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
  if (existsSync(path)) {
    io.stderr(
      `attune restore: ${path} exists already; restore goes into a fresh instance. Nothing was changed.\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const integrity = await checkIntegrity(file, keyFromEnvironment());
  if (integrity !== 'ok') {
    io.stderr(`attune restore: ${file} failed its integrity check (${integrity}). Nothing was changed.\n`);
    return EXIT_BAD_INPUT;
  }
  mkdirSync(dirname(path), { recursive: true });
  copyFileSync(file, `${path}.partial`);
  renameSync(`${path}.partial`, path);
  const store = await openStore({ url: path });
  try {
    await migrateToLatest(store.db);
  } catch (error) {
    await store.close();
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    io.stderr(
      `attune restore: the backup could not be brought up to date (${(error as Error).message}). Nothing was kept.\n`,
    );
    return 1;
  }
  await store.close();
  io.stdout(`Restored ${file} into ${path}.\n`);
  return 0;
}
