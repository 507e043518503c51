import { type Kysely, sql } from 'kysely';
import {
  type PartnerViewer,
  READ_RULES,
  type ReadableTable,
  redactRow,
  visibleRows,
} from '../storage/scope.ts';
import type { Database } from '../storage/tables.ts';
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
 * rows and the partner's rows marked shared. Never the partner's private rows, rows in their undo
 * window, or secrets (password hashes, invite codes, feed tokens).
 */
export async function exportPerson(db: Kysely<Database>, viewer: PartnerViewer): Promise<PersonalExport> {
  const tables: Record<string, Row[]> = {};
  for (const t of COUPLE_TABLES) {
    if (READ_RULES[t.table] === 'secret') continue;
    const table = t.table as ReadableTable;
    let q = visibleRows(db, viewer, table as 'log').selectAll();
    for (const c of t.orderBy) q = q.orderBy(sql.ref(c));
    tables[t.table] = ((await q.execute()) as Row[]).map((r) => redactRow(viewer, table, r));
  }
  return {
    format: 'attune-personal-export',
    exportedAt: new Date().toISOString(),
    account: { email: viewer.email },
    tables,
  };
}
