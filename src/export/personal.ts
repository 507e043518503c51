import { type Kysely, sql } from 'kysely';
import { localDate } from '../dates.ts';
import {
  type PartnerViewer,
  READ_RULES,
  type ReadableTable,
  redactRow,
  visibleRows,
} from '../storage/scope.ts';
import type { Database } from '../storage/tables.ts';
import { LOG_LINKS, maskLinks } from './links.ts';
import { COUPLE_TABLES } from './tables.ts';

type Row = Record<string, unknown>;

/** One person's own data (GDPR Art. 20): theirs in full, the partner's only where it is shared. */
export interface PersonalExport {
  format: 'attune-personal-export';
  exportedAt: string;
  account: { email: string };
  tables: Record<string, Row[]>;
}

/**
 * Builds a person's export: every couple table read through the same rule as the API
 * (`visibleRows` and `redactRow` in scope.ts): the couple's shared structure, the person's own
 * rows and the partner's rows marked shared. Never the partner's private rows, nor their ids in a
 * link (`maskLinks`), rows in their undo window, columns hidden by blinding, or secrets (password
 * hashes, invite codes, feed tokens).
 */
export async function exportPerson(db: Kysely<Database>, viewer: PartnerViewer): Promise<PersonalExport> {
  const tables: Record<string, Row[]> = {};
  const today = localDate(viewer.couple.timeZone);
  for (const t of COUPLE_TABLES) {
    if (READ_RULES[t.table] === 'secret') continue;
    const table = t.table as ReadableTable;
    let q = visibleRows(db, viewer, table as 'log').selectAll();
    for (const c of t.orderBy) q = q.orderBy(sql.ref(c));
    const rows = ((await q.execute()) as Row[])
      .filter((r) => r.deleted_at === undefined || r.deleted_at === null)
      .map((r) => redactRow(viewer, table, r));
    tables[t.table] = t.mask ? rows.map((r) => t.mask!(r, viewer, today)) : rows;
  }
  // The exported log is exactly what the viewer may see (own, or shared; not deleted), so links
  // are checked against it, as the API checks them.
  const visible = new Set((tables.log ?? []).map((r) => r.id as string));
  for (const table of Object.keys(LOG_LINKS))
    if (tables[table]) tables[table] = maskLinks(table, tables[table], visible);
  return {
    format: 'attune-personal-export',
    exportedAt: new Date().toISOString(),
    account: { email: viewer.email },
    tables,
  };
}
