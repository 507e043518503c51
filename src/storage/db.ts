import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase as SqliteDialectDatabase,
  sql,
} from 'kysely';
import pg from 'pg';
import { keyFromEnvironment, openSqliteFile } from './sqlite-key.ts';
import type { Database } from './tables.ts';
import { sqliteWriteCounter, stampPostgres, stampSqlite } from './write-stamp.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for the start-up message (a file path, or the URL without password). */
  location: string;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…` or `postgresql://…` for PostgreSQL; anything else is a SQLite file path. */
  url: string;
  /** Start even when the database would not survive a crash (fsync off and the like). */
  allowUnsafe?: boolean;
  /** PostgreSQL pool size per app server. */
  poolSize?: number;
  /** SQLite only: the encryption key; null for none. Default: from the environment (sqlite-key.ts). */
  key?: string | null;
}

export class UnsafeStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeStoreError';
  }
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the store and refuses one that could lose acknowledged writes: SQLite must be in WAL
 * with synchronous=FULL, PostgreSQL must have fsync and synchronous_commit on.
 */
export async function openStore(options: OpenOptions): Promise<Store> {
  return isPostgresUrl(options.url) ? openPostgres(options) : openSqlite(options);
}

async function openSqlite({ url, key }: OpenOptions): Promise<Store> {
  const path = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
  mkdirSync(dirname(path), { recursive: true });
  const database = await openSqliteFile(path, key === undefined ? keyFromEnvironment() : key);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Deleted content is overwritten with zeros, not left in free pages: an erased account's words
  // must not survive in the file (GDPR erasure; test/api/erasure.test.ts scans the bytes).
  database.pragma('secure_delete = ON');
  const mode = database.pragma('journal_mode', { simple: true });
  const sync = database.pragma('synchronous', { simple: true });
  if (mode !== 'wal' || sync !== 2) {
    database.close();
    throw new UnsafeStoreError(
      `SQLite at ${path} would not open in WAL mode with synchronous=FULL (got ${mode}, ${sync}); is it on a network drive?`,
    );
  }
  const counter = sqliteWriteCounter();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: preparedOnce(database) }),
    plugins: [counter.plugin],
  });
  stampSqlite(db, database, counter.writes);
  return { db, dialect: 'sqlite', location: path, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every statement anew, so each request parsed and planned the
 * same SQL texts again (a tenth of a history read's time). This keeps the prepared statements,
 * the most recently used up to `limit`; SQLite re-prepares one itself if the schema changed.
 */
export function preparedOnce(database: SqliteDatabase.Database, limit = 500): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      const kept = statements.get(text);
      // A statement still being iterated (a streamed query) cannot run again meanwhile.
      if (kept?.busy) return database.prepare(text);
      if (kept) {
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const fresh = database.prepare(text);
      statements.set(text, fresh);
      if (statements.size > limit) statements.delete(statements.keys().next().value!);
      return fresh;
    },
  };
}

async function openPostgres({ url, allowUnsafe, poolSize }: OpenOptions): Promise<Store> {
  // A request waits at most this long for a connection, then is answered 503.
  const pool = new pg.Pool({ connectionString: url, max: poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // A restart or failover ends every connection (57P01). Without listeners that 'error' event
  // would end this process; the pool drops the broken client and opens a new one when next asked.
  const dropped = (error: Error) => console.warn(`PostgreSQL connection lost: ${error.message}`);
  pool.on('error', dropped);
  // A client lent out between two queries (inside a transaction) has no pool listener of its own.
  pool.on('connect', (client) => client.on('error', dropped));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const location = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  try {
    const fsync = await sql<{ fsync: string }>`show fsync`.execute(db);
    const commit = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db);
    const unsafe = [
      fsync.rows[0]?.fsync === 'off' ? 'fsync is off' : null,
      commit.rows[0]?.synchronous_commit === 'off' ? 'synchronous_commit is off' : null,
    ].filter((x) => x !== null);
    if (unsafe.length > 0 && !allowUnsafe) {
      throw new UnsafeStoreError(
        `PostgreSQL at ${location} could lose acknowledged writes (${unsafe.join(', ')}). ` +
          'Turn it on, or start with ATTUNE_ALLOW_UNSAFE_DB=1 if you accept that risk.',
      );
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  stampPostgres(db);
  return { db, dialect: 'postgres', location, close: () => db.destroy() };
}

/** Connection errors: the database is restarting, failing over or out of reach (not a bad query). */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown: a restart or failover ended the connection
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Whether an error means "the database cannot be reached right now" (answered 503, try again),
 * as opposed to a fault in a query. SQLSTATE class 08 is PostgreSQL's connection exceptions.
 */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; errors?: unknown } | null;
  if (!e) return false;
  if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code)))
    return true;
  // Connecting to a host name with several addresses fails with an AggregateError.
  if (Array.isArray(e.errors)) return e.errors.some(isUnavailable);
  return (
    typeof e.message === 'string' &&
    /Connection terminated|not queryable|timeout exceeded when trying to connect/.test(e.message)
  );
}
