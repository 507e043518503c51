/*
 * Encryption at rest for the SQLite default (optional). With a key, the database file and its
 * WAL are encrypted page by page (SQLite3 Multiple Ciphers, the SQLCipher scheme: AES-256 with a
 * key derived from the passphrase), through better-sqlite3-multiple-ciphers, a fork of
 * better-sqlite3 with the same API. Without a key, plain better-sqlite3 opens the file.
 */
import { readFileSync } from 'node:fs';
import type SqliteDatabase from 'better-sqlite3';

export class StoreKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreKeyError';
  }
}

/**
 * The database key from the environment: ATTUNE_DB_KEY (the passphrase itself) or
 * ATTUNE_DB_KEY_FILE (a file holding it; a trailing newline is ignored). Null: not encrypted.
 */
export function keyFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ATTUNE_DB_KEY && env.ATTUNE_DB_KEY_FILE)
    throw new StoreKeyError('Set ATTUNE_DB_KEY or ATTUNE_DB_KEY_FILE, not both.');
  if (env.ATTUNE_DB_KEY_FILE) {
    let text: string;
    try {
      text = readFileSync(env.ATTUNE_DB_KEY_FILE, 'utf8');
    } catch {
      throw new StoreKeyError(`ATTUNE_DB_KEY_FILE names ${env.ATTUNE_DB_KEY_FILE}, which cannot be read.`);
    }
    return checkKey(text.replace(/\r?\n$/, ''), 'ATTUNE_DB_KEY_FILE');
  }
  return env.ATTUNE_DB_KEY ? checkKey(env.ATTUNE_DB_KEY, 'ATTUNE_DB_KEY') : null;
}

function checkKey(key: string, name: string): string {
  if (key.length < 12) throw new StoreKeyError(`${name}: the key must be at least 12 characters long.`);
  return key;
}

type Driver = typeof SqliteDatabase;

/** Opens the file with the cipher and key set, before anything reads it. */
async function openCiphered(
  path: string,
  key: string | null,
  create: boolean,
): Promise<SqliteDatabase.Database> {
  const Cipher: Driver = (await import('better-sqlite3-multiple-ciphers')).default;
  const database = new Cipher(path, { fileMustExist: !create });
  database.pragma(`cipher = 'sqlcipher'`);
  if (key !== null) (database as unknown as { key: (k: Buffer) => number }).key(Buffer.from(key, 'utf8'));
  return database;
}

/** Any read fails on a wrong key ("file is not a database"): say so plainly, once, at start. */
function proveReadable(database: SqliteDatabase.Database, path: string, encrypted: boolean): void {
  try {
    database.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    database.close();
    if (!/not a database|encrypted/i.test((error as Error).message)) throw error;
    throw new StoreKeyError(
      encrypted
        ? `The database at ${path} does not open with the key given (ATTUNE_DB_KEY or ATTUNE_DB_KEY_FILE): ` +
            'the key is wrong, or the file is not encrypted (then encrypt it first: attune rekey).'
        : `The database at ${path} is encrypted (or damaged): start attune with its key in ATTUNE_DB_KEY ` +
            'or ATTUNE_DB_KEY_FILE.',
    );
  }
}

/** The SQLite connection for a path: encrypted with `key`, or plain when the key is null. */
export async function openSqliteFile(path: string, key: string | null): Promise<SqliteDatabase.Database> {
  if (key === null) {
    const Plain = (await import('better-sqlite3')).default;
    const database = new Plain(path);
    proveReadable(database, path, false);
    return database;
  }
  const database = await openCiphered(path, key, true);
  proveReadable(database, path, true);
  return database;
}

/**
 * Changes the key of a database file (the server must be stopped): from `from` (null: the file is
 * plain, and gets encrypted) to `to` (null: the encryption is removed). All or nothing.
 */
export async function rekeySqliteFile(path: string, from: string | null, to: string | null): Promise<void> {
  const database = await openCiphered(path, from, false);
  try {
    proveReadable(database, path, from !== null);
    // Rekeying rewrites every page; outside WAL it is one atomic rollback-journal transaction.
    database.pragma('journal_mode = DELETE');
    (database as unknown as { rekey: (k: Buffer) => number }).rekey(Buffer.from(to ?? '', 'utf8'));
    database.pragma('journal_mode = WAL');
  } finally {
    if (database.open) database.close();
  }
}
