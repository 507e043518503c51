import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, type KyselyPlugin, type RootOperationNode, sql } from 'kysely';
import type { Database } from './tables.ts';

/*
 * A write stamp: one O(1) read whose value changes whenever anything may have been written to
 * the database since it was last read (by this server, another server or another process). A
 * derived result checked against a data fingerprint needs the fingerprint re-read only when the
 * stamp changed; while nothing is written, a cached read costs this one statement.
 *
 * It may change without a relevant write (any write of any couple changes it): that only costs a
 * fingerprint read. It must never stay the same across a write, so:
 * - SQLite: `PRAGMA data_version` changes when another connection commits; this connection's own
 *   writes are counted after each has run (a reader reads the stamp before the fingerprint, so
 *   a write that ran in between is counted later and read again by the next reader);
 * - PostgreSQL: `pg_current_snapshot()` changes when any transaction that writes begins (it gets
 *   a transaction id) or ends (it leaves the in-progress list), on whichever server it runs —
 *   and for any database of that PostgreSQL server, so a busy neighbour only costs extra
 *   fingerprint reads, never a stale answer.
 */

const readers = new WeakMap<object, () => Promise<string>>();

/** The database's write stamp, or null when this handle has none (then always re-read). */
export function writeStamp(db: Kysely<Database>): Promise<string | null> {
  const read = readers.get(db);
  return read ? read() : Promise.resolve(null);
}

/** A statement that only reads: a SELECT, built (without a WITH, which may write) or raw. */
function onlyReads(node: RootOperationNode): boolean {
  if (node.kind === 'SelectQueryNode') return node.with === undefined;
  return node.kind === 'RawNode' && /^\s*select\s/i.test(node.sqlFragments.join(' '));
}

/** Counts this connection's writes: every statement that is not a SELECT, once it has run. */
export function sqliteWriteCounter(): { plugin: KyselyPlugin; writes: () => number } {
  let writes = 0;
  const pending = new WeakSet<object>();
  return {
    plugin: {
      transformQuery(args) {
        if (!onlyReads(args.node)) pending.add(args.queryId);
        return args.node;
      },
      async transformResult(args) {
        if (pending.has(args.queryId)) writes++;
        return args.result;
      },
    },
    writes: () => writes,
  };
}

export function stampSqlite(
  db: Kysely<Database>,
  database: BetterSqlite3.Database,
  writes: () => number,
): void {
  readers.set(db, async () => `${database.pragma('data_version', { simple: true })}:${writes()}`);
}

export function stampPostgres(db: Kysely<Database>): void {
  readers.set(db, async () => {
    const r = await sql<{ s: string }>`select pg_current_snapshot()::text as s`.execute(db);
    return r.rows[0]!.s;
  });
}
