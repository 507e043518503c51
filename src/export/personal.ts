import { type Kysely, sql } from 'kysely';
import { localDate } from '../dates.ts';
import type { PartnerViewer } from '../storage/scope.ts';
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
 * Builds a person's export. Each couple table's `personal` rule decides: the couple's shared
 * structure; the person's own rows plus the partner's rows marked shared; or nothing. Rows in
 * their undo window (deleted_at set) are left out. Never the partner's private rows, nor their
 * ids in a link (`maskLinks`), never secrets (password hashes, invite codes, feed tokens).
 */
export async function exportPerson(db: Kysely<Database>, viewer: PartnerViewer): Promise<PersonalExport> {
  const tables: Record<string, Row[]> = {};
  const today = localDate(viewer.couple.timeZone);
  for (const t of COUPLE_TABLES) {
    if (t.personal === 'none') continue;
    const column = t.table === 'couples' ? 'id' : 'couple_id';
    let q = db
      .selectFrom(t.table as 'log')
      .selectAll()
      .where(sql.ref(column), '=', viewer.couple.id);
    const rule = t.personal;
    if (rule !== 'couple') {
      q = q.where((eb) =>
        rule.visibility
          ? eb.or([eb(sql.ref(rule.author), '=', viewer.userId), eb(sql.ref(rule.visibility), '=', 'shared')])
          : eb(sql.ref(rule.author), '=', viewer.userId),
      );
    }
    for (const c of t.orderBy) q = q.orderBy(sql.ref(c));
    const rows = (await q.execute()) as Row[];
    const kept = rows.filter((r) => r.deleted_at === undefined || r.deleted_at === null);
    tables[t.table] = t.mask ? kept.map((r) => t.mask!(r, viewer, today)) : kept;
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
