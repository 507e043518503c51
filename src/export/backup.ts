import { type Kysely, sql } from 'kysely';
import { wholeCouple } from '../storage/scope.ts';
import type { Database } from '../storage/tables.ts';
import { unstorableAt } from '../storage/text.ts';
import { COUPLE_TABLES } from './tables.ts';

type Row = Record<string, unknown>;

/** A complete backup of one couple: every row of theirs, and their partners' accounts. */
export interface Backup {
  format: 'attune-backup';
  /** The newest migration of the instance that wrote it; restore needs the same. */
  schemaVersion: string;
  couple: string;
  users: Row[];
  tables: Record<string, Row[]>;
}

export class BackupError extends Error {}

/** Object keys in a fixed order, so the same data always serialises to the same bytes. */
function sortKeys(row: Row): Row {
  return Object.fromEntries(
    Object.keys(row)
      .sort()
      .map((k) => [k, row[k]]),
  );
}

export async function schemaVersion(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ name: string }>`select max(name) as name from attune_migrations`.execute(db);
  return r.rows[0]?.name ?? '';
}

/**
 * Reads a couple's complete backup. Deterministic: rows ordered by primary key, keys sorted,
 * no timestamps of its own, so backup → restore → backup gives the same bytes on either database.
 */
export async function backupCouple(db: Kysely<Database>, coupleId: string): Promise<Backup> {
  const tables: Record<string, Row[]> = {};
  for (const t of COUPLE_TABLES) {
    let q = wholeCouple(db, coupleId, t.table as 'log').selectAll();
    for (const c of t.orderBy) q = q.orderBy(sql.ref(c));
    tables[t.table] = ((await q.execute()) as Row[]).map(sortKeys);
  }
  if (tables.couples!.length === 0) throw new BackupError(`There is no couple ${coupleId}.`);
  const userIds = tables.members!.map((m) => m.user_id as string);
  const users =
    userIds.length === 0
      ? []
      : await db.selectFrom('users').selectAll().where('id', 'in', userIds).orderBy('id').execute();
  return {
    format: 'attune-backup',
    schemaVersion: await schemaVersion(db),
    couple: coupleId,
    users: users.map(sortKeys),
    tables,
  };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Checks a parsed file is a backup this instance can restore; throws a clear BackupError if not. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('That file is not JSON, so it is not an attune backup.');
  }
  const b = data as Partial<Backup>;
  if (
    b?.format !== 'attune-backup' ||
    typeof b.couple !== 'string' ||
    !Array.isArray(b.users) ||
    typeof b.tables !== 'object' ||
    b.tables === null
  ) {
    throw new BackupError(
      'That JSON is not an attune backup (it lacks "format": "attune-backup", couple, users or tables).',
    );
  }
  return b as Backup;
}

/**
 * The rows of a backup holding text that no database keeps as written (storage/text.ts), each
 * named by table, key and column: `log id=0190… (text)`. Older versions let SQLite store a NUL.
 */
export function unstorableRows(backup: Backup): string[] {
  const found: string[] = [];
  const check = (table: string, keys: string[], rows: Row[]) => {
    for (const row of rows) {
      const column = unstorableAt(row);
      if (column === null) continue;
      const key = keys.map((k) => `${k}=${String(row[k])}`).join(' ');
      found.push(`${table} ${key} (${column.split('.')[0]})`);
    }
  };
  check('users', ['id'], backup.users);
  for (const t of COUPLE_TABLES) {
    const keys = t.orderBy.filter((c) => c !== 'couple_id');
    check(t.table, keys, backup.tables[t.table] ?? []);
  }
  return found;
}

/**
 * Restores a backup into this instance in one transaction: all of it or nothing. Refuses when the
 * schema differs, or when the couple or one of its people already exists here.
 */
export async function restoreBackup(db: Kysely<Database>, backup: Backup): Promise<{ rows: number }> {
  const here = await schemaVersion(db);
  if (backup.schemaVersion !== here) {
    throw new BackupError(
      `This backup has schema ${backup.schemaVersion}; this instance is at ${here}. Restore it with the attune version that wrote it, then upgrade.`,
    );
  }
  const known = new Set(COUPLE_TABLES.map((t) => t.table as string));
  const unknown = Object.keys(backup.tables).filter((t) => !known.has(t));
  if (unknown.length > 0)
    throw new BackupError(`This backup has tables this instance does not know: ${unknown.join(', ')}.`);
  const unstorable = unstorableRows(backup);
  if (unstorable.length > 0) {
    const shown = unstorable.slice(0, 20).join('; ');
    const more = unstorable.length > 20 ? `; and ${unstorable.length - 20} more` : '';
    throw new BackupError(
      `Nothing was restored: ${unstorable.length} row(s) hold text with a NUL or half of an emoji pair, which no database keeps as written: ${shown}${more}. Remove those characters from the file and restore again.`,
    );
  }
  return db.transaction().execute(async (trx) => {
    if (await wholeCouple(trx, backup.couple, 'couples').select('id').executeTakeFirst()) {
      throw new BackupError(
        `Couple ${backup.couple} already exists here: restore goes into a fresh instance.`,
      );
    }
    const emails = backup.users.map((u) => String(u.email));
    if (emails.length > 0) {
      const taken = await trx.selectFrom('users').select('email').where('email', 'in', emails).execute();
      if (taken.length > 0)
        throw new BackupError(`These accounts already exist here: ${taken.map((t) => t.email).join(', ')}.`);
    }
    let rows = 0;
    if (backup.users.length > 0) {
      await trx
        .insertInto('users')
        .values(backup.users as never)
        .execute();
      rows += backup.users.length;
    }
    for (const t of COUPLE_TABLES) {
      const data = backup.tables[t.table] ?? [];
      for (let i = 0; i < data.length; i += 200) {
        await trx
          .insertInto(t.table as 'log')
          .values(data.slice(i, i + 200) as never)
          .execute();
      }
      rows += data.length;
    }
    return { rows };
  });
}
